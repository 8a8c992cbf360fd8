//! Keyset pagination shared by every list: `?limit=` (default 50, max 500)
//! and an opaque `?cursor=` (the last id of the previous page).

use serde::Serialize;

use crate::error::{AppError, AppResult};

pub(crate) const DEFAULT_LIMIT: i64 = 50;
pub(crate) const MAX_LIMIT: i64 = 500;

#[derive(Debug, Clone)]
pub(crate) struct PageRequest {
    pub limit: i64,
    pub after: Option<String>,
}

impl PageRequest {
    pub(crate) fn parse(limit: Option<i64>, cursor: Option<String>) -> AppResult<Self> {
        Self::parse_keyed(limit, cursor, 1)
    }

    /// For lists ordered by a composite key: the cursor is `parts` ids
    /// joined by `_` (see [`composite_cursor`]).
    pub(crate) fn parse_keyed(
        limit: Option<i64>,
        cursor: Option<String>,
        parts: usize,
    ) -> AppResult<Self> {
        let limit = limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(AppError::field(
                "limit",
                "out_of_range",
                format!("must be between 1 and {MAX_LIMIT}"),
            ));
        }
        let after = cursor.filter(|c| !c.is_empty());
        if let Some(c) = &after {
            let ids: Vec<&str> = c.split('_').collect();
            if ids.len() != parts || ids.iter().any(|id| uuid::Uuid::parse_str(id).is_err()) {
                return Err(AppError::field(
                    "cursor",
                    "invalid_cursor",
                    "is not a cursor returned by this list",
                ));
            }
        }
        Ok(Self { limit, after })
    }

    /// Rows to fetch: one more than the page, to know whether another follows.
    pub(crate) fn fetch_limit(&self) -> i64 {
        self.limit + 1
    }
}

/// The cursor of a row keyed by several ids; sorts like the tuple because
/// every id has the same length.
pub(crate) fn composite_cursor(ids: &[&str]) -> String {
    ids.join("_")
}

#[derive(Debug, Serialize)]
pub(crate) struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// Builds a page from up to `limit + 1` rows; `id_of` gives the cursor.
    pub(crate) fn from_rows(
        mut rows: Vec<T>,
        request: &PageRequest,
        id_of: impl Fn(&T) -> String,
    ) -> Self {
        let more = rows.len() as i64 > request.limit;
        rows.truncate(request.limit as usize);
        let next_cursor = if more { rows.last().map(id_of) } else { None };
        Self {
            items: rows,
            next_cursor,
        }
    }

    pub(crate) fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            next_cursor: self.next_cursor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_cursor_only_when_more_rows_exist() {
        let req = PageRequest::parse(Some(2), None).unwrap();
        let page = Page::from_rows(vec![1, 2, 3], &req, |n| n.to_string());
        assert_eq!(page.items, vec![1, 2]);
        assert_eq!(page.next_cursor.as_deref(), Some("2"));
        let page = Page::from_rows(vec![1, 2], &req, |n| n.to_string());
        assert_eq!(page.next_cursor, None);
    }

    #[test]
    fn limits_are_bounded() {
        assert!(PageRequest::parse(Some(0), None).is_err());
        assert!(PageRequest::parse(Some(501), None).is_err());
        assert!(PageRequest::parse(None, Some("garbage".into())).is_err());
        assert_eq!(PageRequest::parse(None, None).unwrap().limit, 50);
    }
}
