//! The addresses emails link to: the web UI's pages, under
//! `PROCURA_PUBLIC_URL`. One place, so a page that moves moves every link.

/// `https://procura.example.com/applications/{id}`.
pub(crate) fn application(public_url: &str, id: &str) -> String {
    format!("{}/applications/{id}", public_url.trim_end_matches('/'))
}

/// The approver's inbox: what waits for their decision.
pub(crate) fn inbox(public_url: &str) -> String {
    format!("{}/inbox", public_url.trim_end_matches('/'))
}

/// A budget revision's page.
pub(crate) fn budget(public_url: &str, id: &str) -> String {
    format!("{}/budgets/{id}", public_url.trim_end_matches('/'))
}

/// The single-use decision link of an "approval needed" mail.
pub(crate) fn decision(public_url: &str, token: &str) -> String {
    format!("{}/decide/{token}", public_url.trim_end_matches('/'))
}
