//! The browser walk's stock part: the IT specialist records a receipt and
//! an issue from their forms, reads the item's chart and ledger, sets its
//! policy, counts a location with two differences, and turns the
//! replenishment suggestion this leaves into a draft application.

use serde_json::json;

use super::Walk;
use crate::helpers::*;

/// Walks the stock pages as the signed-in specialist (`token`), issuing
/// to the employee `employee_id`.
pub(super) async fn keep_stock(walk: &mut Walk, app: &TestApp, token: &str, employee_id: &str) {
    let post = |path: &'static str, body: serde_json::Value| async move {
        let created = expect_status(app.post(path, token, &body).await, 201).await;
        created["id"].as_str().unwrap().to_owned()
    };
    let wh = post(
        "/api/v1/locations",
        json!({"code": "WH-1", "name": "Main warehouse", "kind": "warehouse"}),
    )
    .await;
    let toner = post(
        "/api/v1/items",
        json!({"sku": "TONER-85A", "name": "Toner HP 85A", "unit": "pcs",
        "unit_cost": "54.99", "category": "consumables", "lead_time_days": 5}),
    )
    .await;
    let paper = post(
        "/api/v1/items",
        json!({"sku": "PAPER-A4", "name": "Paper A4, 500 sheets", "unit": "ream",
        "unit_cost": "4.20", "category": "consumables"}),
    )
    .await;
    let receipt = json!({"kind": "receipt", "item_id": paper, "location_id": wh, "quantity": "10"});
    expect_status(
        app.post("/api/v1/stock/movements", token, &receipt).await,
        201,
    )
    .await;

    let item = format!("/stock/items/{toner}");
    walk.open(
        &format!("{item}/move?kind=receipt&location_id={wh}"),
        "/stock/items/{id}/move",
    )
    .await;
    walk.fill("#quantity", "12").await;
    walk.fill("#unit_cost", "52.00").await;
    walk.look("stock-receipt").await;
    walk.click(
        "form[action$='/move'] button.primary",
        "/stock/items/{id}/move",
    )
    .await;
    assert_eq!(walk.path().await, item);
    walk.used("GET", "/stock/items/{id}");

    walk.open(
        &format!("{item}/move?kind=issue&location_id={wh}"),
        "/stock/items/{id}/move",
    )
    .await;
    walk.select("#issued_to_user_id", employee_id).await;
    walk.fill("#quantity", "30").await;
    walk.click(
        "form[action$='/move'] button.primary",
        "/stock/items/{id}/move",
    )
    .await;
    let refused = walk.page().await;
    assert!(
        refused.contains("id=\"quantity-problem\""),
        "more than on hand: {refused}"
    );
    walk.look("stock-issue-refused").await;
    walk.fill("#quantity", "3").await;
    walk.click(
        "form[action$='/move'] button.primary",
        "/stock/items/{id}/move",
    )
    .await;
    let page = walk.page().await;
    assert!(page.contains("<path class=\"line\""), "{page}");
    assert!(page.contains("<td class=\"num\">-3</td>"), "{page}");
    walk.look("stock-item").await;

    walk.open(
        &format!("{item}/policy?location_id={wh}"),
        "/stock/items/{id}/policy",
    )
    .await;
    walk.fill("#reorder_point", "4").await;
    walk.fill("#max_level", "20").await;
    walk.look("stock-policy").await;
    walk.click(
        "form[action$='/policy'] button.primary",
        "/stock/items/{id}/policy",
    )
    .await;
    walk.expect("Reorder point 4").await;

    // The count: paper is one ream short, toner one cartridge over.
    walk.open(
        &format!("/stock/counts/new?location_id={wh}"),
        "/stock/counts/new",
    )
    .await;
    walk.look("count-sheet").await;
    walk.fill("#counted-0", "9").await;
    walk.fill("#counted-1", "10").await;
    walk.click("button[value=preview]", "/stock/counts/new")
        .await;
    let preview = walk.page().await;
    assert!(
        preview.contains("2 items counted; 2 differ from the balance."),
        "{preview}"
    );
    walk.look("count-preview").await;
    walk.click("button[value=confirm]", "/stock/counts/new")
        .await;
    assert!(walk.path().await.starts_with("/stock/counts/"));
    walk.used("GET", "/stock/counts/{id}");
    let done = walk.page().await;
    assert!(
        done.contains("<div><dt>Adjustments posted</dt><dd>2</dd></div>"),
        "{done}"
    );
    walk.look("count-done").await;
    // Replenishment, with paper (9 after the count) and toner (10) both
    // under raised reorder points: paper's suggested policy applied from
    // the list takes it off; the toner's suggested quantity changed to 12,
    // drafted, and the draft opens for review.
    for (item, reorder) in [(&paper, "10"), (&toner, "12")] {
        set_policy(app, token, item, &wh, reorder, "40").await;
    }
    walk.open("/stock/replenishment", "/stock/replenishment")
        .await;
    walk.expect("PAPER-A4").await;
    walk.expect("TONER-85A").await;
    walk.look("replenishment").await;
    walk.click(
        &format!("button[value='{paper}:{wh}']"),
        "/stock/replenishment/policy",
    )
    .await;
    walk.expect("The suggested policy is in force").await;
    let left = walk.page().await;
    assert!(!left.contains("PAPER-A4"), "{left}");
    walk.fill("#quantity-0", "12").await;
    walk.click(
        "form[action='/stock/replenishment'] button.primary",
        "/stock/replenishment",
    )
    .await;
    walk.used("GET", "/applications/{id}");
    walk.expect("Replenishment: Main warehouse").await;
    walk.look("replenishment-draft").await;
    // Paper back under its reorder point: the week's budget carries its
    // replenishment.
    set_policy(app, token, &paper, &wh, "10", "40").await;
}

async fn set_policy(app: &TestApp, token: &str, item: &str, at: &str, reorder: &str, max: &str) {
    let policy =
        json!({"item_id": item, "location_id": at, "reorder_point": reorder, "max_level": max});
    assert!(crate::stock::put_policy(app, token, &policy)
        .await
        .status()
        .is_success());
}
