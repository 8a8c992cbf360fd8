//! The error every use case returns. It says *what went wrong* in terms a
//! client can act on (a stable `code`, the fields at fault); the `api` layer
//! turns it into an RFC 9457 problem response. No HTTP types live here.

use serde::Serialize;

mod code;
pub use code::ErrorCode;

/// One problem with one input field, e.g. `lines[2].quantity`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub(crate) fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

/// Collects every field problem of one input so all are reported at once.
#[derive(Debug, Default)]
pub(crate) struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    pub(crate) fn add(&mut self, field: impl Into<String>, code: &str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, code, message));
    }

    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many problems so far (to tell whether a check added one).
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// `Ok(())` when nothing was collected, else a 422-style error with all of them.
    pub(crate) fn into_result(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.0))
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Input understood but not acceptable; one entry per field.
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    /// The request itself could not be read (malformed JSON, bad header).
    #[error("{detail}")]
    BadRequest { code: ErrorCode, detail: String },
    #[error("{detail}")]
    Unauthorized { code: ErrorCode, detail: String },
    #[error("{detail}")]
    Forbidden { code: ErrorCode, detail: String },
    #[error("{entity} not found")]
    NotFound { entity: &'static str },
    /// The request conflicts with the current state (duplicate, wrong state…).
    #[error("{detail}")]
    Conflict {
        code: ErrorCode,
        detail: String,
        extra: Option<serde_json::Value>,
    },
    /// `If-Match` named a version that is no longer current; `yours` when
    /// the change in between was the caller's own (another tab, a retry).
    #[error("{}", version_conflict_message(*current, *yours))]
    VersionConflict { current: i64, yours: bool },
    #[error("{detail}")]
    UnsupportedMediaType { detail: String },
    #[error("request body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the request body did not arrive within {seconds} s")]
    RequestTimeout { seconds: u64 },
    #[error("too many attempts; retry in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error("{detail}")]
    Unavailable { detail: String },
    /// Anything unexpected. Logged with its cause chain, never shown to clients.
    #[error("internal error: {0}")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl AppError {
    /// The stable code a client (or a page's catalogue) reads this by.
    pub(crate) fn code(&self) -> ErrorCode {
        match self {
            AppError::Validation(_) => ErrorCode::ValidationFailed,
            AppError::BadRequest { code, .. }
            | AppError::Unauthorized { code, .. }
            | AppError::Forbidden { code, .. }
            | AppError::Conflict { code, .. } => *code,
            AppError::NotFound { .. } => ErrorCode::NotFound,
            AppError::VersionConflict { .. } => ErrorCode::VersionConflict,
            AppError::UnsupportedMediaType { .. } => ErrorCode::UnsupportedMediaType,
            AppError::PayloadTooLarge { .. } => ErrorCode::PayloadTooLarge,
            AppError::RequestTimeout { .. } => ErrorCode::RequestTimeout,
            AppError::RateLimited { .. } => ErrorCode::TooManyRequests,
            AppError::Unavailable { .. } => ErrorCode::ServiceUnavailable,
            AppError::Internal(_) => ErrorCode::InternalError,
        }
    }

    pub(crate) fn field(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, code, message)])
    }

    pub(crate) fn forbidden() -> Self {
        Self::Forbidden {
            code: ErrorCode::Forbidden,
            detail: "your roles do not allow this action".into(),
        }
    }

    pub(crate) fn conflict(code: ErrorCode, detail: impl Into<String>) -> Self {
        Self::Conflict {
            code,
            detail: detail.into(),
            extra: None,
        }
    }

    pub(crate) fn internal(err: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Self::Internal(err.into())
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(err: diesel::result::Error) -> Self {
        match err {
            diesel::result::Error::NotFound => Self::NotFound { entity: "resource" },
            other => Self::internal(other),
        }
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(err: diesel::r2d2::PoolError) -> Self {
        tracing::error!(error = %crate::domain::logsafe::clean(&err), "database pool exhausted or unreachable");
        Self::Unavailable {
            detail: "the database is not reachable right now; retry shortly".into(),
        }
    }
}

fn version_conflict_message(current: i64, yours: bool) -> String {
    if yours {
        format!("you changed this yourself since you read it (in another tab, or a retried request); it is now at version {current}: reload it and apply your edit again")
    } else {
        format!("the resource was changed by someone else (current version {current})")
    }
}
