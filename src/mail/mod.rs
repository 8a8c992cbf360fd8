//! Outgoing mail: the templates and the transport. SMTP when `smtp_url` is
//! set: `smtp://` (plain on loopback, STARTTLS elsewhere) over lettre's
//! client on connections of our own with `TCP_NODELAY` (`smtp`), `smtps://`
//! on lettre's pooled transport; otherwise `.eml` files under `mail_dir`, so
//! the service runs with zero set-up and mail can be read.

pub mod defaults;
mod functions;
pub(crate) mod smtp;
pub mod templates;

use std::path::Path;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// SMTP connections kept open; the dispatcher sends this many messages at once.
pub(crate) const POOL_CONNECTIONS: u32 = 16;

/// One message ready to send, as stored in the outbox.
#[derive(Debug, Clone)]
pub(crate) struct OutgoingMail {
    /// The outbox row id; the Message-ID derives from it, so a re-send after
    /// a crash is recognisably the same message.
    pub id: String,
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachments: Vec<MailAttachment>,
}

#[derive(Debug, Clone)]
pub(crate) struct MailAttachment {
    pub filename: String,
    pub content_type: String,
    pub content: Vec<u8>,
}

/// Why a send did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SendError {
    /// The server could not be reached or talked to (refused, timeout, TLS):
    /// nothing else will get through either right now.
    Unavailable(String),
    /// The server answered 4xx for this message: retry it later.
    Transient(String),
    /// Will never work (5xx, unparseable address).
    Permanent(String),
}

enum Transport {
    Relay(smtp::Relay),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

pub struct Mailer {
    from: Mailbox,
    message_id_domain: String,
    transport: Transport,
}

impl Mailer {
    /// SMTP from `smtp_url`, else `.eml` files in `mail_dir` (created if missing).
    pub fn new(smtp_url: Option<&str>, mail_from: &str, mail_dir: &Path) -> Result<Self, String> {
        let from: Mailbox = mail_from
            .parse()
            .map_err(|e| format!("mail_from `{mail_from}` is not a usable address: {e}"))?;
        let message_id_domain = from.email.domain().to_owned();
        let transport = match smtp_url {
            Some(url) => {
                let url = with_tls_policy(url);
                // lettre validates every URL, also the ones `smtp` reads.
                let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(&url)
                    .map_err(|e| format!("smtp_url is not usable: {e}"))?
                    .pool_config(PoolConfig::new().max_size(POOL_CONNECTIONS));
                match smtp::Relay::from_url(&url, POOL_CONNECTIONS as usize)? {
                    Some(relay) => Transport::Relay(relay),
                    None => Transport::Smtp(builder.build()),
                }
            }
            None => {
                std::fs::create_dir_all(mail_dir)
                    .map_err(|e| format!("cannot create mail_dir {}: {e}", mail_dir.display()))?;
                Transport::Files(AsyncFileTransport::new(mail_dir))
            }
        };
        Ok(Self {
            from,
            message_id_domain,
            transport,
        })
    }

    pub(crate) fn describe(&self) -> &'static str {
        match self.transport {
            Transport::Relay(_) | Transport::Smtp(_) => "SMTP",
            Transport::Files(_) => ".eml files",
        }
    }

    /// Whether the mail server answers now (a connection and EHLO); files
    /// always do.
    pub(crate) async fn probe(&self) -> bool {
        match &self.transport {
            Transport::Relay(relay) => relay.probe().await,
            Transport::Smtp(smtp) => smtp.test_connection().await.unwrap_or(false),
            Transport::Files(_) => true,
        }
    }

    pub(crate) async fn send(&self, mail: &OutgoingMail) -> Result<(), SendError> {
        let message = self.build(mail)?;
        match &self.transport {
            Transport::Relay(relay) => relay.send(&message).await,
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| smtp::classify(&e)),
            Transport::Files(files) => files
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| SendError::Unavailable(e.to_string())),
        }
    }

    fn build(&self, mail: &OutgoingMail) -> Result<Message, SendError> {
        let mut builder = Message::builder()
            .from(self.from.clone())
            .subject(mail.subject.clone())
            .message_id(Some(format!("<{}@{}>", mail.id, self.message_id_domain)));
        for address in &mail.to {
            let mailbox: Mailbox = address.parse().map_err(|e| {
                SendError::Permanent(format!("recipient `{address}` is not an address: {e}"))
            })?;
            builder = builder.to(mailbox);
        }
        let alternative = MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone());
        let body = if mail.attachments.is_empty() {
            alternative
        } else {
            let mut mixed = MultiPart::mixed().multipart(alternative);
            for a in &mail.attachments {
                mixed = mixed.singlepart(attachment_part(a)?);
            }
            mixed
        };
        builder
            .multipart(body)
            .map_err(|e| SendError::Permanent(format!("message cannot be built: {e}")))
    }
}

fn attachment_part(a: &MailAttachment) -> Result<SinglePart, SendError> {
    let content_type = ContentType::parse(&a.content_type).map_err(|e| {
        SendError::Permanent(format!(
            "attachment {} has a bad content type: {e}",
            a.filename
        ))
    })?;
    Ok(Attachment::new(a.filename.clone()).body(a.content.clone(), content_type))
}

/// `smtp://` means STARTTLS-required unless the host is the loopback, where
/// plain SMTP is normal; an explicit `?tls=` in the URL always wins.
fn with_tls_policy(url: &str) -> String {
    if !url.starts_with("smtp://") || url.contains("tls=") {
        return url.to_owned();
    }
    let host = url["smtp://".len()..]
        .rsplit('@')
        .next()
        .unwrap_or("")
        .split(['/', '?'])
        .next()
        .unwrap_or("");
    let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
    let loopback =
        matches!(host, "localhost" | "127.0.0.1" | "[::1]" | "::1") || host.starts_with("127.");
    if loopback {
        url.to_owned()
    } else {
        let sep = if url.contains('?') { '&' } else { '?' };
        format!("{url}{sep}tls=required")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starttls_is_required_off_loopback() {
        let cases = [
            ("smtp://127.0.0.1:2525", "smtp://127.0.0.1:2525"),
            ("smtp://localhost", "smtp://localhost"),
            (
                "smtp://u:p@mail.example.com:587",
                "smtp://u:p@mail.example.com:587?tls=required",
            ),
            (
                "smtp://mail.example.com?tls=opportunistic",
                "smtp://mail.example.com?tls=opportunistic",
            ),
            (
                "smtps://u:p@mail.example.com",
                "smtps://u:p@mail.example.com",
            ),
        ];
        for (given, expected) in cases {
            assert_eq!(with_tls_policy(given), expected);
        }
    }

    #[test]
    fn messages_are_multipart_with_a_stable_message_id() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::new(None, "procura@example.com", dir.path()).unwrap();
        let mail = OutgoingMail {
            id: "0195f0e2-0000-7000-8000-000000000001".into(),
            to: vec!["ann@example.com".into()],
            subject: "Hello".into(),
            text: "plain".into(),
            html: "<p>html</p>".into(),
            attachments: vec![MailAttachment {
                filename: "lines.csv".into(),
                content_type: "text/csv".into(),
                content: b"a,b\n1,2\n".to_vec(),
            }],
        };
        let raw = String::from_utf8(mailer.build(&mail).unwrap().formatted()).unwrap();
        assert!(
            raw.contains("Message-ID: <0195f0e2-0000-7000-8000-000000000001@example.com>"),
            "{raw}"
        );
        assert!(raw.contains("multipart/mixed") && raw.contains("multipart/alternative"));
        assert!(raw.contains("filename=\"lines.csv\""));
        let bad = OutgoingMail {
            to: vec!["not an address".into()],
            ..mail
        };
        assert!(matches!(mailer.build(&bad), Err(SendError::Permanent(_))));
    }
}
