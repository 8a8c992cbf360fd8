//! The one mapping between the domain's vocabularies and text columns, for
//! both backends: a value is written as its `as_str()` and read back with
//! `FromStr`, so a row holding an unknown word is a read error, never a
//! silently wrong state. Ids (`domain::ids`) use the same mapping; their
//! parse cannot fail.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::pg::Pg;
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Text;
use diesel::sqlite::Sqlite;

use crate::domain::applications::{Category, Status};
use crate::domain::approval::{StepKind, StepStatus};
use crate::domain::backoff::DeliveryStatus;
use crate::domain::budget::BudgetKind;
use crate::domain::carry::Section;
use crate::domain::ids::{ApplicationId, DepartmentId, UserId};
use crate::domain::locale::Locale;
use crate::domain::stock::{LocationKind, MovementKind};

macro_rules! stored_as_text {
    ($($ty:ty),+ $(,)?) => {$(
        impl ToSql<Text, Sqlite> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
                <str as ToSql<Text, Sqlite>>::to_sql(self.as_str(), out)
            }
        }

        impl ToSql<Text, Pg> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
                <str as ToSql<Text, Pg>>::to_sql(self.as_str(), out)
            }
        }

        impl<DB: Backend> FromSql<Text, DB> for $ty
        where
            String: FromSql<Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                let text = <String as FromSql<Text, DB>>::from_sql(bytes)?;
                text.parse::<$ty>().map_err(Into::into)
            }
        }
    )+};
}

stored_as_text!(
    Status,
    Category,
    StepKind,
    StepStatus,
    DeliveryStatus,
    BudgetKind,
    MovementKind,
    LocationKind,
    Section,
    Locale,
    UserId,
    DepartmentId,
    ApplicationId,
);
