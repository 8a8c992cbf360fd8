//! Ids of the tables whose ids meet in one row or one call — users,
//! departments and applications — as distinct types, so that a department's
//! id passed where a user's is expected is a build error, not a 404 at run
//! time. Each is a UUID's text: JSON and rows carry the bare string
//! (`serde(transparent)`); read from a request they must be UUIDs, like
//! `input::Id`; the row mapping is in `db::vocabulary`.

/// Declares an id newtype; see the module documentation.
macro_rules! text_id {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(
            Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize,
            diesel::AsExpression, diesel::FromSqlRow,
        )]
        #[serde(transparent)]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub struct $name(String);

        impl $name {
            /// Wraps an id read from a trusted source (a row, a token, a path).
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// A fresh id (UUIDv7, so ids of one table sort by creation).
            pub fn generate() -> Self {
                Self(uuid::Uuid::now_v7().to_string())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        /// Read from a request: a UUID in canonical form, or the field's
        /// "must be a UUID" error, exactly as `input::Id`.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                <super::input::Id as serde::Deserialize>::deserialize(d).map(Self::from)
            }
        }

        /// A validated UUID from a request body or query.
        impl From<super::input::Id> for $name {
            fn from(id: super::input::Id) -> Self {
                Self(id.into_string())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        /// Tests name their fixtures' ids in words.
        #[cfg(test)]
        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        /// A UUID parsed by a query-string extractor.
        impl From<uuid::Uuid> for $name {
            fn from(id: uuid::Uuid) -> Self {
                Self(id.to_string())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self(s.to_owned()))
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }
    )+};
}

text_id!(
    /// A user account's id.
    UserId,
    /// A department's id.
    DepartmentId,
    /// An IT Application's id.
    ApplicationId,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_travel_as_bare_strings() {
        let text = "0190f5d2-8a3c-7b1e-9f00-0123456789ab";
        let id = UserId::new(text);
        assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{text}\""));
        assert_eq!(
            serde_json::from_str::<UserId>(&format!("\"{text}\"")).unwrap(),
            id
        );
        assert_eq!(id.to_string(), text);
        assert!(id == *text);
        let err = serde_json::from_str::<UserId>("\"u-1\"").unwrap_err();
        assert!(err.to_string().contains("must be a UUID"), "{err}");
        assert_ne!(UserId::generate(), UserId::generate());
    }
}
