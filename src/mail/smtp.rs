//! SMTP delivery over lettre's own client (`AsyncSmtpConnection`), with
//! the connections opened here so that their sockets have `TCP_NODELAY`.
//! lettre writes a message's body and its closing `.` separately; with
//! Nagle's algorithm on, the second write waits for the relay's delayed ACK
//! (about 40 ms), which capped one connection at ~25 messages/s
//! (docs/BENCHMARKS.md). Each connection is reused for many messages and
//! kept while idle for a short time; STARTTLS and authentication are
//! lettre's. Implicit TLS (`smtps://`) stays on lettre's pooled transport
//! (see `mail::Mailer`), since lettre opens that socket itself.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::transport::smtp::Error;
use lettre::Message;

use super::SendError;

/// A connection idle longer than this is closed rather than reused (relays
/// drop idle clients after a minute or more; Postfix after 300 s).
const MAX_IDLE: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Whether and how a plain `smtp://` connection is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StartTls {
    Never,
    Opportunistic,
    Required,
}

/// One relay, from `smtp_url`, with the connections kept open to it.
pub(crate) struct Relay {
    host: String,
    port: u16,
    starttls: StartTls,
    credentials: Option<Credentials>,
    hello: ClientId,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
    keep: usize,
}

impl Relay {
    /// Parses an `smtp://[user:password@]host[:port][/ehlo-name][?tls=…]`
    /// URL as lettre does (`tls=required` or `opportunistic`, port 25, or
    /// 587 with `tls`); `None` for `smtps://`, which lettre's transport keeps.
    pub(crate) fn from_url(url: &str, keep: usize) -> Result<Option<Self>, String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("smtp_url is not a URL: {e}"))?;
        if parsed.scheme() != "smtp" {
            return Ok(None);
        }
        let tls = parsed
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let starttls = match tls.as_deref() {
            None => StartTls::Never,
            Some("opportunistic") => StartTls::Opportunistic,
            Some("required") => StartTls::Required,
            Some(other) => return Err(format!("smtp_url has an unknown tls={other}")),
        };
        let host = parsed
            .host_str()
            .ok_or("smtp_url names no host")?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let default_port = if starttls == StartTls::Never { 25 } else { 587 };
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        let credentials = parsed
            .password()
            .map(|password| Credentials::new(decode(parsed.username()), decode(password)));
        let name = parsed.path().trim_matches('/');
        let hello = if name.is_empty() {
            ClientId::default()
        } else {
            ClientId::Domain(name.to_owned())
        };
        Ok(Some(Self {
            host,
            port: parsed.port().unwrap_or(default_port),
            starttls,
            credentials,
            hello,
            idle: Mutex::new(Vec::new()),
            keep,
        }))
    }

    /// Opens a connection: TCP with `TCP_NODELAY`, EHLO, STARTTLS when
    /// configured, then authentication.
    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let address = (self.host.as_str(), self.port);
        let unreachable =
            |e: std::io::Error| SendError::Unavailable(format!("{}:{}: {e}", self.host, self.port));
        let stream = tokio::time::timeout(CONNECT_TIMEOUT, tokio::net::TcpStream::connect(address))
            .await
            .map_err(|_| unreachable(std::io::ErrorKind::TimedOut.into()))?
            .map_err(unreachable)?;
        stream.set_nodelay(true).map_err(unreachable)?;
        self.handshake(stream).await.map_err(|e| classify(&e))
    }

    async fn handshake(&self, stream: tokio::net::TcpStream) -> Result<AsyncSmtpConnection, Error> {
        let mut conn =
            AsyncSmtpConnection::connect_with_transport(Box::new(stream), &self.hello).await?;
        let encrypt = match self.starttls {
            StartTls::Never => false,
            StartTls::Opportunistic => conn.can_starttls(),
            StartTls::Required => true,
        };
        if encrypt {
            conn.starttls(TlsParameters::new(self.host.clone())?, &self.hello)
                .await?;
        }
        if let Some(credentials) = &self.credentials {
            conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials)
                .await?;
        }
        Ok(conn)
    }

    /// An idle connection young enough to reuse, if any.
    fn reuse(&self) -> Option<AsyncSmtpConnection> {
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        while let Some((conn, since)) = idle.pop() {
            if since.elapsed() < MAX_IDLE {
                return Some(conn);
            }
            // Too old: dropped; the relay has likely closed it already.
        }
        None
    }

    fn keep_open(&self, conn: AsyncSmtpConnection) {
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !conn.has_broken() && idle.len() < self.keep {
            idle.push((conn, Instant::now()));
        }
    }

    /// Sends one message, on a kept connection when there is one. A kept
    /// connection that fails before the relay answered is retried once on a
    /// fresh one (the relay may have closed it while idle).
    pub(crate) async fn send(&self, message: &Message) -> Result<(), SendError> {
        let body = message.formatted();
        if let Some(mut conn) = self.reuse() {
            match conn.send(message.envelope(), &body).await {
                Ok(_) => {
                    self.keep_open(conn);
                    return Ok(());
                }
                Err(e) if e.is_permanent() || e.is_transient() => return Err(classify(&e)),
                Err(_) => conn.abort().await,
            }
        }
        let mut conn = self.connect().await?;
        conn.send(message.envelope(), &body)
            .await
            .map_err(|e| classify(&e))?;
        self.keep_open(conn);
        Ok(())
    }

    /// Whether the relay answers now: connect, EHLO, QUIT.
    pub(crate) async fn probe(&self) -> bool {
        match self.connect().await {
            Ok(mut conn) => {
                let _ = conn.quit().await;
                true
            }
            Err(_) => false,
        }
    }
}

/// A relay's 5xx is permanent, its 4xx transient; anything else (refused,
/// reset, timed out, TLS) means the relay cannot be talked to right now.
pub(crate) fn classify(e: &Error) -> SendError {
    if e.is_permanent() {
        SendError::Permanent(e.to_string())
    } else if e.is_transient() {
        SendError::Transient(e.to_string())
    } else {
        SendError::Unavailable(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_read_as_lettre_reads_them() {
        let relay = |url: &str| Relay::from_url(url, 1).unwrap().unwrap();
        let r = relay("smtp://127.0.0.1:2525");
        assert_eq!(
            (r.host.as_str(), r.port, r.starttls),
            ("127.0.0.1", 2525, StartTls::Never)
        );
        let r = relay("smtp://u%40x:p%2Fw@mail.example.com?tls=required");
        assert_eq!((r.port, r.starttls), (587, StartTls::Required));
        assert!(r.credentials.is_some());
        let r = relay("smtp://mail.example.com/procura.example.com?tls=opportunistic");
        assert_eq!(r.hello, ClientId::Domain("procura.example.com".into()));
        assert_eq!(r.port, 587);
        assert!(Relay::from_url("smtps://mail.example.com", 1)
            .unwrap()
            .is_none());
        assert!(Relay::from_url("smtp://mail.example.com?tls=sometimes", 1).is_err());
    }
}
