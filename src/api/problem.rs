//! RFC 9457 `application/problem+json` for every non-2xx answer. One
//! envelope: `type`, `title`, `status`, `detail`, a stable snake_case
//! `code`, and `errors[]` naming fields for validation problems.

use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::{json, Map, Value};

use crate::domain::logsafe::{redact_url, Escaped};
use crate::error::{AppError, ErrorCode};

pub(crate) const CONTENT_TYPE: &str = "application/problem+json";

impl AppError {
    pub(crate) fn status(&self) -> StatusCode {
        match self {
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            AppError::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            AppError::Forbidden { .. } => StatusCode::FORBIDDEN,
            AppError::NotFound { .. } => StatusCode::NOT_FOUND,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::VersionConflict { .. } => StatusCode::PRECONDITION_FAILED,
            AppError::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::RequestTimeout { .. } => StatusCode::REQUEST_TIMEOUT,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn detail(&self) -> String {
        match self {
            AppError::Validation(errors) => match errors.as_slice() {
                [one] => format!("`{}` {}", one.field, one.message),
                many => format!("{} fields are not acceptable", many.len()),
            },
            // Never show internals; the cause chain goes to the log.
            AppError::Internal(_) => "an unexpected error occurred; it has been logged".into(),
            other => other.to_string(),
        }
    }
}

/// Builds a problem response with any extra members.
pub(crate) fn problem_response(
    status: StatusCode,
    code: ErrorCode,
    detail: &str,
    extra: Option<Map<String, Value>>,
) -> HttpResponse {
    let mut body = json!({
        "type": format!("urn:procura:problem:{code}"),
        "title": status.canonical_reason().unwrap_or("Error"),
        "status": status.as_u16(),
        "detail": detail,
        "code": code,
    });
    if let (Some(obj), Some(extra)) = (body.as_object_mut(), extra) {
        obj.extend(extra);
    }
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE)))
        .body(body.to_string())
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.status()
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::Internal(source) = self {
            log_internal(source.as_ref());
        }
        let extra = match self {
            AppError::Validation(errors) => Some(json!({ "errors": errors })),
            AppError::Conflict { extra, .. } => extra.clone(),
            AppError::VersionConflict { current, .. } => {
                Some(json!({ "current_version": current }))
            }
            _ => None,
        };
        let extra = extra.and_then(|v| v.as_object().cloned());
        let mut response = problem_response(self.status(), self.code(), &self.detail(), extra);
        let headers = response.headers_mut();
        match self {
            AppError::Unauthorized { .. } => {
                headers.insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"procura\""),
                );
            }
            AppError::RateLimited { retry_after_secs } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            }
            AppError::Unavailable { .. } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            }
            _ => {}
        }
        response
    }
}

fn log_internal(source: &(dyn std::error::Error + Send + Sync)) {
    let mut chain = vec![source.to_string()];
    let mut cause = source.source();
    while let Some(c) = cause {
        chain.push(c.to_string());
        cause = c.source();
    }
    // Causes may quote stored text or a URL: escaped, redacted, one line.
    let chain = redact_url(&chain.join(": "));
    tracing::error!(error = %Escaped(&chain), "internal error");
}
