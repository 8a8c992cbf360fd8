//! The stock item page (`/stock/items/{id}`): balances per location, the
//! 90-day chart with its policy lines and text alternative, the ledger
//! with its date filter; its movement and policy forms.

use chrono::Duration;
use serde_json::json;

use crate::helpers::*;
use crate::stock::{put_policy, setup, Stock};
use crate::ui_client::{Browser, Page};

async fn receive(app: &TestApp, s: &Stock, location: &str, quantity: &str) {
    let receipt = json!({"kind": "receipt", "item_id": s.item, "location_id": location, "quantity": quantity});
    let res = app.post("/api/v1/stock/movements", &s.it, &receipt).await;
    expect_status(res, 201).await;
}

/// The movement form of `kind`, as a person opens it, with its once-only key.
async fn move_form(it: &Browser, s: &Stock, kind: &str) -> (Page, String) {
    let form = it
        .get(&format!(
            "/stock/items/{}/move?kind={kind}&location_id={}",
            s.item, s.a
        ))
        .await;
    assert_eq!(form.status, 200, "{}", form.body);
    let key = form.hidden("key").expect("the form carries its key");
    (form, key)
}

fn on_hand(page: &Page, code: &str) -> String {
    let row = format!("<th scope=\"row\">{code} — {code}</th>");
    let at = page
        .body
        .find(&row)
        .unwrap_or_else(|| panic!("no row {code}:\n{}", page.body));
    let cell = &page.body[at + row.len()..];
    let start = cell.find('>').unwrap() + 1;
    let end = cell[start..].find(['<', ' ']).unwrap();
    cell[start..start + end].to_owned()
}

#[tokio::test]
async fn the_item_page_draws_ninety_days_and_lists_the_ledger() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let s = setup(&app).await;
    let policy =
        json!({"item_id": s.item, "location_id": s.a, "reorder_point": "4", "max_level": "20"});
    assert!(put_policy(&app, &s.it, &policy).await.status().is_success());
    receive(&app, &s, &s.a, "12").await;
    app.clock.advance(Duration::days(3));
    // Three days on, the specialist signs in again.
    let (_, token) = app.user_with(&["it_specialist"], None).await;
    let s = Stock { it: token, ..s };
    let issue = json!({"kind": "issue", "item_id": s.item, "location_id": s.a, "quantity": "9", "note": "Printers on floor 2"});
    expect_status(
        app.post("/api/v1/stock/movements", &s.it, &issue).await,
        201,
    )
    .await;
    receive(&app, &s, &s.b, "2").await;

    let it = Browser::with_session(&app, &s.it).await;
    let page = it.get(&format!("/stock/items/{}", s.item)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("<span class=\"reference\">TONER-85A</span> Toner HP 85A");
    assert_eq!(on_hand(&page, "WH-A"), "3");
    assert_eq!(on_hand(&page, "BR-B"), "2");
    // The chart is of the first location, with both policy lines and a
    // summary that names the low point and the days at or below it.
    page.assert_has("Balance over the last 90 days at WH-A — WH-A");
    page.assert_has(
        "<svg viewBox=\"0 0 720 240\" role=\"img\" aria-labelledby=\"chart-heading chart-summary\"",
    );
    page.assert_has("class=\"guide reorder\"");
    page.assert_has("Reorder point 4");
    page.assert_has("Maximum 20");
    page.assert_has("the balance went from 0 to 3; lowest 0 on 7 March 2026; 87 days at or below the reorder point.");
    page.assert_has("<td>1 June 2026</td><td class=\"num\">12</td>");
    page.assert_has("<td>4 June 2026</td><td class=\"num\">3</td>");
    // The ledger, newest first, with who recorded it and the note.
    let newest = page.body.find("<td>BR-B</td>").unwrap();
    let oldest = page.body.rfind("<td>WH-A</td>").unwrap();
    assert!(newest < oldest, "newest first");
    page.assert_has("<td class=\"num\">-9</td>");
    page.assert_has("<td>Printers on floor 2</td>");
    page.assert_has("<td>Test User</td>");

    // The chart of the other location, and the ledger between two dates.
    let at_b = it
        .get(&format!("/stock/items/{}?location_id={}", s.item, s.b))
        .await;
    at_b.assert_has("Balance over the last 90 days at BR-B — BR-B");
    assert!(
        !at_b.body.contains("class=\"guide reorder\""),
        "BR-B has no policy"
    );
    let first_day = it
        .get(&format!(
            "/stock/items/{}?from=2026-06-01&to=2026-06-01",
            s.item
        ))
        .await;
    assert_eq!(
        first_day.body.matches("<td class=\"num\">+12</td>").count(),
        1
    );
    assert!(!first_day.body.contains("-9</td>"));
    let backwards = it
        .get(&format!(
            "/stock/items/{}?from=2026-06-04&to=2026-06-01",
            s.item
        ))
        .await;
    assert_eq!(backwards.status, 422);
    backwards.assert_has("id=\"to-problem\"");
    let nonsense = it
        .get(&format!("/stock/items/{}?from=yesterday", s.item))
        .await;
    assert_eq!(nonsense.status, 422);
    nonsense.assert_has("id=\"from-problem\"");
    // The API's ledger names the people too.
    let api = app
        .get(
            &format!("/api/v1/stock/movements?item_id={}", s.item),
            &s.it,
        )
        .await;
    let api = expect_status(api, 200).await;
    assert_eq!(api["items"][0]["actor_name"], "Test User");
}

#[tokio::test]
async fn movements_are_recorded_from_their_forms() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let s = setup(&app).await;
    let person = app
        .insert_user("olena@example.com", "Olena Koval", &["employee"], None)
        .await;
    let it = Browser::with_session(&app, &s.it).await;
    let item_page = format!("/stock/items/{}", s.item);
    let move_path = format!("{item_page}/move");

    let (form, key) = move_form(&it, &s, "receipt").await;
    form.assert_has("Record the receipt");
    let receipt = [
        ("kind", "receipt"),
        ("key", key.as_str()),
        ("location_id", s.a.as_str()),
        ("quantity", "10"),
        ("unit_cost", "54.50"),
    ];
    let done = it.post(&move_path, &receipt).await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location(), format!("{item_page}?location_id={}", s.a));
    // Sent twice (a resend after a lost answer): recorded once.
    assert_eq!(it.post(&move_path, &receipt).await.status, 303);
    assert_eq!(on_hand(&it.get(&item_page).await, "WH-A"), "10");

    let (form, key) = move_form(&it, &s, "issue").await;
    form.assert_has("Olena Koval &#60;olena@example.com&#62;");
    let person_id = person["id"].as_str().unwrap();
    let too_many = [
        ("kind", "issue"),
        ("key", key.as_str()),
        ("location_id", s.a.as_str()),
        ("quantity", "11"),
        ("issued_to_user_id", person_id),
    ];
    let refused = it.post(&move_path, &too_many).await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    refused.assert_has("id=\"quantity-problem\"");
    refused.assert_has("value=\"11\"");
    let issue = [
        ("kind", "issue"),
        ("key", key.as_str()),
        ("location_id", s.a.as_str()),
        ("quantity", "4"),
        ("issued_to_user_id", person_id),
    ];
    assert_eq!(it.post(&move_path, &issue).await.status, 303);

    let (_, key) = move_form(&it, &s, "transfer").await;
    let same = [
        ("kind", "transfer"),
        ("key", key.as_str()),
        ("location_id", s.a.as_str()),
        ("to_location_id", s.a.as_str()),
        ("quantity", "1"),
    ];
    let refused = it.post(&move_path, &same).await;
    assert_eq!(refused.status, 422);
    refused.assert_has("id=\"to_location_id-problem\"");
    let transfer = [
        ("kind", "transfer"),
        ("key", key.as_str()),
        ("location_id", s.a.as_str()),
        ("to_location_id", s.b.as_str()),
        ("quantity", "2"),
    ];
    assert_eq!(it.post(&move_path, &transfer).await.status, 303);

    let (form, key) = move_form(&it, &s, "write_off").await;
    form.assert_has("<textarea id=\"note\" name=\"note\" rows=\"3\" maxlength=\"2000\" required");
    let no_reason = [
        ("kind", "write_off"),
        ("key", key.as_str()),
        ("location_id", s.a.as_str()),
        ("quantity", "1"),
    ];
    let refused = it.post(&move_path, &no_reason).await;
    assert_eq!(refused.status, 422);
    refused.assert_has("id=\"note-problem\"");
    let write_off = [
        ("kind", "write_off"),
        ("key", key.as_str()),
        ("location_id", s.a.as_str()),
        ("quantity", "1"),
        ("note", "Cartridge cracked"),
    ];
    assert_eq!(it.post(&move_path, &write_off).await.status, 303);

    let page = it.get(&item_page).await;
    assert_eq!(on_hand(&page, "WH-A"), "3", "10 − 4 − 2 − 1");
    assert_eq!(on_hand(&page, "BR-B"), "2");
    page.assert_has("<td>Olena Koval</td>");
    page.assert_has("<td>Cartridge cracked</td>");
    page.assert_has("<td>Write-off</td>");
    page.assert_has("<td class=\"num\">54.50</td>");

    // A count adjustment is not a form; nor may an employee move stock.
    let adjustment = it.get(&format!("{move_path}?kind=adjustment")).await;
    assert_eq!(adjustment.status, 404);
    let (_, employee) = app.user_with(&["employee"], None).await;
    let employee = Browser::with_session(&app, &employee).await;
    assert_eq!(
        employee
            .get(&format!("{move_path}?kind=issue"))
            .await
            .status,
        403
    );
    let posted = employee.post(&move_path, &receipt).await;
    assert_eq!(posted.status, 403);
}

#[tokio::test]
async fn the_policy_form_saves_and_applies_the_suggestion() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let s = setup(&app).await;
    receive(&app, &s, &s.a, "100").await;
    let issue = json!({"kind": "issue", "item_id": s.item, "location_id": s.a, "quantity": "45"});
    expect_status(
        app.post("/api/v1/stock/movements", &s.it, &issue).await,
        201,
    )
    .await;
    let it = Browser::with_session(&app, &s.it).await;
    let path = format!("/stock/items/{}/policy", s.item);
    let form = it.get(&format!("{path}?location_id={}", s.a)).await;
    assert_eq!(form.status, 200, "{}", form.body);
    form.assert_has("Over the last 90 days 45 were issued: 0.5 a day.");
    let upside_down = [
        ("location_id", s.a.as_str()),
        ("reorder_point", "10"),
        ("max_level", "5"),
    ];
    let refused = it.post(&path, &upside_down).await;
    assert_eq!(refused.status, 422);
    refused.assert_has("id=\"max_level-problem\"");
    let saved = it
        .post(
            &path,
            &[
                ("location_id", s.a.as_str()),
                ("reorder_point", "8"),
                ("max_level", "30"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let api = expect_status(
        app.get(&format!("/api/v1/stock?item_id={}", s.item), &s.it)
            .await,
        200,
    )
    .await;
    assert_eq!(api["items"][0]["reorder_point"], "8");
    // "Use the suggestion" posts the suggested pair as shown.
    let form = it.get(&format!("{path}?location_id={}", s.a)).await;
    let suggested = form
        .body
        .split("name=\"reorder_point\" value=\"")
        .nth(1)
        .unwrap();
    let suggested = &suggested[..suggested.find('"').unwrap()];
    let max = form
        .body
        .split("name=\"max_level\" value=\"")
        .nth(1)
        .unwrap();
    let max = &max[..max.find('"').unwrap()];
    let applied = it
        .post(
            &path,
            &[
                ("location_id", s.a.as_str()),
                ("reorder_point", suggested),
                ("max_level", max),
            ],
        )
        .await;
    assert_eq!(applied.status, 303);
    let api = expect_status(
        app.get(&format!("/api/v1/stock?item_id={}", s.item), &s.it)
            .await,
        200,
    )
    .await;
    assert_eq!(api["items"][0]["reorder_point"], suggested);
    assert_eq!(
        (suggested, max),
        ("6", "21"),
        "7 days of safety and 5 of lead time at 0.5 a day, plus 30 days of cover"
    );
    let form = it.get(&format!("{path}?location_id={}", s.a)).await;
    form.assert_has("id=\"reorder_point\" name=\"reorder_point\" inputmode=\"decimal\" class=\"narrow\" required value=\"6\"");
}
