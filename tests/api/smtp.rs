//! A real SMTP server on loopback for tests and benchmarks: it speaks the
//! protocol lettre uses (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps
//! what it receives, can be stopped and restarted on the same port to
//! simulate an outage, can answer chosen recipients or messages with an
//! error, and can stall before accepting a message (a slow relay).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

#[derive(Default)]
struct Shared {
    received: Vec<Received>,
    /// Recipient → SMTP reply line to answer RCPT with (e.g. "550 no such user").
    refusals: HashMap<String, String>,
    /// (text in the message, reply to its end of DATA instead of accepting it).
    data_refusals: Vec<(String, String)>,
    /// How long to wait before answering a message's end of DATA.
    stall: std::time::Duration,
}

pub struct SmtpSink {
    addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    server: Mutex<Option<JoinHandle<()>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sink = SmtpSink {
            addr: listener.local_addr().unwrap(),
            shared: Arc::default(),
            server: Mutex::new(None),
        };
        sink.serve(listener);
        sink
    }

    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Closes the listener and every open connection, like a crashed server.
    pub fn stop(&self) {
        if let Some(task) = self.server.lock().unwrap().take() {
            task.abort();
        }
    }

    /// Listens again on the same port.
    pub async fn restart(&self) {
        self.stop();
        let listener = TcpListener::bind(self.addr).await.unwrap();
        self.serve(listener);
    }

    pub fn refuse(&self, recipient: &str, reply: &str) {
        let mut shared = self.shared.lock().unwrap();
        shared
            .refusals
            .insert(recipient.to_owned(), reply.to_owned());
    }

    /// Answers any message whose data contains `text` with `reply`.
    pub fn refuse_containing(&self, text: &str, reply: &str) {
        let mut shared = self.shared.lock().unwrap();
        shared
            .data_refusals
            .push((text.to_owned(), reply.to_owned()));
    }

    /// Waits this long before accepting each message.
    pub fn stall(&self, for_: std::time::Duration) {
        self.shared.lock().unwrap().stall = for_;
    }

    pub fn accept_all(&self) {
        let mut shared = self.shared.lock().unwrap();
        shared.refusals.clear();
        shared.data_refusals.clear();
        shared.stall = std::time::Duration::ZERO;
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.lock().unwrap().received.clone()
    }

    fn serve(&self, listener: TcpListener) {
        let shared = self.shared.clone();
        let task = tokio::spawn(async move {
            let mut sessions = tokio::task::JoinSet::new();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    break;
                };
                sessions.spawn(session(stream, shared.clone()));
            }
        });
        // Aborting the accept task drops the JoinSet, which aborts every session.
        *self.server.lock().unwrap() = Some(task);
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn session(stream: TcpStream, shared: Arc<Mutex<Shared>>) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let mut envelope = Received {
        from: String::new(),
        to: Vec::new(),
        data: Vec::new(),
    };
    if write.write_all(b"220 sink.test ESMTP\r\n").await.is_err() {
        return;
    }
    let mut line = String::new();
    loop {
        line.clear();
        match lines.read_line(&mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let command = line.trim_end().to_owned();
        let verb = command
            .split([' ', ':'])
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        let reply = match verb.as_str() {
            "EHLO" => "250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8".to_owned(),
            "HELO" | "NOOP" => "250 OK".to_owned(),
            "RSET" => {
                envelope = Received {
                    from: String::new(),
                    to: Vec::new(),
                    data: Vec::new(),
                };
                "250 OK".to_owned()
            }
            "MAIL" => {
                envelope.from = address_in(&command);
                "250 OK".to_owned()
            }
            "RCPT" => {
                let to = address_in(&command);
                let refusal = shared.lock().unwrap().refusals.get(&to).cloned();
                match refusal {
                    Some(reply) => reply,
                    None => {
                        envelope.to.push(to);
                        "250 OK".to_owned()
                    }
                }
            }
            "DATA" => {
                if write
                    .write_all(b"354 end with <CRLF>.<CRLF>\r\n")
                    .await
                    .is_err()
                {
                    return;
                }
                let Some(data) = read_data(&mut lines).await else {
                    return;
                };
                let (stall, refusal) = {
                    let shared = shared.lock().unwrap();
                    let text = String::from_utf8_lossy(&data);
                    let refusal = shared
                        .data_refusals
                        .iter()
                        .find(|(t, _)| text.contains(t.as_str()))
                        .map(|(_, reply)| reply.clone());
                    (shared.stall, refusal)
                };
                tokio::time::sleep(stall).await;
                if let Some(reply) = refusal {
                    if write
                        .write_all(format!("{reply}\r\n").as_bytes())
                        .await
                        .is_err()
                    {
                        return;
                    }
                    envelope = Received {
                        from: String::new(),
                        to: Vec::new(),
                        data: Vec::new(),
                    };
                    continue;
                }
                envelope.data = data;
                let done = std::mem::replace(
                    &mut envelope,
                    Received {
                        from: String::new(),
                        to: Vec::new(),
                        data: Vec::new(),
                    },
                );
                shared.lock().unwrap().received.push(done);
                "250 OK queued".to_owned()
            }
            "QUIT" => {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            }
            _ => "502 command not implemented".to_owned(),
        };
        if write
            .write_all(format!("{reply}\r\n").as_bytes())
            .await
            .is_err()
        {
            return;
        }
    }
}

/// The message body up to the lone `.`, with dot-stuffing undone.
async fn read_data<R: tokio::io::AsyncBufRead + Unpin>(lines: &mut R) -> Option<Vec<u8>> {
    let mut data = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line).await.ok()? == 0 {
            return None;
        }
        if line == b".\r\n" || line == b".\n" {
            return Some(data);
        }
        let content = if line.starts_with(b"..") {
            &line[1..]
        } else {
            &line[..]
        };
        data.extend_from_slice(content);
    }
}

fn address_in(command: &str) -> String {
    let start = command.find('<').map_or(0, |i| i + 1);
    let end = command[start..]
        .find('>')
        .map_or(command.len(), |i| start + i);
    command[start..end].to_owned()
}
