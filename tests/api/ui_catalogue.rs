//! The catalogue pages: the list by SKU with its search and states, an
//! item created, edited (a stale form refused), retired and stocked again,
//! the CSV downloaded, and a file imported only after its dry run — every
//! bad cell listed by line and column first, nothing written until the
//! specialist confirms.

use serde_json::Value;

use crate::helpers::*;
use crate::stock::setup;
use crate::ui_client::Browser;

async fn item_by_sku(app: &TestApp, token: &str, sku: &str) -> Option<Value> {
    let all = expect_status(app.get("/api/v1/items?limit=200", token).await, 200).await;
    all["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["sku"] == sku)
        .cloned()
}

#[tokio::test]
async fn an_item_is_created_edited_and_retired_in_the_browser() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let s = setup(&app).await;
    let (_, employee) = app.user_with(&["employee"], None).await;
    let nobody = Browser::with_session(&app, &employee).await;
    assert_eq!(nobody.get("/catalogue").await.status, 403);
    let it = Browser::with_session(&app, &s.it).await;
    let list = it.get("/catalogue").await;
    assert_eq!(list.status, 200, "{}", list.body);
    list.assert_has(">TONER-85A</a>");
    list.assert_has("54.99 EUR");

    // Bad fields come back beside themselves, as typed.
    let form = it.get("/catalogue/new").await;
    let key = form.hidden("key").expect("a once-only key");
    let bad = [
        ("key", key.as_str()),
        ("sku", "TONER-85A"),
        ("name", ""),
        ("category", "consumables"),
        ("unit", "pcs"),
        ("unit_cost", "cheap"),
        ("lead_time_days", "soon"),
        ("order_multiple", "1"),
    ];
    let refused = it.post("/catalogue/new", &bad).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    for field in ["name", "unit_cost", "lead_time_days"] {
        refused.assert_has(&format!("aria-describedby=\"{field}-problem\""));
    }
    refused.assert_has("value=\"cheap\"");
    // A SKU already used is said beside the SKU.
    let taken = [
        ("key", key.as_str()),
        ("sku", "TONER-85A"),
        ("name", "Another toner"),
        ("category", "consumables"),
        ("unit", "pcs"),
        ("unit_cost", "10"),
        ("lead_time_days", "3"),
        ("order_multiple", "1"),
    ];
    let refused = it.post("/catalogue/new", &taken).await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    refused.assert_has("Another item already has this SKU.");

    let good = [
        ("key", key.as_str()),
        ("sku", "MOUSE-1"),
        ("name", "Wireless mouse"),
        ("category", "hardware"),
        ("unit", "pcs"),
        ("unit_cost", "1,234.50"),
        ("supplier", "Acme Office"),
        ("lead_time_days", "4"),
        ("order_multiple", "2"),
    ];
    let made = it.post("/catalogue/new", &good).await;
    assert_eq!(made.status, 303, "{}", made.body);
    assert_eq!(made.location(), "/catalogue?q=MOUSE-1&state=all");
    // Sent twice: one item.
    assert_eq!(it.post("/catalogue/new", &good).await.status, 303);
    let mouse = item_by_sku(&app, &s.it, "MOUSE-1").await.expect("created");
    assert_eq!(mouse["unit_cost"], "1234.50");
    assert_eq!(mouse["supplier"], "Acme Office");
    assert_eq!(mouse["category"], "hardware");
    let found = it.get(made.location()).await;
    found.assert_has(">MOUSE-1</a>");
    assert!(!found.body.contains(">TONER-85A</a>"), "{}", found.body);

    // The edit form shows the stored item; a stale one is refused with the
    // item as it now is.
    let id = mouse["id"].as_str().unwrap();
    let path = format!("/catalogue/items/{id}");
    let edit = it.get(&path).await;
    assert_eq!(edit.status, 200, "{}", edit.body);
    edit.assert_has("value=\"1,234.50\"");
    let version = edit.hidden("version").unwrap();
    let changed = |version: &str, name: &str| {
        vec![
            ("version".to_owned(), version.to_owned()),
            ("name".to_owned(), name.to_owned()),
            ("category".to_owned(), "hardware".to_owned()),
            ("unit".to_owned(), "pcs".to_owned()),
            ("unit_cost".to_owned(), "19.90".to_owned()),
            ("supplier".to_owned(), String::new()),
            ("lead_time_days".to_owned(), "4".to_owned()),
            ("order_multiple".to_owned(), "1".to_owned()),
        ]
    };
    let fields = changed(&version, "Wireless mouse M2");
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let saved = it.post(&path, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let mouse = item_by_sku(&app, &s.it, "MOUSE-1").await.unwrap();
    assert_eq!(
        (mouse["name"].as_str(), mouse["unit_cost"].as_str()),
        (Some("Wireless mouse M2"), Some("19.90"))
    );
    assert!(
        mouse["supplier"].is_null(),
        "a blank supplier clears it: {mouse}"
    );
    let stale = changed(&version, "Old name");
    let stale: Vec<(&str, &str)> = stale
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let refused = it.post(&path, &stale).await;
    assert_eq!(refused.status, 412, "{}", refused.body);
    refused.assert_has("value=\"Wireless mouse M2\"");

    // Retired, then stocked again.
    let now = mouse["version"].to_string();
    let retired = it
        .post(
            &format!("{path}/active"),
            &[("active", "0"), ("version", &now)],
        )
        .await;
    assert_eq!(retired.status, 303, "{}", retired.body);
    let mouse = item_by_sku(&app, &s.it, "MOUSE-1").await.unwrap();
    assert_eq!(mouse["active"], false);
    let active_list = it.get("/catalogue?q=MOUSE").await;
    assert!(
        !active_list.body.contains(">MOUSE-1</a>"),
        "{}",
        active_list.body
    );
    it.get("/catalogue?q=MOUSE&state=retired")
        .await
        .assert_has(">MOUSE-1</a>");
    let page = it.get(&path).await;
    page.assert_has("Stock it again");
    let now = mouse["version"].to_string();
    let back = it
        .post(
            &format!("{path}/active"),
            &[("active", "1"), ("version", &now)],
        )
        .await;
    assert_eq!(back.status, 303, "{}", back.body);
    assert_eq!(
        item_by_sku(&app, &s.it, "MOUSE-1").await.unwrap()["active"],
        true
    );
}

#[tokio::test]
async fn an_import_is_checked_before_anything_is_written() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let s = setup(&app).await;
    let it = Browser::with_session(&app, &s.it).await;
    let exported = it.get("/catalogue/export").await;
    assert_eq!(exported.status, 200);
    assert!(
        exported.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment"),
        "{:?}",
        exported.headers
    );
    assert!(
        exported.body.starts_with("sku,name,category"),
        "{}",
        exported.body
    );
    let form = it.get("/catalogue/import").await;
    assert_eq!(form.status, 200, "{}", form.body);
    form.assert_has("enctype=\"multipart/form-data\"");

    // No file: said beside the file input.
    let none = it
        .post_multipart("/catalogue/import", &[("action", "check")], &[])
        .await;
    assert_eq!(none.status, 422, "{}", none.body);
    none.assert_has("Choose the file to import.");

    // Two bad cells on lines 3 and 4: both listed, nothing written.
    let bad = b"sku,name,unit,unit_cost,category\nNEW-1,Fine,pcs,1.00,consumables\nNEW-2,Broken,pcs,abc,consumables\nNEW-3,Odd,pcs,2,food\n";
    let checked = it
        .post_multipart(
            "/catalogue/import",
            &[("action", "check")],
            &[("file", "items.csv", bad)],
        )
        .await;
    assert_eq!(checked.status, 422, "{}", checked.body);
    checked.assert_has("2 problems in the file");
    checked.assert_has("<td class=\"num\">3</td>\n    <td><code>unit_cost</code></td>");
    checked.assert_has("<td class=\"num\">4</td>\n    <td><code>category</code></td>");
    checked.assert_has("Use one of hardware, software, consumables, services or other.");
    assert!(item_by_sku(&app, &s.it, "NEW-1").await.is_none());

    // A good file: the plan, then the import once confirmed.
    let good =
        "sku,name,unit,unit_cost\nTONER-85A,Toner HP 85A,pcs,49.00\nPAPER-A4,Paper A4,ream,4.20\n";
    let plan = it
        .post_multipart(
            "/catalogue/import",
            &[("action", "check")],
            &[("file", "items.csv", good.as_bytes())],
        )
        .await;
    assert_eq!(plan.status, 200, "{}", plan.body);
    plan.assert_has("1 new item, 1 updated, 0 unchanged.");
    plan.assert_has("Updated: <code>unit_cost</code>");
    assert!(
        item_by_sku(&app, &s.it, "PAPER-A4").await.is_none(),
        "a dry run writes nothing"
    );
    let carried = plan
        .body
        .split("<textarea name=\"csv\" hidden aria-hidden=\"true\">")
        .nth(1)
        .unwrap();
    let carried = carried
        .split("</textarea>")
        .next()
        .unwrap()
        .replace("&#x2c;", ",");
    let done = it
        .post_multipart(
            "/catalogue/import",
            &[("action", "import"), ("csv", &carried)],
            &[],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(
        done.location(),
        "/catalogue/import?created=1&updated=1&unchanged=0"
    );
    it.get(done.location())
        .await
        .assert_has("Imported: 1 new item, 1 updated, 0 unchanged.");
    let paper = item_by_sku(&app, &s.it, "PAPER-A4")
        .await
        .expect("imported");
    assert_eq!(paper["unit"], "ream");
    let toner = item_by_sku(&app, &s.it, "TONER-85A").await.unwrap();
    assert_eq!(toner["unit_cost"], "49.00");
}
