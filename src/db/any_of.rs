//! `column IN (ids)` as one statement that stays prepared on both
//! backends. diesel's `eq_any` over a list writes one placeholder per value
//! on SQLite and marks the statement unsafe to cache (so do its `sql()`
//! literals): a page's read was prepared anew on every request, a sixth of
//! a list's time when measured, and the inbox reached 5,000 pages/s only
//! without it. [`AnyOf`] writes one constant SQL text for its column type
//! and binds the ids as one value, so diesel caches the statement by type:
//! on SQLite `IN (SELECT value FROM json_each(?))` with a JSON array, on
//! PostgreSQL `= ANY($1)` with a text array (what `eq_any` writes there).
//! For text columns (the ids); a subquery's `eq_any` is constant SQL and
//! needs none of this.

use diesel::expression::{AppearsOnTable, Expression, ValidGrouping};
use diesel::pg::Pg;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::sql_types::{Array, Bool, Text};
use diesel::sqlite::Sqlite;
use diesel::QueryResult;

/// `column` is one of `ids`.
#[derive(Debug, Clone, QueryId)]
pub(crate) struct AnyOf<C> {
    column: C,
    ids: Vec<String>,
    /// `ids` as a JSON array, for SQLite's `json_each`.
    json: String,
}

/// `column` is one of `ids` (none: matches nothing).
pub(crate) fn any_of<C, T: ToString>(column: C, ids: &[T]) -> AnyOf<C> {
    let ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
    let json = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".to_owned());
    AnyOf { column, ids, json }
}

impl<C: Expression> Expression for AnyOf<C> {
    type SqlType = Bool;
}

impl<C: AppearsOnTable<QS>, QS> AppearsOnTable<QS> for AnyOf<C> {}

impl<C: ValidGrouping<GB>, GB> ValidGrouping<GB> for AnyOf<C> {
    type IsAggregate = C::IsAggregate;
}

impl<C: QueryFragment<Sqlite>> QueryFragment<Sqlite> for AnyOf<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" IN (SELECT value FROM json_each(");
        out.push_bind_param::<Text, String>(&self.json)?;
        out.push_sql("))");
        Ok(())
    }
}

impl<C: QueryFragment<Pg>> QueryFragment<Pg> for AnyOf<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" = ANY(");
        out.push_bind_param::<Array<Text>, Vec<String>>(&self.ids)?;
        out.push_sql(")");
        Ok(())
    }
}
