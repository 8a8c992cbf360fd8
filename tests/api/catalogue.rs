//! Changing and retiring catalogue items (`PATCH /api/v1/items/{id}`).

use serde_json::json;

use crate::helpers::*;
use crate::stock::{move_stock, put_policy, setup};

#[tokio::test]
async fn an_item_is_changed_field_by_field_under_its_version() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let path = format!("/api/v1/items/{}", s.item);
    let changes = json!({"name": "Toner HP 85A (XL)", "unit_cost": "61.50", "supplier": null, "lead_time_days": 9});
    let res = app.patch(&path, &s.it, &changes, Some(1)).await;
    assert_eq!(res.headers()["etag"], "\"2\"");
    let item = expect_status(res, 200).await;
    assert_eq!(item["name"], "Toner HP 85A (XL)");
    assert_eq!(item["unit_cost"], "61.50");
    assert_eq!(item["supplier"], serde_json::Value::Null);
    assert_eq!(item["lead_time_days"], 9);
    assert_eq!(item["sku"], "TONER-85A", "the SKU stays");
    assert_eq!(item["order_multiple"], "2", "fields not sent stay");
    let read = expect_status(app.get(&path, &s.it).await, 200).await;
    assert_eq!(read, item);

    // A stale version changes nothing.
    let stale = app
        .patch(&path, &s.it, &json!({"name": "Lost update"}), Some(1))
        .await;
    expect_problem(stale, 412, "version_conflict").await;
    let bad = json!({"unit_cost": "-1", "lead_time_days": 5000, "order_multiple": "0"});
    let p = expect_problem(
        app.patch(&path, &s.it, &bad, Some(1)).await, // malformed beats stale: 422
        422,
        "validation_failed",
    )
    .await;
    let mut fields = error_fields(&p);
    fields.sort();
    assert_eq!(fields, ["lead_time_days", "order_multiple", "unit_cost"]);
    let p = expect_problem(
        app.patch(&path, &s.it, &json!({"name": null}), None).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["name"]);
    let p = expect_problem(
        app.patch(&path, &s.it, &json!({"sku": "NEW"}), None).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["sku"]);
    assert_eq!(
        expect_status(app.get(&path, &s.it).await, 200).await["version"],
        2
    );

    let (_, employee) = app.user_with(&["employee"], None).await;
    let res = app
        .patch(&path, &employee, &json!({"name": "Mine"}), None)
        .await;
    expect_problem(res, 403, "forbidden").await;
    let missing = "/api/v1/items/0195f0e2-0000-7000-8000-000000000000";
    expect_problem(
        app.patch(missing, &s.it, &json!({"name": "X"}), None).await,
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn a_retired_item_keeps_its_stock_but_is_not_restocked() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let receipt = json!({"kind": "receipt", "item_id": s.item, "location_id": s.a, "quantity": "10", "unit_cost": "54.99"});
    expect_status(move_stock(&app, &s.it, receipt.clone()).await, 201).await;
    let policy =
        json!({"item_id": s.item, "location_id": s.a, "reorder_point": "8", "max_level": "20"});
    expect_status(put_policy(&app, &s.it, &policy).await, 200).await;
    let issue = json!({"kind": "issue", "item_id": s.item, "location_id": s.a, "quantity": "5"});
    expect_status(move_stock(&app, &s.it, issue.clone()).await, 201).await;
    let suggested = expect_status(app.get("/api/v1/stock/replenishment", &s.it).await, 200).await;
    assert_eq!(suggested["items"].as_array().unwrap().len(), 1);

    let path = format!("/api/v1/items/{}", s.item);
    let item = expect_status(
        app.patch(&path, &s.it, &json!({"active": false}), None)
            .await,
        200,
    )
    .await;
    assert_eq!(item["active"], false);
    let suggested = expect_status(app.get("/api/v1/stock/replenishment", &s.it).await, 200).await;
    assert!(
        suggested["items"].as_array().unwrap().is_empty(),
        "{suggested}"
    );
    let p = expect_problem(
        move_stock(&app, &s.it, receipt).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["item_id"]);
    // What is left can still be issued.
    expect_status(move_stock(&app, &s.it, issue).await, 201).await;
}
