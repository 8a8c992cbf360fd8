//! Argon2id password hashing with the OWASP-recommended parameters
//! (19 MiB, 2 passes, 1 lane — the `argon2` crate's defaults).
//!
//! Async callers use [`hash_off_thread`] and [`verify_off_thread`]: they run
//! on a small fixed pool of hasher threads (one per core, at most four), so
//! a flood of sign-ins queues instead of running hundreds of 19 MiB
//! computations side by side on tokio's blocking pool, whose many threads
//! would each keep a malloc arena at its peak (measured: 3,000 failed
//! sign-ins grew the server by 1.9 GB that way; see docs/security.md).

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{Output, PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};

use crate::error::{AppError, AppResult};

pub fn hash(password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::internal(e.to_string()))
}

/// Constant-work verification: a malformed stored hash counts as a mismatch.
/// The Argon2 working memory is the calling thread's reused buffer, not a
/// fresh 19 MiB allocation per attempt: freed and allocated again on every
/// sign-in, glibc kept such buffers in its per-thread arenas (the sign-in
/// benchmark grew the server by 1.5 GB in 1,500 attempts).
pub(crate) fn verify(password: &str, stored_hash: &str) -> bool {
    verify_parsed(password, stored_hash).unwrap_or(false)
}

fn verify_parsed(password: &str, stored_hash: &str) -> Option<bool> {
    let parsed = PasswordHash::new(stored_hash).ok()?;
    let (expected, salt) = (parsed.hash?, parsed.salt?);
    let params = Params::try_from(&parsed).ok()?;
    let algorithm = Algorithm::try_from(parsed.algorithm).ok()?;
    let version = match parsed.version {
        Some(v) => Version::try_from(v).ok()?,
        None => Version::default(),
    };
    let mut salt_buf = [0u8; 64];
    let salt = salt.decode_b64(&mut salt_buf).ok()?;
    let argon = Argon2::new(algorithm, version, params.clone());
    let mut out = vec![0u8; expected.len()];
    with_blocks(params.block_count(), |blocks| {
        argon.hash_password_into_with_memory(password.as_bytes(), salt, &mut out, blocks)
    })
    .ok()?;
    // `Output`'s equality is constant-time.
    Some(Output::new(&out).ok()? == expected)
}

thread_local! {
    static BLOCKS: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` with this thread's Argon2 memory, sized to `count` blocks.
fn with_blocks<T>(count: usize, f: impl FnOnce(&mut [Block]) -> T) -> T {
    BLOCKS.with(|cell| {
        let mut blocks = cell.borrow_mut();
        if blocks.len() != count {
            *blocks = vec![Block::default(); count];
        }
        f(&mut blocks)
    })
}

type Job = Box<dyn FnOnce() + Send>;

/// The hasher threads' queue, started on first use.
fn pool() -> &'static std::sync::mpsc::SyncSender<Job> {
    static POOL: std::sync::OnceLock<std::sync::mpsc::SyncSender<Job>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
        // Waiting jobs are small (a password and a hash); the bound only
        // stops a runaway producer from growing the queue without end.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Job>(10_000);
        let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
        for n in 0..threads {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("procura-hasher-{n}"))
                .spawn(move || loop {
                    let job = match rx.lock().unwrap_or_else(|e| e.into_inner()).recv() {
                        Ok(job) => job,
                        Err(_) => return,
                    };
                    job();
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a password hasher thread");
            }
        }
        tx
    })
}

/// Runs `work` on a hasher thread and waits for it without blocking the executor.
async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> AppResult<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = tx.send(work());
    });
    let sender = pool().clone();
    // `send` blocks only when 10,000 jobs already wait; do that off the executor.
    tokio::task::spawn_blocking(move || sender.send(job))
        .await
        .map_err(AppError::internal)?
        .map_err(|_| AppError::internal("the password hashers stopped"))?;
    rx.await
        .map_err(|_| AppError::internal("a password hasher dropped its job"))
}

/// [`hash`] on the hasher threads.
pub(crate) async fn hash_off_thread(password: String) -> AppResult<String> {
    off_thread(move || hash(&password)).await?
}

/// [`verify`] on the hasher threads; with no stored hash (an unknown or
/// disabled account) against [`dummy_hash`], so the work is the same.
pub(crate) async fn verify_off_thread(
    password: String,
    stored_hash: Option<String>,
) -> AppResult<bool> {
    off_thread(move || match stored_hash.as_deref() {
        Some(stored) => verify(&password, stored),
        None => {
            verify(&password, dummy_hash());
            false
        }
    })
    .await
}

/// The hash of a random, forgotten password, with the same parameters as
/// [`hash`] (a test keeps them equal): verified against when the account
/// does not exist, so timing does not reveal which emails are registered.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$4xRX56q7glpGtB94bXYQKA$9wNABOWQcZG2V1EyA4+FSrGuAowvhhLGzZGJGX0cSjw";

pub(crate) fn dummy_hash() -> &'static str {
    DUMMY_HASH
}

/// `bytes` random bytes from the OS, hex-encoded.
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buf);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// A readable one-time password for the first admin: 4 groups of 5 characters
/// from an alphabet without look-alikes.
pub(crate) fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut buf = [0u8; 20];
    OsRng.fill_bytes(&mut buf);
    let chars: Vec<char> = buf
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect();
    chars
        .chunks(5)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dummy_hash_costs_what_a_real_one_does() {
        let real = hash("any password").unwrap();
        let (dummy, real) = (
            PasswordHash::new(dummy_hash()).unwrap(),
            PasswordHash::new(&real).unwrap(),
        );
        assert_eq!(dummy.algorithm, real.algorithm);
        assert_eq!(dummy.version, real.version);
        assert_eq!(
            Params::try_from(&dummy).unwrap(),
            Params::try_from(&real).unwrap()
        );
        assert!(!verify("any password", dummy_hash()));
    }

    #[test]
    fn hash_then_verify() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery", &h));
        assert!(!verify("wrong", &h));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn generated_passwords_are_long_and_distinct() {
        let a = generate_password();
        assert_eq!(a.len(), 23);
        assert_ne!(a, generate_password());
        assert_eq!(random_token(32).len(), 64);
    }
}
