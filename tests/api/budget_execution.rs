//! The year's budget execution (docs/design.md#budget-execution): per
//! department and category, month by month, the limit against approved,
//! committed, ordered and actual, what remains and the year to date; as
//! JSON, CSV and XLSX, and on its page.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use serde_json::{json, Value};

use crate::budgets::{act, org, Org};
use crate::contract::Checked;
use crate::helpers::*;

async fn approved(app: &TestApp, o: &Org, line: Value, needed_by: &str) -> Value {
    let body = json!({"title": "Purchase", "justification": "Needed", "needed_by": needed_by,
        "lines": [line]});
    let created = expect_status(
        app.post("/api/v1/applications", &o.employee, &body).await,
        201,
    )
    .await;
    let id = created["id"].as_str().unwrap().to_owned();
    act(app, &o.employee, &id, "submit", None).await;
    act(app, &o.head, &id, "approve", None).await
}

fn line(category: &str, quantity: &str, price: &str) -> Value {
    json!({"description": "Item", "category": category, "quantity": quantity, "unit_price": price})
}

async fn limit(app: &TestApp, o: &Org, month: &str, category: &str, amount: &str) {
    let body =
        json!({"month": month, "department_id": o.ops, "category": category, "amount": amount});
    let put = app
        .request(
            reqwest::Method::PUT,
            "/api/v1/budget-limits",
            Some(&o.finance),
        )
        .json(&body)
        .checked()
        .await;
    expect_status(put, 200).await;
}

/// June: services approved 2 × 300.00; other 2 ordered at 90.00, one
/// received. July: services approved 50.00. Awaiting approval: nothing
/// counted. Limits: June services 1,000.00 and other 500.00, July
/// services 100.00.
async fn year(app: &TestApp, o: &Org) {
    approved(app, o, line("services", "2", "300.00"), "2026-06-10").await;
    let b = approved(app, o, line("other", "2", "100.00"), "2026-06-10").await;
    let b_id = b["id"].as_str().unwrap();
    let order = json!({"supplier": "ACME", "reference": "PO-1", "expected_on": "2026-06-12",
        "lines": [{"line_id": b["lines"][0]["id"], "unit_price": "90.00"}]});
    act(app, &o.it, b_id, "order", Some(order)).await;
    let receipt = json!({"lines": [{"line_id": b["lines"][0]["id"], "quantity": "1"}]});
    act(app, &o.it, b_id, "receive", Some(receipt)).await;
    approved(app, o, line("services", "1", "50.00"), "2026-07-03").await;
    let waiting = json!({"title": "Waiting", "justification": "Needed", "needed_by": "2026-06-20",
        "lines": [line("services", "9", "100.00")]});
    let waiting = expect_status(
        app.post("/api/v1/applications", &o.employee, &waiting)
            .await,
        201,
    )
    .await;
    act(
        app,
        &o.employee,
        waiting["id"].as_str().unwrap(),
        "submit",
        None,
    )
    .await;
    limit(app, o, "2026-06", "services", "1000").await;
    limit(app, o, "2026-06", "other", "500").await;
    limit(app, o, "2026-07", "services", "100").await;
}

fn figures(f: &Value) -> [&str; 7] {
    [
        "month",
        "limit",
        "approved",
        "committed",
        "ordered",
        "actual",
        "remaining",
    ]
    .map(|k| f[k].as_str().unwrap_or("—"))
}

#[tokio::test]
async fn the_year_shows_each_month_against_its_limit_and_the_year_to_date() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    year(&app, &o).await;
    let view = expect_status(
        app.get("/api/v1/budget-execution?year=2026", &o.finance)
            .await,
        200,
    )
    .await;
    assert_eq!(
        (&view["year"], &view["through_month"]),
        (&json!(2026), &json!(6))
    );
    let rows = view["rows"].as_array().unwrap();
    let row = |category: &str| {
        rows.iter()
            .find(|r| r["category"] == category && r["department_id"] == o.ops.as_str())
            .unwrap_or_else(|| panic!("{category} in {view}"))
    };
    let services = row("services");
    assert_eq!(services["months"].as_array().unwrap().len(), 12);
    assert_eq!(
        figures(&services["months"][5]),
        ["2026-06", "1000.00", "600.00", "0.00", "0.00", "0.00", "400.00"]
    );
    assert_eq!(
        figures(&services["months"][6]),
        ["2026-07", "100.00", "50.00", "0.00", "0.00", "0.00", "50.00"]
    );
    assert_eq!(
        figures(&services["months"][0]),
        ["2026-01", "—", "0.00", "0.00", "0.00", "0.00", "—"]
    );
    // Through June: July's approval and limit are not in it yet.
    assert_eq!(
        figures(&services["year_to_date"]),
        [
            "year_to_date",
            "1000.00",
            "600.00",
            "0.00",
            "0.00",
            "0.00",
            "400.00"
        ]
    );
    // Two ordered at 90.00, one received: 90 to come, 90 come, 180 ordered.
    assert_eq!(
        figures(&row("other")["months"][5]),
        ["2026-06", "500.00", "0.00", "90.00", "180.00", "90.00", "320.00"]
    );

    // A past year counts to December; a future one has no year to date yet.
    let next = expect_status(
        app.get("/api/v1/budget-execution?year=2027", &o.finance)
            .await,
        200,
    )
    .await;
    assert_eq!(
        (&next["through_month"], &next["rows"]),
        (&json!(0), &json!([]))
    );
    expect_problem(
        app.get("/api/v1/budget-execution", &o.employee).await,
        403,
        "forbidden",
    )
    .await;
    let refused = expect_status(
        app.get("/api/v1/budget-execution?year=1999", &o.finance)
            .await,
        422,
    )
    .await;
    assert_eq!(refused["errors"][0]["field"], "year");
}

#[tokio::test]
async fn the_year_downloads_as_csv_and_xlsx_for_accounting() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    year(&app, &o).await;
    let csv = app
        .get("/api/v1/budget-execution/export?year=2026", &o.finance)
        .await;
    assert_eq!(csv.status(), 200);
    let disposition = csv.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        disposition,
        "attachment; filename=\"procura-budget-execution-2026.csv\""
    );
    let text = csv.text().await.unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "department_code,department,category,month,limit,approved,committed,ordered,actual,remaining,currency"
    );
    assert_eq!(
        lines.len(),
        1 + 2 * 13,
        "two rows of twelve months and a year to date"
    );
    assert!(
        lines.contains(
            &"OPS,Department OPS,services,2026-06,1000.00,600.00,0.00,0.00,0.00,400.00,EUR"
        ),
        "{text}"
    );
    assert!(lines.contains(
        &"OPS,Department OPS,other,year_to_date,500.00,0.00,90.00,180.00,90.00,320.00,EUR"
    ));

    let xlsx = app
        .get(
            "/api/v1/budget-execution/export?year=2026&format=xlsx",
            &o.finance,
        )
        .await;
    assert_eq!(xlsx.status(), 200);
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(xlsx.bytes().await.unwrap().to_vec())).unwrap();
    assert_eq!(book.sheet_names(), ["Execution"]);
    let sheet = book.worksheet_range("Execution").unwrap();
    let june = sheet
        .rows()
        .find(|r| r[2] == Data::String("services".into()) && r[3] == Data::String("2026-06".into()))
        .unwrap();
    assert_eq!(
        (&june[4], &june[9]),
        (&Data::Float(1000.0), &Data::Float(400.0))
    );
    expect_problem(
        app.get("/api/v1/budget-execution/export?format=pdf", &o.finance)
            .await,
        422,
        "validation_failed",
    )
    .await;
}

#[tokio::test]
async fn the_page_shows_one_department_and_category_or_all_of_them_added_up() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    year(&app, &o).await;
    let web = crate::ui_client::Browser::with_session(&app, &o.finance).await;
    let page = web
        .get(&format!(
            "/budgets/execution?year=2026&department_id={}&category=services",
            o.ops
        ))
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("<h1>Budget execution 2026</h1>");
    page.assert_has("<th scope=\"row\">2026-06</th>\n    <td class=\"num\">1,000.00</td>");
    page.assert_has("Year to date, through 2026-06");
    // All categories added up: June's limits 1,500.00, held 600 + 180 = 780.
    let all = web.get("/budgets/execution?year=2026").await;
    all.assert_has("<th scope=\"row\">2026-06</th>\n    <td class=\"num\">1,500.00</td>");
    all.assert_has("<td class=\"num\">720.00</td>");
    let csv = web
        .get("/budgets/execution/export?year=2026&format=csv")
        .await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.contains("year_to_date"), "{}", csv.body);
    let refused = web.get("/budgets/execution?year=soon").await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    let employee = crate::ui_client::Browser::with_session(&app, &o.employee).await;
    assert_eq!(employee.get("/budgets/execution").await.status, 403);
}
