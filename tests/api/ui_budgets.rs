//! Finance's budget pages: the list, generating a revision, a revision's
//! totals beside their limits as bars, its lines filtered, both downloads
//! (the XLSX read back), approval under the four-eyes rule, and two
//! revisions compared.

use reqwest::Method;
use serde_json::json;

use crate::budgets::{act, applications, org, read_xlsx_total};
use crate::contract::Checked;
use crate::helpers::*;
use crate::stock::{put_policy, setup};
use crate::ui_client::Browser;

#[tokio::test]
async fn finance_reads_generates_downloads_approves_and_compares() {
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let o = org(&app).await;
    applications(&app, &o).await;
    let s = setup(&app).await;
    let policy =
        json!({"item_id": s.item, "location_id": s.a, "reorder_point": "10", "max_level": "40"});
    expect_status(put_policy(&app, &s.it, &policy).await, 200).await;
    let limit = json!({"month": "2026-06", "department_id": o.ops, "category": "services", "amount": "1000"});
    let res = app
        .request(Method::PUT, "/api/v1/budget-limits", Some(&o.finance))
        .json(&limit)
        .checked()
        .await;
    expect_status(res, 200).await;

    let finance = Browser::with_session(&app, &o.finance).await;
    let empty = finance.get("/budgets").await;
    assert_eq!(empty.status, 200, "{}", empty.body);
    empty.assert_has("href=\"/budgets\" aria-current=\"page\"");
    empty.assert_has("No budget has been generated yet.");
    // A weekly budget starts on a Monday: said beside the date.
    let key = empty.hidden("key").unwrap();
    let tuesday = [
        ("kind", "weekly"),
        ("period_start", "2026-06-09"),
        ("key", key.as_str()),
    ];
    let refused = finance.post("/budgets", &tuesday).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    refused.assert_has("id=\"period_start-problem\"");
    refused.assert_has("value=\"2026-06-09\"");

    // The IT specialist generates (so finance may approve it).
    let it = Browser::with_session(&app, &o.it).await;
    let key = it.get("/budgets").await.hidden("key").unwrap();
    let monday = [
        ("kind", "weekly"),
        ("period_start", "2026-06-08"),
        ("key", key.as_str()),
    ];
    let generated = it.post("/budgets", &monday).await;
    assert_eq!(generated.status, 303, "{}", generated.body);
    let first = generated.location().to_owned();
    assert_eq!(
        it.post("/budgets", &monday).await.location(),
        first,
        "sent twice, generated once"
    );

    let page = finance.get(&first).await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("Weekly budget 8 June 2026 – 14 June 2026");
    page.assert_has("<dd>2,889.60 EUR</dd>");
    page.assert_has("<div><dt>Ordered so far this month</dt><dd>90.00</dd></div>");
    // OPS: 690.00 against a pro-rata limit of 233.33, the overrun drawn red.
    let ops = &page.body[page
        .body
        .find("<th scope=\"row\">Department OPS")
        .unwrap_or_else(|| panic!("{}", page.body))..];
    let ops = &ops[..ops.find("</tr>").unwrap()];
    assert!(
        ops.contains("Over the limit") && ops.contains("<td class=\"num\">233.33</td>"),
        "{ops}"
    );
    assert!(ops.contains("<line class=\"limit\""), "{ops}");
    let over = ops.split("class=\"over\" x=\"").nth(1).unwrap();
    let width: f64 = over
        .split("width=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(width > 0.0, "{ops}");
    page.assert_has("3 lines match.");
    page.assert_has("Approve this revision");
    let services = finance.get(&format!("{first}?category=services")).await;
    services.assert_has("1 line matches.");
    services.assert_has("<td>Consulting — Days</td>");

    // Both downloads; the XLSX opens and adds up.
    let xlsx = finance
        .http
        .get(format!("{}{first}/export?format=xlsx", finance.base))
        .send()
        .await
        .unwrap();
    assert_eq!(xlsx.status(), 200);
    assert!(xlsx.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment; filename=\"procura-budget-weekly-2026-06-08-r1.xlsx\""));
    let total = read_xlsx_total(&xlsx.bytes().await.unwrap());
    assert_eq!(total.to_string(), "2889.60");
    let csv = finance.get(&format!("{first}/export?format=csv")).await;
    assert_eq!(csv.status, 200);
    assert!(
        csv.body.contains(",600.00,") && csv.body.contains(",2199.60,"),
        "{}",
        csv.body
    );
    let unknown = finance.get(&format!("{first}/export?format=pdf")).await;
    assert_eq!(unknown.status, 422);

    // Finance approves; the IT specialist could not.
    let no = it.post(&format!("{first}/approve"), &[]).await;
    assert_eq!(no.status, 403);
    let approved = finance.post(&format!("{first}/approve"), &[]).await;
    assert_eq!(approved.status, 303, "{}", approved.body);
    let page = finance.get(&first).await;
    page.assert_has("Approved by Test User");
    assert!(!page.body.contains("Approve this revision"));
    let twice = finance.post(&format!("{first}/approve"), &[]).await;
    assert_eq!(twice.status, 409);
    twice.assert_has("role=\"alert\"");

    // A third application approved since: the second revision adds it.
    let more = json!({"title": "Headsets", "justification": "Calls", "needed_by": "2026-06-10",
        "lines": [{"description": "Headset", "category": "other", "quantity": "4", "unit_price": "25.00"}]});
    let more = expect_status(
        app.post("/api/v1/applications", &o.employee, &more).await,
        201,
    )
    .await;
    let more = more["id"].as_str().unwrap();
    act(&app, &o.employee, more, "submit", None).await;
    act(&app, &o.head, more, "approve", None).await;
    // Finance generates this one: the four-eyes rule is said, not a button.
    let key = finance.get("/budgets").await.hidden("key").unwrap();
    let again = [
        ("kind", "weekly"),
        ("period_start", "2026-06-08"),
        ("key", key.as_str()),
    ];
    let second = finance.post("/budgets", &again).await.location().to_owned();
    let page = finance.get(&second).await;
    page.assert_has("revision 2");
    page.assert_has("Revision 1 counts for this period.");
    page.assert_has("You generated this revision, so another finance user approves it.");
    let compare = format!(
        "{second}/compare?with={}",
        first.trim_start_matches("/budgets/")
    );
    page.assert_has(&compare.replace('&', "&amp;"));
    let compared = finance.get(&compare).await;
    assert_eq!(compared.status, 200, "{}", compared.body);
    compared.assert_has("What changed from revision 1 to revision 2.");
    compared.assert_has("<td>Headsets — Headset</td>");
    compared.assert_has("<td>Added</td>");
    compared.assert_has("<td class=\"num\">+100.00</td>");
    let listed = finance.get("/budgets?kind=weekly").await;
    assert_eq!(
        listed.body.matches("<td><a href=\"/budgets/").count(),
        2,
        "two revisions"
    );

    // A monthly revision is another period: not comparable.
    let month = json!({"kind": "monthly", "period_start": "2026-06-01"});
    let month = expect_status(app.post("/api/v1/budgets", &o.it, &month).await, 201).await;
    let across = finance
        .get(&format!(
            "{second}/compare?with={}",
            month["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(across.status, 422);
    let (_, employee) = app.user_with(&["employee"], None).await;
    let employee = Browser::with_session(&app, &employee).await;
    assert_eq!(employee.get("/budgets").await.status, 403);
    assert!(!employee
        .get("/applications")
        .await
        .body
        .contains("href=\"/budgets\""));
}
