//! Health, readiness, metrics and the served contract.

use reqwest::Method;

use crate::contract::Checked;
use crate::helpers::*;

#[tokio::test]
async fn health_and_readiness_need_no_token() {
    let app = TestApp::spawn().await;
    let res = app.request(Method::GET, "/healthz", None).checked().await;
    assert_eq!(expect_status(res, 200).await["status"], "ok");
    let res = app.request(Method::GET, "/readyz", None).checked().await;
    assert_eq!(expect_status(res, 200).await["status"], "ready");
}

#[tokio::test]
async fn the_contract_is_served_as_is() {
    let app = TestApp::spawn().await;
    let res = app
        .request(Method::GET, "/openapi.yaml", None)
        .checked()
        .await;
    assert_eq!(res.headers()["content-type"], "application/yaml");
    let served = res.text().await.unwrap();
    let on_disk =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    assert_eq!(served, on_disk);
}

#[tokio::test]
async fn metrics_count_requests_per_route_for_admins() {
    let app = TestApp::spawn().await;
    for _ in 0..3 {
        expect_status(app.get("/api/v1/me", &app.admin_token).await, 200).await;
    }
    let text = app
        .get("/metrics", &app.admin_token)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        text.contains(
            r#"procura_http_requests_total{method="GET",route="/api/v1/me",status="200"} 3"#
        ),
        "{text}"
    );
    assert!(
        text.contains("procura_http_request_duration_seconds_bucket"),
        "{text}"
    );
    assert!(text.contains("procura_db_pool_connections"), "{text}");
}
