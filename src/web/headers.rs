//! Security headers on every response, API and pages alike. The API
//! answers JSON only, so its default policy forbids everything a browser
//! could load or frame from it; pages replace the policy and the referrer
//! rule with [`PAGE_POLICY`] and [`PAGE_REFERRER`] (a header a response
//! already carries is not overwritten by the defaults).

use actix_web::middleware::DefaultHeaders;

/// Pages load their own stylesheet and scripts and nothing else: no inline
/// script or style, no plugin, never framed, forms post only to us.
pub(crate) const PAGE_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// Pages link to each other with their paths; other sites learn nothing.
pub(crate) const PAGE_REFERRER: &str = "same-origin";

/// The headers sent with every response; HSTS only when the public URL is https.
pub(crate) fn security_headers(https: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "no-referrer"))
        .add((
            "Content-Security-Policy",
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        ))
        .add(("Cross-Origin-Resource-Policy", "same-origin"));
    if https {
        headers.add(("Strict-Transport-Security", "max-age=31536000"))
    } else {
        headers
    }
}
