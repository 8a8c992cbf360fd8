//! Every problem `code` the service can answer, in one place. A client
//! matches on these strings, so they never change once released; the set
//! is exactly the `enum` of `Problem.code` in openapi.yaml (a test compares
//! them). Field codes inside `errors[]` are a separate, open vocabulary.

use std::fmt;

macro_rules! error_codes {
    ($($variant:ident => $text:literal,)*) => {
        /// A stable snake_case problem code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($variant,)*
        }

        impl ErrorCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $text,)*
                }
            }
        }
    };
}

error_codes! {
    // 400: the request could not be read.
    MalformedJson => "malformed_json",
    UnreadableBody => "unreadable_body",
    // 401: who is calling.
    MissingToken => "missing_token",
    InvalidToken => "invalid_token",
    TokenExpired => "token_expired",
    TokenRevoked => "token_revoked",
    AccountDisabled => "account_disabled",
    InvalidCredentials => "invalid_credentials",
    // 403: not allowed.
    Forbidden => "forbidden",
    NotRequester => "not_requester",
    NotYourStep => "not_your_step",
    SelfApproval => "self_approval",
    FourEyes => "four_eyes",
    SelfFulfilment => "self_fulfilment",
    NotDelegator => "not_delegator",
    // 404, 405, 408, 412, 413, 415, 422, 429.
    NotFound => "not_found",
    MethodNotAllowed => "method_not_allowed",
    RequestTimeout => "request_timeout",
    VersionConflict => "version_conflict",
    PayloadTooLarge => "payload_too_large",
    UnsupportedMediaType => "unsupported_media_type",
    ValidationFailed => "validation_failed",
    TooManyRequests => "too_many_requests",
    // 409: the current state does not allow it.
    AlreadyExists => "already_exists",
    InvalidTransition => "invalid_transition",
    StepAlreadyDecided => "step_already_decided",
    OverBudget => "over_budget",
    OverBudgetUnconfirmed => "over_budget_unconfirmed",
    NoApprover => "no_approver",
    LastAdmin => "last_admin",
    InsufficientStock => "insufficient_stock",
    BalanceTooLarge => "balance_too_large",
    AlreadyApproved => "already_approved",
    AlreadyPending => "already_pending",
    AlreadySent => "already_sent",
    IdempotencyInProgress => "idempotency_in_progress",
    NotEmpty => "not_empty",
    ConcurrentChange => "concurrent_change",
    // 5xx.
    InternalError => "internal_error",
    ServiceUnavailable => "service_unavailable",
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode;
    use std::collections::HashSet;

    #[test]
    fn codes_are_distinct_snake_case() {
        let mut seen = HashSet::new();
        for code in ErrorCode::ALL {
            let text = code.as_str();
            assert!(seen.insert(text), "{text} twice");
            assert!(
                text.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{text} is not snake_case"
            );
        }
    }
}
