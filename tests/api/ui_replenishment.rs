//! The replenishment page (`/stock/replenishment`): suggestions by location
//! and supplier, the checked ones with their quantities turned into one
//! draft per location (once, however often the form is sent), problems
//! beside the row they belong to, and a suggested policy applied in place.

use serde_json::{json, Value};

use crate::helpers::*;
use crate::replenishment::low_at_a;
use crate::stock::put_policy;
use crate::ui_client::Browser;

async fn drafts(app: &TestApp, token: &str) -> Vec<Value> {
    let page = expect_status(
        app.get("/api/v1/applications?status=draft", token).await,
        200,
    )
    .await;
    page["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn checked_suggestions_become_one_draft_per_location() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    // Toner at A: 36 suggested (see `low_at_a`); at B a policy 0/10 on an
    // empty balance suggests 10. A mouse from Acme at A: 0 on hand, 5/12.
    let s = low_at_a(&app).await;
    let at_b =
        json!({"item_id": s.item, "location_id": s.b, "reorder_point": "0", "max_level": "10"});
    expect_status(put_policy(&app, &s.it, &at_b).await, 200).await;
    let mouse = json!({"sku": "MOUSE-1", "name": "Wireless mouse", "unit": "pcs", "unit_cost": "12.50", "supplier": "Acme Office"});
    let mouse = expect_status(app.post("/api/v1/items", &s.it, &mouse).await, 201).await;
    let mouse = mouse["id"].as_str().unwrap().to_owned();
    let policy =
        json!({"item_id": mouse, "location_id": s.a, "reorder_point": "5", "max_level": "12"});
    expect_status(put_policy(&app, &s.it, &policy).await, 200).await;

    let (_, employee) = app.user_with(&["employee"], None).await;
    let nobody = Browser::with_session(&app, &employee).await;
    assert_eq!(nobody.get("/stock/replenishment").await.status, 403);

    let it = Browser::with_session(&app, &s.it).await;
    let page = it.get("/stock/replenishment").await;
    assert_eq!(page.status, 200, "{}", page.body);
    // Grouped by location, then supplier: Acme before "no usual supplier".
    let headings: Vec<usize> = [
        "WH-A — WH-A · Acme Office</h2>",
        "WH-A — WH-A · No usual supplier</h2>",
        "BR-B — BR-B · No usual supplier</h2>",
    ]
    .iter()
    .map(|h| {
        page.body
            .find(h)
            .unwrap_or_else(|| panic!("{h} in {}", page.body))
    })
    .collect();
    assert!(headings[0] < headings[1], "{}", page.body);
    assert_eq!(page.body.matches("type=\"checkbox\"").count(), 3);
    page.assert_has("value=\"36\"");
    page.assert_has("value=\"12\"");
    page.assert_has("1,979.64 EUR");
    // The toner at A used 1 a day: 5 × 1 + 7 × 1 = 12 / 42 suggested beside 10 / 40.
    page.assert_has("10 / 40");
    page.assert_has("suggested 12 / 42");
    let key = page.hidden("key").expect("a once-only key");

    // Nothing checked: said beside the button, nothing drafted.
    let none = [("key", key.as_str())];
    let refused = it.post("/stock/replenishment", &none).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("Check at least one suggestion to order.");
    assert!(drafts(&app, &s.it).await.is_empty());

    // A quantity Procura cannot read stays on the form, beside its row, and
    // the mouse left unchecked stays unchecked.
    let mut fields: Vec<(String, String)> = Vec::new();
    for (k, (item, location)) in [(&s.item, &s.a), (&s.item, &s.b), (&mouse, &s.a)]
        .iter()
        .enumerate()
    {
        fields.push((format!("rows[{k}].item_id"), item.to_string()));
        fields.push((format!("rows[{k}].location_id"), location.to_string()));
        if *item != &mouse {
            fields.push((format!("rows[{k}].selected"), "1".into()));
        }
    }
    fields.push(("rows[0].quantity".into(), "forty".into()));
    fields.push(("key".into(), key.clone()));
    let bad: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let refused = it.post("/stock/replenishment", &bad).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("value=\"forty\" aria-label");
    refused.assert_has("aria-describedby=\"quantity-0-problem\"");
    refused.assert_has("id=\"selected-2\" name=\"rows[2].selected\" value=\"1\" aria-label");
    refused.assert_has("id=\"selected-0\" name=\"rows[0].selected\" value=\"1\" checked");
    assert!(drafts(&app, &s.it).await.is_empty());

    // 40 of the toner at A and the suggested 10 at B: two drafts, reviewed
    // in the list of my drafts.
    fields.retain(|(k, _)| k != "rows[0].quantity");
    fields.push(("rows[0].quantity".into(), "40".into()));
    let good: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let done = it.post("/stock/replenishment", &good).await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location(), "/applications?status=draft");
    let made = drafts(&app, &s.it).await;
    assert_eq!(made.len(), 2, "{made:?}");
    let mut quantities: Vec<(String, String)> = Vec::new();
    for summary in &made {
        let path = format!("/api/v1/applications/{}", summary["id"].as_str().unwrap());
        let d = expect_status(app.get(&path, &s.it).await, 200).await;
        assert_eq!(d["lines"].as_array().unwrap().len(), 1, "{d}");
        quantities.push((
            d["location_id"].as_str().unwrap().to_owned(),
            d["lines"][0]["quantity"].as_str().unwrap().to_owned(),
        ));
    }
    quantities.sort();
    let mut want = vec![
        (s.a.clone(), "40".to_owned()),
        (s.b.clone(), "10".to_owned()),
    ];
    want.sort();
    assert_eq!(quantities, want);
    // Sent again (a double click, a resend): the same drafts, no new ones.
    let again = it.post("/stock/replenishment", &good).await;
    assert_eq!(again.status, 303, "{}", again.body);
    assert_eq!(drafts(&app, &s.it).await.len(), 2);
    // On order now: only the mouse is left to suggest.
    let left = it.get("/stock/replenishment").await;
    assert_eq!(
        left.body.matches("type=\"checkbox\"").count(),
        1,
        "{}",
        left.body
    );
    left.assert_has(">MOUSE-1</a>");
}

#[tokio::test]
async fn a_suggested_policy_is_applied_from_the_list() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let s = low_at_a(&app).await;
    let it = Browser::with_session(&app, &s.it).await;
    let page = it
        .get(&format!("/stock/replenishment?location_id={}", s.a))
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    let apply = format!("{}:{}", s.item, s.a);
    page.assert_has(&format!(
        "form=\"apply-policy\" name=\"apply\" value=\"{apply}\""
    ));
    let done = it
        .post(
            "/stock/replenishment/policy",
            &[("apply", apply.as_str()), ("location_id", s.a.as_str())],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(
        done.location(),
        format!("/stock/replenishment?applied=1&location_id={}", s.a)
    );
    let balance = expect_status(
        app.get(
            &format!("/api/v1/stock?item_id={}&location_id={}", s.item, s.a),
            &s.it,
        )
        .await,
        200,
    )
    .await;
    let b = &balance["items"][0];
    assert_eq!(
        (b["reorder_point"].as_str(), b["max_level"].as_str()),
        (Some("12"), Some("42"))
    );
    let after = it.get(done.location()).await;
    after.assert_has("The suggested policy is in force");
    // In force now, so no "apply" is offered beside it.
    assert!(
        !after.body.contains(&format!("value=\"{apply}\"")),
        "{}",
        after.body
    );

    // A position that does not exist is said at the top, nothing changes.
    let bad = it
        .post("/stock/replenishment/policy", &[("apply", "nope:nothing")])
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
}
