//! Security headers on every response, API and (later) pages alike. The API
//! answers JSON only, so its policy forbids everything a browser could load
//! or frame from it.

use actix_web::middleware::DefaultHeaders;

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
