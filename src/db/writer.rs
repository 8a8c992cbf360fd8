//! SQLite's single writer as one thread with group commit. SQLite allows one
//! writer at a time, so concurrent write requests used to queue on a
//! one-connection pool, each paying a thread hand-off, `BEGIN IMMEDIATE`
//! and `COMMIT`. Here one thread owns the write connection, takes every
//! write waiting in its queue (up to [`MAX_BATCH`]), runs each inside its
//! own savepoint of one shared transaction, and commits once.
//!
//! Each write keeps its own atomicity: an `Err` rolls back to its savepoint
//! and only that caller sees the error; the others still commit. No caller
//! hears `Ok` before the shared `COMMIT` succeeded, so an acknowledged write
//! is as durable as before; if the commit fails, every caller of the batch
//! gets the error. A write that panics abandons its whole batch (each
//! caller gets an internal error) and the connection is replaced, because
//! its transaction state is no longer known; so does a failed `BEGIN` or
//! `COMMIT`, whose callers all get the error.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;

use diesel::connection::SimpleConnection;
use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::r2d2::ManageConnection;
use diesel::Connection;

use super::connection::Manager;
use super::DbConnection;
use crate::error::{AppError, AppResult};

/// Writes one transaction may carry: enough to amortise the commit under
/// load, few enough that one batch stays short.
pub(crate) const MAX_BATCH: usize = 64;
/// The writer connection's page cache (SQLite's default is 2,000 KiB).
const WRITER_CACHE_KIB: u32 = 32 * 1024;

/// What a queued write does once the batch's fate is known: `None` when the
/// batch committed, the error otherwise.
type Finish = Box<dyn FnOnce(Option<&AppError>) + Send>;
/// A queued write: runs on the connection (or learns it never can) and
/// returns how to report its outcome.
type Job = Box<dyn FnOnce(Option<&mut DbConnection>) -> Finish + Send>;

#[derive(Clone)]
pub(crate) struct GroupWriter {
    queue: mpsc::Sender<Job>,
}

impl GroupWriter {
    /// Starts the writer thread with its own connection from `manager`.
    pub(crate) fn start(manager: Manager) -> Result<Self, String> {
        let first = connect(&manager).map_err(|e| e.to_string())?;
        let (queue, jobs) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("procura-writer".into())
            .spawn(move || run(manager, first, jobs))
            .map_err(|e| format!("cannot start the database writer: {e}"))?;
        Ok(Self { queue })
    }

    /// Queues `f` and hands its outcome to `reply` after the commit.
    pub(crate) fn submit<T, F>(
        &self,
        f: F,
        reply: impl FnOnce(AppResult<T>) + Send + 'static,
    ) -> AppResult<()>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
    {
        let job: Job = Box::new(move |conn| {
            let result = conn.map(|c| c.transaction(|c| f(c)));
            Box::new(move |batch_error| {
                reply(match (result, batch_error) {
                    (Some(Err(own)), _) => Err(own),
                    (Some(Ok(value)), None) => Ok(value),
                    (_, Some(err)) => Err(AppError::internal(format!(
                        "the write was not committed: {err}"
                    ))),
                    (None, None) => Err(AppError::internal("the write never ran")),
                })
            })
        });
        self.queue
            .send(job)
            .map_err(|_| AppError::internal("the database writer has stopped"))
    }
}

fn run(manager: Manager, first: DbConnection, jobs: mpsc::Receiver<Job>) {
    let mut conn = Some(first);
    while let Ok(job) = jobs.recv() {
        let mut batch = vec![job];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        if conn.is_none() {
            conn = connect(&manager)
                .map_err(|e| tracing::error!(error = %e, "database writer cannot reconnect"))
                .ok();
        }
        match conn.as_mut() {
            Some(c) => {
                if !run_batch(c, batch) {
                    // A panic or a failed BEGIN/COMMIT leaves the transaction
                    // manager in a state not worth trusting: start over on a
                    // fresh connection.
                    conn = None;
                }
            }
            None => fail_all(
                batch,
                &AppError::internal("the database writer has no connection"),
            ),
        }
    }
}

/// The writer's connection, with a larger page cache than a reader's: its
/// inserts land all over the indexes of a growing database, and SQLite's
/// default 2 MB cache sent most of those page reads to the kernel.
fn connect(manager: &Manager) -> Result<DbConnection, super::connection::ConnectError> {
    let mut conn = manager.connect()?;
    if let DbConnection::Sqlite(c) = &mut conn {
        c.batch_execute(&format!("PRAGMA cache_size = -{WRITER_CACHE_KIB};"))?;
    }
    Ok(conn)
}

fn fail_all(batch: Vec<Job>, err: &AppError) {
    for job in batch {
        job(None)(Some(err));
    }
}

/// Runs one batch in one transaction; `false` when the connection should be
/// replaced (a write panicked, or BEGIN or COMMIT failed).
fn run_batch(conn: &mut DbConnection, batch: Vec<Job>) -> bool {
    if let Err(e) = begin(conn) {
        fail_all(batch, &AppError::from(e));
        return false;
    }
    let mut finishes = Vec::with_capacity(batch.len());
    let mut jobs = batch.into_iter();
    for job in jobs.by_ref() {
        match catch_unwind(AssertUnwindSafe(|| job(Some(conn)))) {
            Ok(finish) => finishes.push(finish),
            Err(_) => {
                tracing::error!("a database write panicked; its batch is rolled back");
                let err = AppError::internal("a write in the same batch failed; retry");
                let _ =
                    <DbConnection as Connection>::TransactionManager::rollback_transaction(conn);
                finishes.into_iter().for_each(|f| f(Some(&err)));
                fail_all(jobs.collect(), &err);
                return false;
            }
        }
    }
    type Tm = <DbConnection as Connection>::TransactionManager;
    match Tm::commit_transaction(conn) {
        Ok(()) => {
            finishes.into_iter().for_each(|f| f(None));
            true
        }
        Err(e) => {
            let _ = Tm::rollback_transaction(conn);
            let err = AppError::from(e);
            finishes.into_iter().for_each(|f| f(Some(&err)));
            false
        }
    }
}

fn begin(conn: &mut DbConnection) -> diesel::QueryResult<()> {
    match conn {
        DbConnection::Sqlite(c) => {
            AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")
        }
        DbConnection::Postgresql(c) => AnsiTransactionManager::begin_transaction(c),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc as std_mpsc;

    use diesel::connection::SimpleConnection;
    use diesel::sql_types::BigInt;
    use diesel::RunQueryDsl;

    use super::*;
    use crate::db::connection::Backend;

    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }

    fn writer(dir: &tempfile::TempDir) -> (GroupWriter, Manager) {
        let url = format!("sqlite://{}", dir.path().join("w.db").display());
        let backend = Backend::from_url(&url).unwrap();
        let manager = Manager {
            backend: backend.clone(),
        };
        manager
            .connect()
            .unwrap()
            .batch_execute("CREATE TABLE t (n BIGINT NOT NULL)")
            .unwrap();
        (GroupWriter::start(Manager { backend }).unwrap(), manager)
    }

    fn insert(n: i64) -> impl FnOnce(&mut DbConnection) -> AppResult<i64> + Send + 'static {
        move |conn| {
            conn.batch_execute(&format!("INSERT INTO t (n) VALUES ({n})"))?;
            if n % 3 == 0 {
                return Err(AppError::conflict(
                    crate::error::ErrorCode::InvalidTransition,
                    "multiples of three are refused",
                ));
            }
            Ok(n)
        }
    }

    fn stored(manager: &Manager) -> Vec<i64> {
        let mut conn = manager.connect().unwrap();
        let mut rows: Vec<i64> = diesel::sql_query("SELECT n FROM t")
            .load::<Count>(&mut conn)
            .unwrap()
            .into_iter()
            .map(|c| c.n)
            .collect();
        rows.sort_unstable();
        rows
    }

    #[test]
    fn each_write_keeps_its_own_outcome_inside_a_shared_commit() {
        let dir = tempfile::tempdir().unwrap();
        let (writer, manager) = writer(&dir);
        let (tx, rx) = std_mpsc::channel();
        // Queued faster than they run, so batches hold many writes.
        for n in 1..=200 {
            let tx = tx.clone();
            writer
                .submit(insert(n), move |r| tx.send((n, r.is_ok())).unwrap())
                .unwrap();
        }
        let outcomes: Vec<(i64, bool)> = (0..200).map(|_| rx.recv().unwrap()).collect();
        for (n, ok) in outcomes {
            assert_eq!(ok, n % 3 != 0, "{n}");
        }
        let expected: Vec<i64> = (1..=200).filter(|n| n % 3 != 0).collect();
        assert_eq!(
            stored(&manager),
            expected,
            "refused writes left nothing behind"
        );
    }

    #[test]
    fn a_panicking_write_fails_its_batch_and_the_writer_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let (writer, manager) = writer(&dir);
        type Write = Box<dyn FnOnce(&mut DbConnection) -> AppResult<i64> + Send>;
        let queue = |f: Write| {
            let (tx, rx) = std_mpsc::channel();
            writer.submit(f, move |r| tx.send(r).unwrap()).unwrap();
            rx
        };
        let first = queue(Box::new(insert(1)));
        let panicking = queue(Box::new(|_: &mut DbConnection| -> AppResult<i64> {
            panic!("a bug")
        }));
        let second = queue(Box::new(insert(2)));
        // The panicking write's reply is dropped: its caller sees an error.
        assert!(panicking.recv().is_err());
        let committed: Vec<i64> = [first, second]
            .iter()
            .filter_map(|rx| rx.recv().unwrap().ok())
            .collect();
        // Whatever shared the panicking write's batch was not committed.
        assert_eq!(stored(&manager), committed);
        let after = queue(Box::new(insert(4)));
        assert_eq!(after.recv().unwrap().unwrap(), 4);
        assert!(stored(&manager).contains(&4));
    }

    #[test]
    fn the_writer_connection_has_its_larger_page_cache() {
        #[derive(diesel::QueryableByName)]
        struct CacheSize {
            #[diesel(sql_type = BigInt)]
            cache_size: i64,
        }
        let dir = tempfile::tempdir().unwrap();
        let (writer, _) = writer(&dir);
        let (tx, rx) = std_mpsc::channel();
        writer
            .submit(
                |conn| {
                    let rows: Vec<CacheSize> = diesel::sql_query("PRAGMA cache_size").load(conn)?;
                    Ok(rows[0].cache_size)
                },
                move |r| tx.send(r).unwrap(),
            )
            .unwrap();
        let kib = -i64::from(WRITER_CACHE_KIB);
        assert_eq!(rx.recv().unwrap().unwrap(), kib);
    }
}
