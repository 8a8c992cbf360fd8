//! `/stock`: balances searched by SKU or name, narrowed to a location or
//! to those at or below their reorder point, as `GET /api/v1/stock?q=`.

use serde_json::json;

use crate::helpers::*;
use crate::stock::{put_policy, setup};
use crate::ui_client::Browser;

#[tokio::test]
async fn balances_are_searched_and_narrowed() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let s = setup(&app).await; // TONER-85A "Toner HP 85A", locations WH-A and BR-B
    let mouse =
        json!({"sku": "MOUSE-1", "name": "Миша бездротова", "unit": "pcs", "unit_cost": "9.90"});
    let mouse = expect_status(app.post("/api/v1/items", &s.it, &mouse).await, 201).await;
    let mouse = mouse["id"].as_str().unwrap().to_owned();
    for (item, location, point) in [
        (&s.item, &s.a, "5"),
        (&mouse, &s.a, "0"),
        (&s.item, &s.b, "0"),
    ] {
        let policy = json!({"item_id": item, "location_id": location, "reorder_point": point, "max_level": "20"});
        assert!(put_policy(&app, &s.it, &policy).await.status().is_success());
    }
    for (item, location) in [(&mouse, &s.a), (&s.item, &s.b)] {
        let receipt =
            json!({"kind": "receipt", "item_id": item, "location_id": location, "quantity": "8"});
        expect_status(
            app.post("/api/v1/stock/movements", &s.it, &receipt).await,
            201,
        )
        .await;
    }
    let it = Browser::with_session(&app, &s.it).await;
    let all = it.get("/stock").await;
    assert_eq!(all.status, 200, "{}", all.body);
    all.assert_has("href=\"/stock\" aria-current=\"page\"");
    assert_eq!(
        all.body.matches("<tr").count(),
        4,
        "a header and three balances"
    );

    let toner = it.get("/stock?q=toner").await;
    assert_eq!(toner.body.matches(">TONER-85A</a></td>").count(), 2);
    assert!(!toner.body.contains("MOUSE-1"));
    let cyrillic = it.get("/stock?q=%D0%9C%D0%98%D0%A8%D0%90").await; // "МИША"
    cyrillic.assert_has(">MOUSE-1</a></td>");
    let low = it.get("/stock?below=1").await;
    assert_eq!(
        low.body.matches("<tr class=\"low\">").count(),
        1,
        "{}",
        low.body
    );
    low.assert_has(">TONER-85A</a></td>");
    let at_b = it.get(&format!("/stock?location_id={}", s.b)).await;
    assert_eq!(at_b.body.matches(">TONER-85A</a></td>").count(), 1);
    assert!(!at_b.body.contains("MOUSE-1"));

    let api = expect_status(app.get("/api/v1/stock?q=HP%2085", &s.it).await, 200).await;
    assert_eq!(api["items"].as_array().unwrap().len(), 2);
    let long = format!("/api/v1/stock?q={}", "x".repeat(101));
    let p = expect_problem(app.get(&long, &s.it).await, 422, "validation_failed").await;
    assert_eq!(error_fields(&p), ["q"]);
}
