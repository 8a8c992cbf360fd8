//! The closed vocabularies of the domain (statuses, kinds, categories) as
//! enums with one stable snake_case text each: the text is what JSON, the
//! database and the templates carry. `text_enum!` gives each enum `ALL`,
//! `as_str`, `Display`, `FromStr` and serde; the `diesel` derives only
//! declare "stored as text" — the one mapping to rows is in `db::vocabulary`.

/// Declares a closed vocabulary; see the module documentation.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash,
            serde::Serialize, serde::Deserialize,
            diesel::AsExpression, diesel::FromSqlRow,
        )]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub(crate) const ALL: &'static [$name] = &[$($name::$variant),+];

            pub(crate) fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
                    .ok_or_else(|| format!("unknown {} `{s}`", stringify!($name)))
            }
        }
    };
}

pub(crate) use text_enum;

#[cfg(test)]
mod tests {
    text_enum!(Sample { One = "one", TwoWords = "two_words" });

    #[test]
    fn text_serde_and_parse_agree() {
        for v in Sample::ALL {
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(json, format!("\"{}\"", v.as_str()));
            assert_eq!(v.as_str().parse::<Sample>(), Ok(*v));
        }
        assert!("three".parse::<Sample>().is_err());
    }
}
