//! `awaiting=me`: what awaits an approver comes from two sources (steps they
//! hold, directly or as a delegate, and finance steps for finance users);
//! the list merges both and pages them in application order. A cancelled
//! application leaves it, and whoever could have decided hears so.

use serde_json::{json, Value};

use crate::app_fixtures::*;
use crate::helpers::*;

/// Every page of `awaiting=me` at `limit`, as (application id, step kind).
async fn all_pages(app: &TestApp, token: &str, limit: usize) -> Vec<(String, String)> {
    let mut seen = Vec::new();
    let mut path = format!("/api/v1/applications?awaiting=me&limit={limit}");
    loop {
        let page = expect_status(app.get(&path, token).await, 200).await;
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= limit, "a page holds at most `limit` items");
        for item in items {
            let kind = item["awaiting"]["kind"].as_str().unwrap().to_owned();
            seen.push((id(item), kind));
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => {
                path = format!("/api/v1/applications?awaiting=me&limit={limit}&cursor={cursor}")
            }
            None => return seen,
        }
    }
}

#[tokio::test]
async fn a_finance_delegate_pages_through_both_sources_in_order() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    // 2,000.00 of hardware: department head → IT head → finance.
    let mut drafts: Vec<Value> = Vec::new();
    for _ in 0..7 {
        let draft = create(&app, &o.emp.1, &body("hardware", "2", "1000.00")).await;
        ok(&app, &o.emp.1, &draft, "submit", None).await;
        drafts.push(draft);
    }
    // Four reach the finance step; three stay with the head of OPS.
    for draft in drafts.iter().step_by(2) {
        ok(&app, &o.ops_head.1, draft, "approve", None).await;
        ok(&app, &o.it_head.1, draft, "approve", None).await;
    }
    // The finance officer also stands in for the head of OPS.
    let delegation = json!({"delegate_id": o.finance.0["id"], "starts_on": "2026-06-01", "ends_on": "2026-06-30"});
    expect_status(
        app.post("/api/v1/delegations", &o.ops_head.1, &delegation)
            .await,
        201,
    )
    .await;

    let mut expected: Vec<(String, String)> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let kind = if i % 2 == 0 {
                "finance"
            } else {
                "department_head"
            };
            (id(d), kind.to_owned())
        })
        .collect();
    expected.sort();
    for limit in [1, 2, 3, 50] {
        assert_eq!(
            all_pages(&app, &o.finance.1, limit).await,
            expected,
            "limit {limit}"
        );
    }

    // The other filters still apply: what awaits a decision is submitted,
    // and never the actor's own.
    let path = "/api/v1/applications?awaiting=me&limit=50";
    let with = |extra: &str| format!("{path}&{extra}");
    let count = |page: Value| page["items"].as_array().unwrap().len();
    for (extra, expected_count) in [
        ("status=submitted", 7),
        ("status=approved", 0),
        ("mine=true", 0),
    ] {
        let page = expect_status(app.get(&with(extra), &o.finance.1).await, 200).await;
        assert_eq!(count(page), expected_count, "{extra}");
    }

    // Deciding one takes it off the list, whichever source it came from.
    ok(&app, &o.finance.1, &drafts[0], "approve", None).await;
    ok(&app, &o.finance.1, &drafts[1], "approve", None).await;
    let left: Vec<(String, String)> = expected
        .into_iter()
        .filter(|(i, _)| *i != id(&drafts[0]) && *i != id(&drafts[1]))
        .collect();
    assert_eq!(all_pages(&app, &o.finance.1, 2).await, left);
}

/// The notifications queued so far of `kind`, as (recipients, subject).
async fn queued(app: &TestApp, kind: &str) -> Vec<(Vec<String>, String)> {
    let page = expect_status(
        app.get("/api/v1/notifications?limit=100", &app.admin_token)
            .await,
        200,
    )
    .await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == kind)
        .map(|n| {
            let mut to: Vec<String> = n["to"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e.as_str().unwrap().to_owned())
                .collect();
            to.sort();
            (to, n["subject"].as_str().unwrap().to_owned())
        })
        .collect()
}

#[tokio::test]
async fn cancelling_tells_whoever_could_decide_the_open_step() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let deputy = app.user_with(&["approver"], Some(&o.ops)).await;
    let delegation =
        json!({"delegate_id": deputy.0["id"], "starts_on": "2026-06-01", "ends_on": "2026-06-30"});
    expect_status(
        app.post("/api/v1/delegations", &o.ops_head.1, &delegation)
            .await,
        201,
    )
    .await;
    // A draft nobody was asked about goes quietly.
    let draft = create(&app, &o.emp.1, &body("hardware", "1", "50.00")).await;
    ok(&app, &o.emp.1, &draft, "cancel", None).await;
    assert!(queued(&app, "application_cancelled").await.is_empty());

    let submitted = create(&app, &o.emp.1, &body("hardware", "1", "50.00")).await;
    ok(&app, &o.emp.1, &submitted, "submit", None).await;
    let comment = json!({"comment": "Found one in the storeroom"});
    ok(&app, &o.emp.1, &submitted, "cancel", Some(comment)).await;
    assert!(awaiting(&app, &o.ops_head.1).await.is_empty());
    let mut deciders = vec![
        o.ops_head.0["email"].as_str().unwrap().to_owned(),
        deputy.0["email"].as_str().unwrap().to_owned(),
    ];
    deciders.sort();
    // One message each: neither sees the other's address.
    let sent = queued(&app, "application_cancelled").await;
    let mut told: Vec<String> = sent.iter().flat_map(|(to, _)| to.clone()).collect();
    told.sort();
    assert_eq!((sent.len(), told), (2, deciders), "{sent:?}");
    assert!(sent[0].1.contains("Laptops for new hires"), "{}", sent[0].1);
}
