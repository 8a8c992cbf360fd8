//! The count sheet (`/stock/counts/new`): the location's list, counted
//! quantities typed in, the adjustments shown before anything is posted,
//! then the count document.

use serde_json::json;

use crate::helpers::*;
use crate::stock::setup;
use crate::ui_client::Browser;

#[tokio::test]
async fn a_count_shows_its_adjustments_before_posting_them() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let s = setup(&app).await;
    let mut items = vec![s.item.clone()];
    for (sku, name) in [("MOUSE-1", "Mouse"), ("CABLE-2", "HDMI cable")] {
        let item = json!({"sku": sku, "name": name, "unit": "pcs", "unit_cost": "5.00"});
        let item = expect_status(app.post("/api/v1/items", &s.it, &item).await, 201).await;
        items.push(item["id"].as_str().unwrap().to_owned());
    }
    for (item, quantity) in items.iter().zip(["10", "4", "7"]) {
        let receipt =
            json!({"kind": "receipt", "item_id": item, "location_id": s.a, "quantity": quantity});
        expect_status(
            app.post("/api/v1/stock/movements", &s.it, &receipt).await,
            201,
        )
        .await;
    }
    let it = Browser::with_session(&app, &s.it).await;
    let start = it.get("/stock/counts/new").await;
    assert_eq!(start.status, 200, "{}", start.body);
    start.assert_has("Choose the location to count.");
    let sheet = it
        .get(&format!("/stock/counts/new?location_id={}", s.a))
        .await;
    // By SKU: CABLE-2, MOUSE-1, TONER-85A, each with its balance.
    let order: Vec<usize> = ["CABLE-2", "MOUSE-1", "TONER-85A"]
        .iter()
        .map(|sku| sheet.body.find(&format!("<td>{sku}</td>")).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{}", sheet.body);
    sheet.assert_has("data-print hidden");
    let (cable, mouse, toner) = (&items[2], &items[1], &items[0]);

    // A quantity that is not one stays on the sheet, beside its row.
    let bad = [
        ("location_id", s.a.as_str()),
        ("lines[0].item_id", cable.as_str()),
        ("lines[0].counted", "seven"),
        ("lines[1].item_id", mouse.as_str()),
        ("lines[1].counted", ""),
        ("action", "preview"),
    ];
    let refused = it.post("/stock/counts/new", &bad).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused
        .assert_has("value=\"seven\" aria-invalid=\"true\" aria-describedby=\"counted-0-problem\"");

    // Two differences and one match; the mouse is not counted this time.
    let counted = [
        ("location_id", s.a.as_str()),
        ("note", "December count"),
        ("lines[0].item_id", cable.as_str()),
        ("lines[0].counted", "7"),
        ("lines[1].item_id", mouse.as_str()),
        ("lines[1].counted", ""),
        ("lines[2].item_id", toner.as_str()),
        ("lines[2].counted", "8"),
    ];
    let mut preview_fields = counted.to_vec();
    preview_fields.push(("action", "preview"));
    let preview = it.post("/stock/counts/new", &preview_fields).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    preview.assert_has("2 items counted; 1 differs from the balance.");
    preview.assert_has("<td class=\"num\">-2</td>");
    preview.assert_has("Confirm and post 1 adjustment");
    let api = expect_status(
        app.get(&format!("/api/v1/stock?location_id={}", s.a), &s.it)
            .await,
        200,
    )
    .await;
    assert!(
        api["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|b| b["on_hand"] != "8"),
        "nothing posted yet"
    );

    // "Change the counts" goes back to the sheet with what was typed.
    let mut edit = counted.to_vec();
    edit.push(("action", "edit"));
    let back = it.post("/stock/counts/new", &edit).await;
    back.assert_has("value=\"8\"");
    back.assert_has("December count");

    // Meanwhile someone writes a cable off: the count still ends at 7.
    let write_off = json!({"kind": "write_off", "item_id": cable, "location_id": s.a, "quantity": "1", "note": "broken"});
    expect_status(
        app.post("/api/v1/stock/movements", &s.it, &write_off).await,
        201,
    )
    .await;
    let mut confirm = counted.to_vec();
    confirm.push(("action", "confirm"));
    let done = it.post("/stock/counts/new", &confirm).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let document = it.get(done.location()).await;
    assert_eq!(document.status, 200, "{}", document.body);
    document.assert_has("Count at WH-A — WH-A");
    document.assert_has("<div><dt>Adjustments posted</dt><dd>2</dd></div>");
    document.assert_has("<td class=\"num\">+1</td>");
    document.assert_has("<td class=\"num\">-2</td>");
    document.assert_has("December count");
    let api = expect_status(
        app.get(&format!("/api/v1/stock?location_id={}", s.a), &s.it)
            .await,
        200,
    )
    .await;
    let on_hand: Vec<(String, String)> = api["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["sku"].as_str().unwrap().to_owned(),
                b["on_hand"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        on_hand.contains(&("CABLE-2".into(), "7".into())),
        "{on_hand:?}"
    );
    assert!(on_hand.contains(&("TONER-85A".into(), "8".into())));
    assert!(
        on_hand.contains(&("MOUSE-1".into(), "4".into())),
        "not counted, not changed"
    );

    // Nothing counted is refused; an employee has no sheet.
    let empty = it
        .post(
            "/stock/counts/new",
            &[("location_id", s.a.as_str()), ("action", "preview")],
        )
        .await;
    assert_eq!(empty.status, 422);
    let (_, employee) = app.user_with(&["employee"], None).await;
    let employee = Browser::with_session(&app, &employee).await;
    assert_eq!(employee.get("/stock/counts/new").await.status, 403);
}
