//! Instants cross the database boundary as naive UTC timestamps (the one
//! timestamp type both backends share); the rest of the code uses `DateTime<Utc>`.

use chrono::{DateTime, NaiveDateTime, Utc};

pub fn to_db(t: DateTime<Utc>) -> NaiveDateTime {
    t.naive_utc()
}

pub(crate) fn from_db(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}
