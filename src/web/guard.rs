//! Refuses control characters in the request line before any handler runs:
//! a percent-encoded NUL (`%00`) or other control byte in a path segment or
//! a query parameter would otherwise reach a query (PostgreSQL refuses NUL
//! in text with an error, so the answer would be a 500).

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::ResponseError;

use crate::error::AppError;

/// Whether `raw` (still percent-encoded) encodes a control character.
fn encodes_control(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    bytes.iter().any(|b| b.is_ascii_control())
        || bytes.windows(3).any(|w| {
            w[0] == b'%'
                && matches!(
                    (w[1].to_ascii_lowercase(), w[2].to_ascii_lowercase()),
                    (b'0' | b'1', b'0'..=b'9' | b'a'..=b'f') | (b'7', b'f')
                )
        })
}

pub(crate) async fn refuse_control_characters(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let refusal = if encodes_control(req.uri().path()) {
        Some(AppError::NotFound { entity: "resource" })
    } else if encodes_control(req.query_string()) {
        Some(AppError::field(
            "query",
            "invalid_character",
            "query parameters must not contain control characters",
        ))
    } else {
        None
    };
    match refusal {
        Some(e) => Ok(req.into_response(e.error_response()).map_into_right_body()),
        None => Ok(next.call(req).await?.map_into_left_body()),
    }
}

#[cfg(test)]
mod tests {
    use super::encodes_control;

    #[test]
    fn encoded_control_bytes_are_found() {
        for raw in ["/api/v1/users/%00", "q=a%0Ab", "x=%1f", "x=%7F"] {
            assert!(encodes_control(raw), "{raw}");
        }
        for raw in ["/api/v1/users/0190", "q=caf%C3%A9", "x=%20y", "x=100%25"] {
            assert!(!encodes_control(raw), "{raw}");
        }
    }
}
