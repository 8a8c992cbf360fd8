//! The stylesheet and scripts, embedded in the binary and served under
//! content-hashed names (`/assets/procura.3f2a9c01d4.css`) with
//! `Cache-Control: immutable`: a new build changes the name, so a browser
//! never keeps a stale copy and never asks twice for a current one.

use std::sync::LazyLock;

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use sha2::{Digest, Sha256};

struct Source {
    stem: &'static str,
    extension: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

/// htmx is vendored from its npm package at the version in the file name
/// (docs/architecture/ui.md says how to update it).
const SOURCES: [Source; 3] = [
    Source {
        stem: "procura",
        extension: "css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("assets/procura.css"),
    },
    Source {
        stem: "htmx-2.0.11.min",
        extension: "js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("assets/htmx-2.0.11.min.js"),
    },
    Source {
        stem: "procura",
        extension: "js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("assets/procura.js"),
    },
];

struct Served {
    url: String,
    content_type: &'static str,
    body: &'static [u8],
}

static SERVED: LazyLock<Vec<Served>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|s| {
            let digest = Sha256::digest(s.body);
            let hash: String = digest[..5].iter().map(|b| format!("{b:02x}")).collect();
            Served {
                url: format!("/assets/{}.{hash}.{}", s.stem, s.extension),
                content_type: s.content_type,
                body: s.body,
            }
        })
        .collect()
});

/// The hashed URLs the layout links to.
#[derive(Clone, Copy)]
pub(crate) struct AssetUrls {
    pub css: &'static str,
    pub htmx: &'static str,
    pub script: &'static str,
}

pub(crate) fn urls() -> AssetUrls {
    let url = |i: usize| SERVED.get(i).map_or("", |s| s.url.as_str());
    AssetUrls {
        css: url(0),
        htmx: url(1),
        script: url(2),
    }
}

/// `GET /assets/{file}`: an embedded asset by its hashed name; 404 for any
/// other name (an old hash included: it names a build that is gone).
pub(crate) async fn serve(file: web::Path<String>) -> HttpResponse {
    let wanted = format!("/assets/{}", file.into_inner());
    match SERVED.iter().find(|s| s.url == wanted) {
        Some(asset) => HttpResponse::Ok()
            .insert_header((header::CONTENT_TYPE, asset.content_type))
            .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
            .body(asset.body),
        None => HttpResponse::NotFound()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .content_type("text/plain; charset=utf-8")
            .body("no such asset"),
    }
}
