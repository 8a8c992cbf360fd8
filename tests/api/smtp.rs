//! A real SMTP server on loopback for tests and benchmarks: it speaks the
//! protocol lettre uses (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps
//! what it receives, can be stopped and restarted on the same port to
//! simulate an outage, and can answer chosen recipients with an error.

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

    pub fn accept_all(&self) {
        self.shared.lock().unwrap().refusals.clear();
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
