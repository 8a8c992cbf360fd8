//! Replenishment: live suggestions from the last 90 days of issues, policies
//! suggested from consumption, and suggestions turned into draft
//! applications that then count as on order.

use chrono::Duration;
use reqwest::Method;
use serde_json::{json, Value};

use crate::contract::Checked;
use crate::helpers::*;
use crate::stock::{move_stock, on_hand, procura_stock_verify, put_policy, setup, Stock};

async fn book(app: &TestApp, s: &Stock, kind: &str, location: &str, quantity: &str) {
    let mut body =
        json!({"kind": kind, "item_id": s.item, "location_id": location, "quantity": quantity});
    if kind == "write_off" {
        body["note"] = json!("damaged in transit");
    }
    expect_status(move_stock(app, &s.it, body).await, 201).await;
}

async fn suggestions(app: &TestApp, token: &str) -> Vec<Value> {
    let page = expect_status(app.get("/api/v1/stock/replenishment", token).await, 200).await;
    page["items"].as_array().unwrap().clone()
}

/// Item lead time 5 days, packs of 2, 54.99 each (see `stock::setup`).
/// Location A: 90 issued within the window (1 a day), 10 on hand, policy
/// 10/40 → projected 10 − 5 = 5 ≤ 10 → 35, rounded up to 36.
pub async fn low_at_a(app: &TestApp) -> Stock {
    let s = setup(app).await;
    // Booked 91 days ago: outside the window. (Back in time rather than
    // forward, so the signed-in sessions stay valid.)
    let now = app.clock_now();
    app.clock.set(now - Duration::days(91));
    book(app, &s, "receipt", &s.a, "200").await;
    book(app, &s, "issue", &s.a, "50").await;
    app.clock.set(now);
    book(app, &s, "issue", &s.a, "90").await;
    // A write-off is not consumption.
    book(app, &s, "write_off", &s.a, "50").await;
    let policy =
        json!({"item_id": s.item, "location_id": s.a, "reorder_point": "10", "max_level": "40"});
    expect_status(put_policy(app, &s.it, &policy).await, 200).await;
    s
}

#[tokio::test]
async fn suggestions_follow_the_formula_and_are_not_made_twice() {
    let app = TestApp::spawn().await;
    let s = low_at_a(&app).await;
    let items = suggestions(&app, &s.it).await;
    assert_eq!(items.len(), 1, "{items:?}");
    let got = &items[0];
    assert_eq!(got["location_id"], s.a);
    for (field, want) in [
        ("on_hand", "10"),
        ("on_order", "0"),
        ("average_daily_use", "1"),
        ("forecast_use", "5"),
        ("projected", "5"),
        ("suggested_quantity", "36"),
        ("estimated_cost", "1979.64"),
    ] {
        assert_eq!(got[field], want, "{field} in {got}");
    }

    let drafted = expect_status(
        app.post(
            "/api/v1/stock/replenishment/applications",
            &s.it,
            &json!({"items": [{"item_id": s.item, "location_id": s.a}]}),
        )
        .await,
        201,
    )
    .await;
    let draft = &drafted["items"][0];
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["location_id"], s.a);
    assert_eq!(draft["lines"][0]["quantity"], "36");
    assert_eq!(draft["lines"][0]["category"], "consumables");
    assert_eq!(draft["lines"][0]["item_id"], s.item);
    assert_eq!(draft["total"], "1979.64");
    let today = app.clock_now().date_naive();
    assert_eq!(draft["needed_by"], (today + Duration::days(5)).to_string());

    // On order now: nothing suggested twice, and asking again is refused.
    assert!(suggestions(&app, &s.it).await.is_empty());
    let again = json!({"items": [{"item_id": s.item, "location_id": s.a}]});
    let p = expect_problem(
        app.post("/api/v1/stock/replenishment/applications", &s.it, &again)
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["items[0].quantity"]);

    // Cancelling the draft takes it off order: the suggestion returns.
    let cancel = format!(
        "/api/v1/applications/{}/cancel",
        draft["id"].as_str().unwrap()
    );
    let res = app
        .request(Method::POST, &cancel, Some(&s.it))
        .checked()
        .await;
    expect_status(res, 200).await;
    assert_eq!(suggestions(&app, &s.it).await.len(), 1);
}

#[tokio::test]
async fn one_draft_per_location_and_explicit_quantities() {
    let app = TestApp::spawn().await;
    let s = low_at_a(&app).await;
    // B has no policy, so nothing is suggested there — but a quantity may be given.
    let selection = json!({"needed_by": "2026-12-01", "items": [
        {"item_id": s.item, "location_id": s.a},
        {"item_id": s.item, "location_id": s.b, "quantity": "4"}]});
    let drafted = expect_status(
        app.post(
            "/api/v1/stock/replenishment/applications",
            &s.it,
            &selection,
        )
        .await,
        201,
    )
    .await;
    let drafts = drafted["items"].as_array().unwrap();
    assert_eq!(drafts.len(), 2);
    let mut at: Vec<(String, String)> = drafts
        .iter()
        .map(|d| {
            assert_eq!(d["needed_by"], "2026-12-01");
            (
                d["location_id"].as_str().unwrap().to_owned(),
                d["lines"][0]["quantity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    at.sort();
    let mut want = vec![
        (s.a.clone(), "36".to_owned()),
        (s.b.clone(), "4".to_owned()),
    ];
    want.sort();
    assert_eq!(at, want);
}

#[tokio::test]
async fn bad_selections_name_their_fields() {
    let app = TestApp::spawn().await;
    let s = low_at_a(&app).await;
    let path = "/api/v1/stock/replenishment/applications";
    let p = expect_problem(
        app.post(path, &s.it, &json!({"items": []})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["items"]);
    let unknown = "0195f0e2-0000-7000-8000-000000000000";
    let body = json!({"items": [
        {"item_id": unknown, "location_id": s.a, "quantity": "1"},
        {"item_id": s.item, "location_id": s.a},
        {"item_id": s.item, "location_id": s.a},
        {"item_id": s.item, "location_id": s.b, "quantity": "-1"}]});
    let p = expect_problem(app.post(path, &s.it, &body).await, 422, "validation_failed").await;
    assert_eq!(
        error_fields(&p),
        ["items[0].item_id", "items[2]", "items[3].quantity"]
    );
    let (_, employee) = app.user_with(&["employee"], None).await;
    expect_problem(
        app.get("/api/v1/stock/replenishment", &employee).await,
        403,
        "forbidden",
    )
    .await;
    let one = json!({"items": [{"item_id": s.item, "location_id": s.a}]});
    expect_problem(app.post(path, &employee, &one).await, 403, "forbidden").await;
    // Nothing was drafted by the refused requests.
    assert_eq!(suggestions(&app, &s.it).await.len(), 1);
}

#[tokio::test]
async fn a_policy_is_suggested_from_the_last_ninety_days_of_issues() {
    let app = TestApp::spawn().await;
    let s = low_at_a(&app).await;
    let path = format!(
        "/api/v1/stock/policies/suggestion?item_id={}&location_id={}",
        s.item, s.a
    );
    let got = expect_status(app.get(&path, &s.it).await, 200).await;
    // 1 a day: 5 days' lead + 7 days' safety = 12; + 30 days' cover = 42.
    for (field, want) in [
        ("issued_in_basis", "90"),
        ("average_daily_use", "1"),
        ("safety_stock", "7"),
        ("reorder_point", "12"),
        ("max_level", "42"),
    ] {
        assert_eq!(got[field], want, "{field} in {got}");
    }
    let custom = expect_status(
        app.get(&format!("{path}&safety_days=0&cover_days=10"), &s.it)
            .await,
        200,
    )
    .await;
    assert_eq!(
        (
            custom["reorder_point"].as_str(),
            custom["max_level"].as_str()
        ),
        (Some("5"), Some("15"))
    );
    let p = expect_problem(
        app.get(&format!("{path}&safety_days=-1"), &s.it).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(error_fields(&p), ["safety_days"]);
    // Nothing applied: the stored policy is still 10/40.
    let balance = expect_status(
        app.get(
            &format!("/api/v1/stock?item_id={}&location_id={}", s.item, s.a),
            &s.it,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(balance["items"][0]["reorder_point"], "10");
}

#[tokio::test]
async fn a_received_replenishment_goes_into_stock_at_its_location() {
    let app = TestApp::spawn().await;
    let s = low_at_a(&app).await;
    // The specialist's department needs a head to approve the draft.
    let dep = app.department("IT", None).await;
    let dep_id = dep["id"].as_str().unwrap();
    let (head, head_token) = app.user_with(&["approver"], Some(dep_id)).await;
    let set_head = json!({"head_user_id": head["id"], "is_it": true});
    let res = app
        .patch(
            &format!("/api/v1/departments/{dep_id}"),
            &app.admin_token,
            &set_head,
            None,
        )
        .await;
    expect_status(res, 200).await;
    let (_, it) = app.user_with(&["it_specialist"], Some(dep_id)).await;
    // 1,979.64 is over the finance threshold.
    let (_, finance) = app.user_with(&["finance"], None).await;
    let one = json!({"items": [{"item_id": s.item, "location_id": s.a}]});
    let drafted = expect_status(
        app.post("/api/v1/stock/replenishment/applications", &it, &one)
            .await,
        201,
    )
    .await;
    let draft = &drafted["items"][0];
    let path = |action: &str| {
        format!(
            "/api/v1/applications/{}/{action}",
            draft["id"].as_str().unwrap()
        )
    };
    for (token, action) in [
        (&it, "submit"),
        (&head_token, "approve"),
        (&finance, "approve"),
    ] {
        let res = app
            .request(Method::POST, &path(action), Some(token))
            .checked()
            .await;
        expect_status(res, 200).await;
    }
    // The drafts are the specialist's own requests: a colleague fulfils them.
    let order = json!({"supplier": "HP", "reference": "PO-7"});
    let own = app.post(&path("order"), &it, &order).await;
    expect_problem(own, 403, "self_fulfilment").await;
    let (_, colleague) = app.user_with(&["it_specialist"], Some(dep_id)).await;
    expect_status(app.post(&path("order"), &colleague, &order).await, 200).await;
    // Partly received: what remains is still on order.
    let line = draft["lines"][0]["id"].as_str().unwrap();
    let receipt = json!({"lines": [{"line_id": line, "quantity": "20"}]});
    expect_status(app.post(&path("receive"), &colleague, &receipt).await, 200).await;
    assert_eq!(on_hand(&app, &s, &s.a).await, "30");
    assert!(suggestions(&app, &it).await.is_empty());
    assert!(procura_stock_verify(&app).status.success());
}

/// 5 issued in the last 90 days, lead time 18 days: the forecast is exactly
/// 1 (5 × 18 ÷ 90), so with 5 on hand and a policy of 4/10 the suggestion
/// is 10 − 4 = 6. Dividing by 90 first made it 1.001 and the order 7.
#[tokio::test]
async fn a_forecast_of_a_whole_number_is_not_rounded_up_past_it() {
    let app = TestApp::spawn().await;
    let base = setup(&app).await;
    let item = json!({"sku": "CABLE-C", "name": "USB-C cable", "unit": "pcs",
        "unit_cost": "4.00", "lead_time_days": 18, "order_multiple": "1"});
    let item = expect_status(app.post("/api/v1/items", &base.it, &item).await, 201).await;
    let s = Stock {
        item: item["id"].as_str().unwrap().to_owned(),
        ..base
    };
    book(&app, &s, "receipt", &s.a, "10").await;
    book(&app, &s, "issue", &s.a, "5").await;
    let policy =
        json!({"item_id": s.item, "location_id": s.a, "reorder_point": "4", "max_level": "10"});
    expect_status(put_policy(&app, &s.it, &policy).await, 200).await;
    let items = suggestions(&app, &s.it).await;
    let got = items
        .iter()
        .find(|i| i["item_id"] == s.item)
        .unwrap_or_else(|| panic!("no suggestion in {items:?}"));
    assert_eq!(got["forecast_use"], "1", "{got}");
    assert_eq!(got["projected"], "4", "{got}");
    assert_eq!(got["suggested_quantity"], "6", "{got}");
}
