//! Test set-up through the db layer: users and their sessions are written
//! straight into the database, so a test that needs five approvers pays no
//! Argon2 hash or sign-in per person. What the API does with users is tested
//! over HTTP in `accounts.rs` and `auth.rs`; here only the rows matter.

use std::sync::OnceLock;

use procura::db::{self, time, users::NewUserRow};
use procura::domain::ids::{DepartmentId, UserId};
use procura::service::{auth, passwords, users};
use serde_json::Value;

use crate::helpers::{TestApp, PASSWORD};

/// [`PASSWORD`] hashed once per test binary (with the production hasher,
/// so a fixture user can still sign in over HTTP).
fn password_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| passwords::hash(PASSWORD).expect("hash"))
}

impl TestApp {
    /// Creates an active user with `roles` (password [`PASSWORD`]) and a
    /// session for them; returns the user as the API shows it, and the token.
    pub async fn user_with(&self, roles: &[&str], department_id: Option<&str>) -> (Value, String) {
        let email = format!("{}@example.com", uuid::Uuid::now_v7().simple());
        let user = self
            .insert_user(&email, "Test User", roles, department_id)
            .await;
        let token = self.session_for(user["id"].as_str().unwrap()).await;
        (user, token)
    }

    /// Inserts a user row with its roles, as the users service would.
    pub async fn insert_user(
        &self,
        email: &str,
        name: &str,
        roles: &[&str],
        department_id: Option<&str>,
    ) -> Value {
        let (id, email, name) = (UserId::generate(), email.to_owned(), name.to_owned());
        let department_id = department_id.map(DepartmentId::new);
        let roles: Vec<String> = roles.iter().map(|r| r.to_string()).collect();
        let stamp = time::to_db(self.clock_now());
        let view = self
            .ctx
            .db
            .write(move |conn| {
                let row = NewUserRow {
                    id: &id,
                    email: &email,
                    name: &name,
                    password_hash: password_hash(),
                    department_id: department_id.as_ref(),
                    active: true,
                    version: 1,
                    created_at: stamp,
                    updated_at: stamp,
                };
                let roles: Vec<&str> = roles.iter().map(String::as_str).collect();
                db::users::insert(conn, &row, &roles)?;
                users::load_view(conn, &id)
            })
            .await
            .expect("fixture user");
        serde_json::to_value(view).unwrap()
    }

    /// A bearer token for `user_id`, issued as a sign-in issues it.
    pub async fn session_for(&self, user_id: &str) -> String {
        auth::start_session(
            &self.ctx,
            UserId::new(user_id),
            "127.0.0.1".into(),
            self.clock_now(),
        )
        .await
        .expect("fixture session")
        .token
    }
}
