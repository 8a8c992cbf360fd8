//! The browser walk's budget part: the IT specialist generates a weekly
//! revision; finance generates a second (the four-eyes rule is said
//! beside it), compares the two, reads the first's bars, downloads both
//! files through the signed-in browser (the XLSX opened by a reader), and
//! approves it.

use std::io::Cursor;

use calamine::{Reader, Xlsx};
use serde_json::Value;

use super::Walk;

/// Generates a weekly revision of the week of 1 June from `/budgets`.
async fn generate(walk: &mut Walk) -> String {
    walk.open("/budgets", "/budgets").await;
    walk.select("#kind", "weekly").await;
    walk.fill("#period_start", "06012026").await;
    walk.click("form[action='/budgets'] button.primary", "/budgets")
        .await;
    walk.used("GET", "/budgets/{id}");
    walk.path().await
}

/// The bytes of `path`, fetched by the page with the browser's session.
pub(super) async fn download(walk: &Walk, path: &str) -> Vec<u8> {
    let script = "const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(Array.from(new Uint8Array(b))));";
    let got = walk
        .client
        .execute_async(script, vec![Value::String(path.to_owned())])
        .await
        .unwrap();
    got.as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_u64().unwrap() as u8)
        .collect()
}

pub(super) async fn budgets(walk: &mut Walk, finance: &str) {
    let first = generate(walk).await;
    walk.expect("Weekly budget 1 June 2026").await;
    walk.sign_out().await;
    walk.sign_in(finance).await;
    let second = generate(walk).await;
    let page = walk.page().await;
    assert!(
        page.contains("You generated this revision, so another finance user approves it."),
        "{page}"
    );
    walk.look("budget-own-revision").await;
    let other = first.trim_start_matches("/budgets/");
    walk.open(
        &format!("{second}/compare?with={other}"),
        "/budgets/{id}/compare",
    )
    .await;
    assert!(walk
        .page()
        .await
        .contains("What changed from revision 1 to revision 2."));
    walk.look("budget-compare").await;
    walk.open("/budgets", "/budgets").await;
    walk.look("budgets").await;
    walk.open(&first, "/budgets/{id}").await;
    let page = walk.page().await;
    assert!(page.contains("<svg class=\"bar\""), "{page}");
    walk.look("budget").await;

    let xlsx = download(walk, &format!("{first}/export?format=xlsx")).await;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(xlsx)).expect("the download is an XLSX");
    assert_eq!(book.sheet_names(), ["Lines", "Carried over", "Totals"]);
    assert!(book.worksheet_range("Totals").is_ok());
    let csv = download(walk, &format!("{first}/export?format=csv")).await;
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.trim_start_matches('\u{feff}').starts_with("position,"),
        "{csv}"
    );
    walk.used("GET", "/budgets/{id}/export");

    walk.click(
        "form[action$='/approve'] button.primary",
        "/budgets/{id}/approve",
    )
    .await;
    let page = walk.page().await;
    assert!(page.contains("Approved by"), "{page}");
    walk.look("budget-approved").await;

    // June's limit for services, saved in the grid, then copied to July.
    walk.open("/budgets/limits?month=2026-06", "/budgets/limits")
        .await;
    walk.fill("input[name$='.services']", "1000").await;
    walk.look("budget-limits").await;
    walk.click(
        "form[action='/budgets/limits'] button.primary",
        "/budgets/limits",
    )
    .await;
    walk.expect("1 limit set, 0 removed.").await;
    walk.click(
        "form[action='/budgets/limits/copy'] button",
        "/budgets/limits/copy",
    )
    .await;
    walk.expect("1 limit copied from the month before.").await;
    walk.expect("value=\"1,000.00\"").await;

    // The year's execution for services: June's limit beside what it holds.
    walk.open(
        "/budgets/execution?year=2026&category=services",
        "/budgets/execution",
    )
    .await;
    walk.expect("Year to date, through 2026-06").await;
    walk.expect("1,000.00").await;
    walk.look("budget-execution").await;
    let csv = download(walk, "/budgets/execution/export?year=2026&format=csv").await;
    assert!(String::from_utf8_lossy(&csv).contains(",services,2026-06,1000.00,"));
    walk.used("GET", "/budgets/execution/export");
}
