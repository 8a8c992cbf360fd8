//! The IT specialist orders and receives in the browser: the "To order"
//! and "Deliveries" queues, the order form with the approved price beside
//! the actual one, and a delivery in two parts where a refused box stays
//! expected and more than remains is refused beside its field. Others see
//! neither the queues nor the forms.

use serde_json::json;

use crate::app_fixtures::{body, create, id, ok, org};
use crate::helpers::*;
use crate::ui_client::Browser;

async fn spawn() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await
}

#[tokio::test]
async fn an_approved_application_is_ordered_and_received_in_two_parts() {
    let app = spawn().await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("other", "5", "20.00")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    let view = ok(&app, &o.ops_head.1, &draft, "approve", None).await;
    assert_eq!(view["status"], "approved");
    let page = format!("/applications/{}", id(&view));
    let it = Browser::with_session(&app, &o.specialist.1).await;

    let queue = it.get("/to-order").await;
    assert_eq!(queue.status, 200, "{}", queue.body);
    queue.assert_has(&format!("href=\"{page}\""));
    queue.assert_has("href=\"/to-order\" aria-current=\"page\"");
    it.get(&page)
        .await
        .assert_has(&format!("href=\"{page}/order\""));

    // Problems beside their fields; nothing is recorded.
    let form = it.get(&format!("{page}/order")).await;
    form.assert_has("value=\"20.00\"");
    let unreadable = it
        .post(
            &format!("{page}/order"),
            &[
                ("supplier", "Acme"),
                ("reference", "PO-1"),
                ("lines[0].unit_price", "abc"),
            ],
        )
        .await;
    assert_eq!(unreadable.status, 422, "{}", unreadable.body);
    unreadable.assert_has("id=\"line-0-unit_price-problem\"");
    unreadable.assert_has("value=\"abc\"");
    let refused = it
        .post(
            &format!("{page}/order"),
            &[
                ("supplier", ""),
                ("reference", ""),
                ("lines[0].unit_price", "20.00"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    for field in ["supplier-problem", "reference-problem"] {
        refused.assert_has(&format!("id=\"{field}\""));
    }
    refused.assert_has("Name the supplier.");
    let placed = it
        .post(
            &format!("{page}/order"),
            &[
                ("supplier", "Office & IT <GmbH>"),
                ("reference", "PO-7"),
                ("expected_on", "2026-06-20"),
                ("lines[0].unit_price", "19.50"),
            ],
        )
        .await;
    assert_eq!(placed.status, 303, "{}", placed.body);
    let ordered = expect_status(
        app.get(&format!("/api/v1{page}"), &o.specialist.1).await,
        200,
    )
    .await;
    assert_eq!(ordered["status"], "ordered");
    assert_eq!(ordered["supplier"], "Office & IT <GmbH>");
    assert_eq!(ordered["lines"][0]["ordered_unit_price"], "19.50");
    assert!(!it.get("/to-order").await.body.contains(&page));
    let coming = it.get("/deliveries").await;
    coming.assert_has(&format!("href=\"{page}\""));
    coming.assert_has("20 June 2026");
    // Expected in three weeks: not among this week's (the clock says 1 June).
    let week = it.get("/deliveries?due=week").await;
    assert_eq!(week.status, 200);
    assert!(!week.body.contains(&page), "{}", week.body);
    week.assert_has("No delivery is expected this week.");
    let listed = expect_status(
        app.get("/api/v1/applications?status=ordered", &o.specialist.1)
            .await,
        200,
    )
    .await;
    assert_eq!(listed["items"][0]["expected_on"], "2026-06-20");

    // Two arrive, one box is refused; then more than remains is refused.
    let shown = it.get(&format!("{page}/receive")).await;
    shown.assert_has("Office &#38; IT &#60;GmbH&#62;");
    shown.assert_has("name=\"lines[0].quantity\" inputmode=\"decimal\"");
    let first = it
        .post(
            &format!("{page}/receive"),
            &[
                ("lines[0].quantity", "2"),
                ("lines[0].rejected", "1"),
                ("lines[0].rejection_reason", "box crushed"),
            ],
        )
        .await;
    assert_eq!(first.status, 303, "{}", first.body);
    let part = expect_status(
        app.get(&format!("/api/v1{page}"), &o.specialist.1).await,
        200,
    )
    .await;
    assert_eq!(part["status"], "partially_received");
    assert_eq!(part["lines"][0]["received_quantity"], "2");
    let too_many = it
        .post(&format!("{page}/receive"), &[("lines[0].quantity", "4")])
        .await;
    assert_eq!(too_many.status, 422, "{}", too_many.body);
    too_many.assert_has("id=\"line-0-quantity-problem\"");
    too_many.assert_has("This is more than remains to come on this line.");
    let rest = it
        .post(&format!("{page}/receive"), &[("lines[0].quantity", "3")])
        .await;
    assert_eq!(rest.status, 303, "{}", rest.body);
    let done = expect_status(
        app.get(&format!("/api/v1{page}"), &o.specialist.1).await,
        200,
    )
    .await;
    assert_eq!(done["status"], "received");
    assert!(!it.get("/deliveries").await.body.contains(&page));
}

#[tokio::test]
async fn only_it_specialists_see_the_queues_and_forms() {
    let app = spawn().await;
    let o = org(&app).await;
    let draft = create(&app, &o.emp.1, &body("other", "1", "10.00")).await;
    ok(&app, &o.emp.1, &draft, "submit", None).await;
    let view = ok(&app, &o.ops_head.1, &draft, "approve", None).await;
    let page = format!("/applications/{}", id(&view));
    let head = Browser::with_session(&app, &o.ops_head.1).await;
    assert!(!head.get(&page).await.body.contains("/order\""));
    assert!(!head
        .get("/applications")
        .await
        .body
        .contains("href=\"/to-order\""));
    for path in ["/to-order", "/deliveries", &format!("{page}/order")] {
        assert_eq!(head.get(path).await.status, 403, "{path}");
    }
    let refused = head
        .post(
            &format!("{page}/order"),
            &[("supplier", "X"), ("reference", "Y")],
        )
        .await;
    assert_eq!(refused.status, 403);
    let unchanged =
        expect_status(app.get(&format!("/api/v1{page}"), &o.ops_head.1).await, 200).await;
    assert_eq!(unchanged["status"], "approved");
    let _ = json!(null);
}
