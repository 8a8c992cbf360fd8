//! What both HTTP front ends — the JSON API (`api`) and the pages (`ui`) —
//! share and neither owns: who the client is, the request-line guard and
//! the security headers. Nothing here knows a use case or a row.

pub(crate) mod client;
pub(crate) mod guard;
pub(crate) mod headers;
