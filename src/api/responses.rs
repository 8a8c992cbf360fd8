//! Small builders shared by handlers: versioned documents with `ETag`,
//! created resources with `Location`, replayed idempotent responses.

use actix_web::http::header;
use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use serde::Serialize;

use crate::service::idempotency::Idempotent;

/// `200` with `ETag: "version"` (RFC 9110 quoted entity tag).
pub(crate) fn versioned<T: Serialize>(version: i64, body: &T) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::ETAG, format!("\"{version}\"")))
        .json(body)
}

/// `201 Created` with `Location`, or the stored first response on a retry.
pub(crate) fn created<T: Serialize>(
    outcome: Idempotent<T>,
    location: impl FnOnce(&serde_json::Value) -> Option<String>,
) -> HttpResponse {
    let (status, body, replayed) = match outcome {
        Idempotent::Fresh(value) => (
            StatusCode::CREATED,
            serde_json::to_value(&value).unwrap_or(serde_json::Value::Null),
            false,
        ),
        Idempotent::Replayed(stored) => (
            StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK),
            stored.body,
            true,
        ),
    };
    let mut response = HttpResponse::build(status);
    if let Some(loc) = location(&body) {
        response.insert_header((header::LOCATION, loc));
    }
    if let Some(version) = body.get("version").and_then(|v| v.as_i64()) {
        response.insert_header((header::ETAG, format!("\"{version}\"")));
    }
    if replayed {
        response.insert_header(("Idempotent-Replayed", "true"));
    }
    response.json(body)
}

/// `Location` of a resource under `collection`, from the body's `id`.
pub(crate) fn location_in(
    collection: &'static str,
) -> impl FnOnce(&serde_json::Value) -> Option<String> {
    move |body| {
        body.get("id")
            .and_then(|v| v.as_str())
            .map(|id| format!("{collection}/{id}"))
    }
}
