//! Request extractors that fail with problem+json naming the field:
//! JSON bodies (size-limited, unknown fields refused), query strings,
//! `If-Match` versions and `Idempotency-Key`s.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use crate::error::{AppError, ErrorCode, FieldError};
use crate::service::idempotency::IdempotencyKey;
use crate::service::identity::Actor;
use crate::service::AppContext;

/// Largest accepted body (`max_body_bytes`) and the time a client has to
/// send it (`body_timeout_seconds`): a client that stalls mid-body is cut
/// off with a 408 instead of holding a connection open.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BodyLimit {
    pub bytes: usize,
    pub timeout: std::time::Duration,
}

impl Default for BodyLimit {
    fn default() -> Self {
        Self {
            bytes: 1 << 20,
            timeout: std::time::Duration::from_secs(30),
        }
    }
}

/// Marks a route whose bodies are small documents (a sign-in, a decision, a
/// user): they are capped at [`SMALL_BODY_BYTES`] whatever `max_body_bytes`
/// allows, so only the routes that take long documents (applications,
/// counts, selections, imports) accept the large cap.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SmallBodies;

/// 64 KiB: several times the longest small document, escapes included.
pub(crate) const SMALL_BODY_BYTES: usize = 64 << 10;

fn body_limit(req: &HttpRequest) -> BodyLimit {
    let limit = req.app_data::<BodyLimit>().copied().unwrap_or_default();
    match req.app_data::<SmallBodies>() {
        Some(_) => BodyLimit {
            bytes: limit.bytes.min(SMALL_BODY_BYTES),
            ..limit
        },
        None => limit,
    }
}

/// A JSON request body, with the SHA-256 of its bytes (for idempotency).
pub(crate) struct Body<T> {
    pub value: T,
    digest: [u8; 32],
    idempotency_key: Option<String>,
}

impl<T> Body<T> {
    /// The idempotency key of this request scoped to `actor`, if one was sent.
    pub(crate) fn idempotency_key(
        &self,
        actor: &Actor,
        req: &HttpRequest,
    ) -> Option<IdempotencyKey> {
        let key = self.idempotency_key.clone()?;
        let mut hasher = Sha256::new();
        hasher.update(req.method().as_str());
        hasher.update(b" ");
        hasher.update(req.path());
        hasher.update(b"\n");
        hasher.update(self.digest);
        let request_hash = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Some(IdempotencyKey {
            user_id: actor.user_id.clone(),
            key,
            request_hash,
        })
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for Body<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = body_limit(req);
        let checks = check_content_type(req)
            .and_then(|()| check_declared_length(req, limit.bytes))
            .and_then(|()| idempotency_header(req));
        let payload = payload.take();
        Box::pin(async move {
            let idempotency_key = checks?;
            let bytes = read_limited(payload, limit).await?;
            let value = parse_json(&bytes)?;
            Ok(Body {
                value,
                digest: Sha256::digest(&bytes).into(),
                idempotency_key,
            })
        })
    }
}

/// A JSON body that may be left out entirely (actions such as `submit`):
/// no body means `T::default()`; a body present is read like [`Body`].
pub(crate) struct OptionalBody<T>(pub T);

impl<T: DeserializeOwned + Default + 'static> FromRequest for OptionalBody<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let headers = req.headers();
        let declared = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok());
        let empty = matches!(declared, Some("0"))
            || (declared.is_none() && !headers.contains_key(header::TRANSFER_ENCODING));
        if empty {
            return Box::pin(std::future::ready(Ok(OptionalBody(T::default()))));
        }
        let body = Body::<T>::from_request(req, payload);
        Box::pin(async move { body.await.map(|b| OptionalBody(b.value)) })
    }
}

/// Reads a whole body, refusing more than `limit.bytes` (413) and a body
/// not complete within `limit.timeout` (408).
async fn read_limited(payload: Payload, limit: BodyLimit) -> Result<web::BytesMut, AppError> {
    tokio::time::timeout(limit.timeout, read_all(payload, limit.bytes))
        .await
        .map_err(|_| AppError::RequestTimeout {
            seconds: limit.timeout.as_secs(),
        })?
}

async fn read_all(mut payload: Payload, limit: usize) -> Result<web::BytesMut, AppError> {
    let mut bytes = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| AppError::BadRequest {
            code: ErrorCode::UnreadableBody,
            detail: format!("the request body could not be read: {e}"),
        })?;
        if bytes.len() + chunk.len() > limit {
            return Err(AppError::PayloadTooLarge { limit });
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// A `text/csv` body, as bytes.
pub(crate) struct CsvBody(pub Vec<u8>);

impl FromRequest for CsvBody {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = body_limit(req);
        let essence = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase());
        let check = match essence.as_deref() {
            Some("text/csv") => check_declared_length(req, limit.bytes),
            _ => Err(AppError::UnsupportedMediaType {
                detail: "send the file with `Content-Type: text/csv`".into(),
            }),
        };
        let payload = payload.take();
        Box::pin(async move {
            check?;
            Ok(CsvBody(read_limited(payload, limit).await?.to_vec()))
        })
    }
}

fn check_content_type(req: &HttpRequest) -> Result<(), AppError> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence == "application/json" || essence.ends_with("+json") {
        Ok(())
    } else {
        Err(AppError::UnsupportedMediaType {
            detail: "send the body as JSON with `Content-Type: application/json`".into(),
        })
    }
}

fn check_declared_length(req: &HttpRequest, limit: usize) -> Result<(), AppError> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    match declared {
        Some(n) if n > limit => Err(AppError::PayloadTooLarge { limit }),
        _ => Ok(()),
    }
}

fn idempotency_header(req: &HttpRequest) -> Result<Option<String>, AppError> {
    let Some(raw) = req.headers().get("Idempotency-Key") else {
        return Ok(None);
    };
    let key = raw.to_str().unwrap_or("").trim();
    let valid = !key.is_empty() && key.len() <= 255 && key.bytes().all(|b| b.is_ascii_graphic());
    if valid {
        Ok(Some(key.to_owned()))
    } else {
        Err(AppError::field(
            "Idempotency-Key",
            "invalid_header",
            "must be 1–255 visible ASCII characters",
        ))
    }
}

/// Parses JSON, turning serde's complaint into a per-field problem.
pub(crate) fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    let value = result.map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                AppError::Validation(vec![field_error(&path, &inner.to_string())])
            }
            _ => AppError::BadRequest {
                code: ErrorCode::MalformedJson,
                detail: format!(
                    "the request body is not valid JSON: {}",
                    strip_position(&inner.to_string())
                ),
            },
        }
    })?;
    de.end().map_err(|_| AppError::BadRequest {
        code: ErrorCode::MalformedJson,
        detail: "the request body has trailing characters after the JSON value".into(),
    })?;
    Ok(value)
}

fn strip_position(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() || path == "." {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// Between backticks: serde names the field in ``missing field `x` ``.
fn quoted(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(&message[start..start + len])
}

/// Maps one serde message to `{field, code, message}`.
pub(crate) fn field_error(path: &str, message: &str) -> FieldError {
    let message = strip_position(message);
    let at_path = if path.is_empty() || path == "." {
        "body".to_owned()
    } else {
        path.to_owned()
    };
    if let Some(rest) = message.strip_prefix("missing field ") {
        let name = quoted(rest).unwrap_or(rest);
        return FieldError::new(join(path, name), "required", "is required");
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let name = quoted(rest).unwrap_or(rest);
        // The path already ends at the unknown key.
        let field = if path == name || path.ends_with(&format!(".{name}")) {
            path.to_owned()
        } else {
            join(path, name)
        };
        return FieldError::new(field, "unknown_field", "is not a field of this request");
    }
    if let Some((code, rest)) = coded_message(message) {
        return FieldError::new(at_path, code, rest);
    }
    let code = if message.starts_with("invalid type") {
        "invalid_type"
    } else {
        "invalid_value"
    };
    FieldError::new(at_path, code, message)
}

/// `code: message` from the bounded input types (`domain::input`).
fn coded_message(message: &str) -> Option<(&str, &str)> {
    let (code, rest) = message.split_once(": ")?;
    let is_code = !code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    is_code.then_some((code, rest))
}

/// A query string parsed strictly (unknown parameters refused, errors per field).
pub(crate) struct Query<T>(pub T);

impl<T: DeserializeOwned> FromRequest for Query<T> {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let parsed = form_urlencoded::parse(req.query_string().as_bytes());
        let de = serde_urlencoded::Deserializer::new(parsed);
        let result = serde_path_to_error::deserialize(de)
            .map(Query)
            .map_err(|err| {
                let path = err.path().to_string();
                let message = err.into_inner().to_string();
                let mut fe = field_error(&path, &message);
                if fe.field == "body" {
                    fe.field = "query".into();
                }
                AppError::Validation(vec![fe])
            });
        std::future::ready(result)
    }
}

/// The version named by `If-Match: "3"`, when the header is present.
pub(crate) struct IfMatch(pub Option<i64>);

impl FromRequest for IfMatch {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(raw) = req.headers().get(header::IF_MATCH) else {
            return std::future::ready(Ok(IfMatch(None)));
        };
        let text = raw.to_str().unwrap_or("").trim();
        let parsed = text
            .strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .and_then(|t| t.parse::<i64>().ok());
        std::future::ready(match parsed {
            Some(v) => Ok(IfMatch(Some(v))),
            None if text == "*" => Ok(IfMatch(None)),
            None => Err(AppError::field(
                "If-Match",
                "invalid_header",
                "must be the quoted version from the ETag, e.g. \"3\"",
            )),
        })
    }
}

/// The application context registered at start.
pub(crate) fn context(req: &HttpRequest) -> Result<web::Data<AppContext>, AppError> {
    req.app_data::<web::Data<AppContext>>()
        .cloned()
        .ok_or_else(|| AppError::internal("application context is not registered"))
}

/// A query parameter typed as `Uuid` (so a malformed id is a 422 naming
/// the parameter, not an empty list) as the text the store keeps.
pub(crate) fn id_text(id: uuid::Uuid) -> String {
    id.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Line {
        quantity: u32,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        lines: Vec<Line>,
    }

    fn fields(body: &str) -> Vec<(String, String)> {
        match parse_json::<Doc>(body.as_bytes()) {
            Err(AppError::Validation(errors)) => {
                errors.into_iter().map(|e| (e.field, e.code)).collect()
            }
            other => panic!("expected validation error, got {other:?}"),
        }
    }

    #[test]
    fn errors_name_the_field() {
        let f = |a: &str, b: &str| vec![(a.to_owned(), b.to_owned())];
        assert_eq!(fields(r#"{"lines":[]}"#), f("title", "required"));
        assert_eq!(
            fields(r#"{"title":"t","lines":[],"x":1}"#),
            f("x", "unknown_field")
        );
        assert_eq!(
            fields(r#"{"title":5,"lines":[]}"#),
            f("title", "invalid_type")
        );
        assert_eq!(
            fields(r#"{"title":"t","lines":[{"quantity":1},{"quantity":"2"}]}"#),
            f("lines[1].quantity", "invalid_type")
        );
        assert_eq!(
            fields(r#"{"title":"t","lines":[{}]}"#),
            f("lines[0].quantity", "required")
        );
    }

    #[test]
    fn syntax_errors_are_bad_requests() {
        for body in [
            r#"{"title":"#,
            "",
            "nonsense",
            r#"{"title":"t","lines":[]} extra"#,
        ] {
            assert!(
                matches!(
                    parse_json::<Doc>(body.as_bytes()),
                    Err(AppError::BadRequest {
                        code: ErrorCode::MalformedJson,
                        ..
                    })
                ),
                "{body}"
            );
        }
    }
}
