//! Reference ceiling for the benchmark suite: the cheapest actix-web
//! handler there is, answering `GET /api/v1/me` with a fixed JSON body
//! from memory. Same framework, same workers, same machine as the real
//! server, so `scripts/bench` can print every figure as a ratio to it.
//!
//! `cargo run --release --example ceiling_http -- 127.0.0.1:18090 body.json`

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test harness: a panic is the failure report

use actix_web::{web, App, HttpResponse, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let bind = args.next().unwrap_or_else(|| "127.0.0.1:18090".into());
    let body = match args.next() {
        Some(path) => std::fs::read_to_string(path)?,
        None => r#"{"id":"ceiling","email":"ceiling@example.com"}"#.into(),
    };
    let body = web::Bytes::from(body);
    HttpServer::new(move || {
        let body = body.clone();
        App::new().route(
            "/api/v1/me",
            web::get().to(move || {
                let body = body.clone();
                async move {
                    HttpResponse::Ok()
                        .content_type("application/json")
                        .body(body)
                }
            }),
        )
    })
    .bind(bind)?
    .run()
    .await
}
