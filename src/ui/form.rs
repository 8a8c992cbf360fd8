//! An HTML form's fields as posted (`application/x-www-form-urlencoded`),
//! kept in order with repeats, plus the field problems a page shows beside
//! each field.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use sha2::{Digest, Sha256};

use super::error::UiError;
use super::session::SignedIn;
use crate::error::{AppError, FieldError};
use crate::service::idempotency::IdempotencyKey;

/// Largest form a page posts (an application with a few hundred lines).
pub(crate) const MAX_FORM_BYTES: usize = 256 * 1024;

pub(crate) struct FormData(Vec<(String, String)>);

impl FormData {
    pub(crate) fn parse(body: &[u8]) -> Self {
        Self(form_urlencoded::parse(body).into_owned().collect())
    }

    /// The first value of `name`.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value of `name`, trimmed; empty when absent.
    pub(crate) fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").trim().to_owned()
    }

    pub(crate) fn fields(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The form's once-only key (its hidden `key` field, minted when the
    /// form was shown), scoped to `who` and `scope`: a form sent twice —
    /// a double click that got through, a resend after a lost answer —
    /// records once. The fingerprint covers every field but the token and
    /// the key, so the same key with other values is refused, not replayed.
    pub(crate) fn once_key(&self, who: &SignedIn, scope: &str) -> Option<IdempotencyKey> {
        let key = self.get("key").filter(|k| !k.is_empty() && k.len() <= 64)?;
        let mut hasher = Sha256::new();
        hasher.update(scope);
        for (k, v) in self.fields().filter(|(k, _)| !matches!(*k, "csrf" | "key")) {
            hasher.update(b"\n");
            hasher.update(k);
            hasher.update(b"=");
            hasher.update(v);
        }
        let request_hash = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Some(IdempotencyKey {
            user_id: who.actor.user_id.clone(),
            key: format!("ui:{scope}:{key}"),
            request_hash,
        })
    }
}

impl FromRequest for FormData {
    type Error = UiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, UiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_form = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !is_form {
                return Err(UiError::App(AppError::UnsupportedMediaType {
                    detail: "pages post forms as application/x-www-form-urlencoded".into(),
                }));
            }
            let bytes = body.await.map_err(|_| {
                UiError::App(AppError::PayloadTooLarge {
                    limit: MAX_FORM_BYTES,
                })
            })?;
            Ok(FormData::parse(&bytes))
        })
    }
}

/// The fields a conflict names (`{"errors": [{field, code, message}]}`
/// beside it, as a SKU or an email already used): shown beside those
/// fields, with the conflict's own status.
fn conflicting_fields(e: &AppError) -> Option<Vec<FieldError>> {
    let AppError::Conflict {
        extra: Some(extra), ..
    } = e
    else {
        return None;
    };
    let list: Vec<FieldError> = extra["errors"]
        .as_array()?
        .iter()
        .filter_map(|f| {
            Some(FieldError::new(
                f["field"].as_str()?,
                f["code"].as_str()?,
                f["message"].as_str().unwrap_or_default(),
            ))
        })
        .collect();
    (!list.is_empty()).then_some(list)
}

/// The problems of one form, looked up by field name in the template.
#[derive(Default)]
pub(crate) struct Problems {
    /// Each problem with the field it is shown beside (its own, unless
    /// [`Problems::rename`] moved it).
    list: Vec<(String, FieldError)>,
    /// Problems whose field the form does not show, said at the top.
    pub general: Vec<String>,
}

impl Problems {
    pub(crate) fn none() -> Self {
        Self::default()
    }

    pub(crate) fn from_fields(list: Vec<FieldError>) -> Self {
        Self {
            list: list.into_iter().map(|e| (e.field.clone(), e)).collect(),
            general: Vec::new(),
        }
    }

    pub(crate) fn general(message: String) -> Self {
        Self {
            list: Vec::new(),
            general: vec![message],
        }
    }

    /// What a form shows when its use case refused: field problems beside
    /// their fields (422), a conflict, a refusal or throttling at the top
    /// in the reader's words, with its own status; anything else is an
    /// error page.
    pub(crate) fn refusal(
        e: AppError,
        t: &crate::i18n::Tr,
    ) -> Result<(Self, actix_web::http::StatusCode), UiError> {
        let status = e.status();
        if let Some(list) = conflicting_fields(&e) {
            return Ok((Self::from_fields(list), status));
        }
        match e {
            AppError::Validation(list) => Ok((Self::from_fields(list), status)),
            AppError::Conflict { .. }
            | AppError::VersionConflict { .. }
            | AppError::Forbidden { .. }
            | AppError::RateLimited { .. } => Ok((Self::general(t.refusal(&e)), status)),
            other => Err(other.into()),
        }
    }

    /// [`Problems::refusal`] for a form showing the fields `shown`: their
    /// problems beside them, every other one at the top.
    pub(crate) fn refused(
        e: AppError,
        t: &crate::i18n::Tr,
        shown: &[String],
    ) -> Result<(Self, actix_web::http::StatusCode), UiError> {
        let (problems, status) = Self::refusal(e, t)?;
        Ok((problems.keep_fields(shown, t), status))
    }

    /// Shows every problem with field `from` beside field `to` (a use
    /// case's `reason` is the page's comment box); it is still worded as
    /// the problem of `from` it is ("a rejection needs a reason").
    pub(crate) fn rename(mut self, from: &str, to: &str) -> Self {
        for (at, _) in self.list.iter_mut().filter(|(at, _)| at == from) {
            *at = to.to_owned();
        }
        self
    }

    /// The problem with `field`, if any.
    pub(crate) fn get(&self, field: &str) -> Option<&FieldError> {
        self.list.iter().find(|(at, _)| at == field).map(|(_, e)| e)
    }

    /// The problem with field `name` of line `index`.
    pub(crate) fn line(&self, index: &usize, name: &str) -> Option<&FieldError> {
        self.get(&format!("lines[{index}].{name}"))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty() && self.general.is_empty()
    }

    pub(crate) fn count(&self) -> usize {
        self.list.len() + self.general.len()
    }

    /// Moves every problem whose field is not in `shown` to the general list.
    pub(crate) fn keep_fields(mut self, shown: &[String], t: &crate::i18n::Tr) -> Self {
        let (kept, other): (Vec<_>, Vec<_>) = self
            .list
            .into_iter()
            .partition(|(at, _)| shown.contains(at));
        self.general.extend(
            other
                .iter()
                .map(|(at, e)| format!("{at}: {}", t.problem(e))),
        );
        self.list = kept;
        self
    }
}

/// A date filter as typed (`YYYY-MM-DD`, what a date input sends): empty
/// is no filter, anything else unreadable is `field`'s problem.
pub(crate) fn day_filter(text: &str, field: &str) -> Result<Option<chrono::NaiveDate>, FieldError> {
    match text.trim() {
        "" => Ok(None),
        t => chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| FieldError::new(field, "invalid_date", "must be a date (YYYY-MM-DD)")),
    }
}
