//! Cookie sessions and CSRF. The session cookie carries the same opaque
//! token a bearer client holds, so pages and the API share one session
//! store, one expiry and one sign-out. Every state-changing form carries a
//! token derived from the session token (an attacker's page cannot read the
//! cookie, so it cannot compute it) and is refused when the browser says
//! the request came from another site.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use sha2::{Digest, Sha256};

use super::error::{UiError, PASSWORD_FIRST_PATHS};
use super::language::{self, browser_locale};
use crate::domain::locale::Locale;
use crate::error::AppError;
use crate::i18n::{page_locale, Tr};
use crate::service::auth;
use crate::service::identity::Actor;
use crate::service::AppContext;

pub(crate) const SESSION_COOKIE: &str = "procura_session";
/// The sign-in form's own CSRF token (double-submitted: cookie and field),
/// as no session exists yet to derive one from.
pub(crate) const SIGN_IN_COOKIE: &str = "procura_sign_in";

/// The signed-in person of a page request and the form token of their session.
pub(crate) struct SignedIn {
    pub actor: Actor,
    pub csrf: String,
    /// The language the browser asks for (see [`language::browser_locale`]).
    pub browser: Option<Locale>,
}

impl SignedIn {
    /// This person's language: their choice, else their browser's.
    pub(crate) fn locale(&self, ctx: &AppContext) -> Locale {
        page_locale(
            ctx.settings.default_locale,
            self.actor.user.locale,
            self.browser,
        )
    }

    /// The lookup in this person's language, for words a handler builds.
    pub(crate) fn tr(&self, ctx: &AppContext) -> Tr {
        Tr::new(self.locale(ctx), ctx.settings.timezone)
    }
}

impl FromRequest for SignedIn {
    type Error = UiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, UiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let ctx = req.app_data::<web::Data<AppContext>>().cloned();
        let token = req.cookie(SESSION_COOKIE).map(|c| c.value().to_owned());
        let next = return_path(req);
        let password_page = PASSWORD_FIRST_PATHS.contains(&req.path());
        let browser = browser_locale(req);
        Box::pin(async move {
            let ctx = ctx.ok_or_else(|| UiError::App(AppError::internal("no context")))?;
            let Some(token) = token else {
                return Err(UiError::SignIn { next });
            };
            match auth::authenticate(&ctx, &token).await {
                Ok(actor) if actor.user.must_change_password && !password_page => {
                    Err(UiError::PasswordFirst)
                }
                Ok(actor) => {
                    let who = SignedIn {
                        csrf: csrf_for(&token),
                        actor,
                        browser,
                    };
                    language::settle(who.locale(&ctx));
                    Ok(who)
                }
                Err(AppError::Unauthorized { .. }) => Err(UiError::SignIn { next }),
                Err(e) => Err(UiError::App(e)),
            }
        })
    }
}

/// Where sign-in should lead back to: the page asked for (GET), or the
/// page a form was on (its own path is a POST-only action).
fn return_path(req: &HttpRequest) -> String {
    if req.method() == actix_web::http::Method::GET {
        let uri = req.uri();
        return uri
            .path_and_query()
            .map_or("/".to_owned(), |p| p.as_str().to_owned());
    }
    "/".to_owned()
}

/// The form token of a session: a hash of its token, so it needs no storage
/// and changes with every sign-in.
pub(crate) fn csrf_for(session_token: &str) -> String {
    let digest = Sha256::digest(format!("procura-csrf\n{session_token}").as_bytes());
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// 403 unless the form's token is `expected` and the browser does not say
/// the request came from another site.
pub(crate) fn check_form(
    req: &HttpRequest,
    sent: Option<&str>,
    expected: &str,
    public_url: &str,
) -> Result<(), UiError> {
    let token_ok = sent.is_some_and(|s| same_bytes(s.as_bytes(), expected.as_bytes()));
    if token_ok && same_origin(req, public_url) {
        Ok(())
    } else {
        Err(UiError::Csrf)
    }
}

/// 403 when the browser says the request came from another site: for
/// forms whose secret is in their URL (an email's decision link).
pub(crate) fn check_origin(req: &HttpRequest, public_url: &str) -> Result<(), UiError> {
    if same_origin(req, public_url) {
        Ok(())
    } else {
        Err(UiError::Csrf)
    }
}

/// `Sec-Fetch-Site` when the browser sends it, else `Origin` when present:
/// either must name this site. A client sending neither (not a browser)
/// is judged by its token alone.
fn same_origin(req: &HttpRequest, public_url: &str) -> bool {
    let header = |name| req.headers().get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = header(header::HeaderName::from_static("sec-fetch-site")) {
        return matches!(site, "same-origin" | "none");
    }
    let Some(origin) = header(header::ORIGIN) else {
        return true;
    };
    let info = req.connection_info();
    let served = format!("{}://{}", info.scheme(), info.host());
    origin == served || origin == origin_of(public_url)
}

/// `https://procura.example.com/x` → `https://procura.example.com`.
fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(slash) => &url[..after_scheme + slash],
        None => url,
    }
}

/// Equal without an early exit on the first differing byte.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The session cookie for a new sign-in: HttpOnly, SameSite=Lax, Secure
/// behind https, living as long as the session.
pub(crate) fn session_cookie(token: String, secure: bool, ttl_hours: i64) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, token)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(CookieDuration::hours(ttl_hours))
        .finish()
}

/// A cookie that tells the browser to forget `name`.
pub(crate) fn expired_cookie(name: &'static str, path: &'static str) -> Cookie<'static> {
    let mut cookie = Cookie::build(name, "").path(path).http_only(true).finish();
    cookie.make_removal();
    cookie
}

/// The sign-in form's double-submit cookie, valid for an hour on `/sign-in`.
pub(crate) fn sign_in_cookie(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(SIGN_IN_COOKIE, value)
        .path("/sign-in")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .max_age(CookieDuration::hours(1))
        .finish()
}

/// A path of this site to go to after sign-in; anything else (another
/// host, `//evil`, `/\evil`, a scheme) becomes `/`.
pub(crate) fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.starts_with("/\\")
                && !n.chars().any(|c| c.is_control()) =>
        {
            n.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(
            safe_next(Some("/applications/1?x=2")),
            "/applications/1?x=2"
        );
        for bad in ["//evil.example", "/\\evil", "https://evil", "evil", "/a\nb"] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn the_form_token_depends_on_the_session() {
        assert_eq!(csrf_for("pcr_a"), csrf_for("pcr_a"));
        assert_ne!(csrf_for("pcr_a"), csrf_for("pcr_b"));
        assert_eq!(csrf_for("pcr_a").len(), 32);
    }

    #[test]
    fn origins_are_cut_from_urls() {
        assert_eq!(
            origin_of("https://p.example.com/x/y"),
            "https://p.example.com"
        );
        assert_eq!(origin_of("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
    }
}
