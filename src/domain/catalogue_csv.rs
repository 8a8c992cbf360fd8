//! The catalogue as a CSV file, pure: the columns, and reading a file into
//! items. A file is all-or-nothing: every bad cell is reported by line and
//! column (`line 3: unit_cost`), so nothing of a bad file is applied.
//! Cells are read back through `spreadsheet::restore`, the inverse of what
//! an export does against formula injection.

use std::collections::HashSet;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::applications::Category;
use super::catalogue::{check_item, NewItem};
use super::input::{Money, Quantity, Text};
use super::spreadsheet;
use crate::error::{AppError, AppResult, FieldErrors};

pub(crate) const COLUMNS: [&str; 9] = [
    "sku",
    "name",
    "category",
    "unit",
    "unit_cost",
    "supplier",
    "lead_time_days",
    "order_multiple",
    "active",
];

/// One parsed row: the item as the create rules see it, plus `active`
/// and the line of the file its record starts on.
pub(crate) struct ImportRow {
    pub line: usize,
    pub item: NewItem,
    pub active: bool,
}

/// Most rows one import takes (the body is also capped in bytes).
pub(crate) const MAX_ROWS: usize = 20_000;

/// A cell as bounded text; a cell over the bound is reported and cut.
fn bounded<const N: usize>(value: &str, column: &str, bad: &mut dyn FnMut(&str, &str)) -> Text<N> {
    Text::new(value).unwrap_or_else(|message| {
        bad(column, &message);
        Text::truncated(value)
    })
}

/// The header names the required columns and nothing unknown.
fn check_header(headers: &csv::StringRecord) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    let has = |name: &str| headers.iter().any(|h| h.eq_ignore_ascii_case(name));
    for required in ["sku", "name", "unit", "unit_cost"] {
        if !has(required) {
            errors.add(
                "line 1",
                "missing_column",
                format!("the header has no `{required}` column"),
            );
        }
    }
    for h in headers.iter() {
        if !COLUMNS.iter().any(|c| c.eq_ignore_ascii_case(h)) {
            errors.add(
                "line 1",
                "unknown_column",
                format!("`{h}` is not a catalogue column"),
            );
        }
    }
    errors.into_result()
}

/// Reads a catalogue file: the header must have the required columns and
/// no others; every bad cell is reported as `line N: column`.
pub(crate) fn parse(bytes: &[u8]) -> AppResult<Vec<ImportRow>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| AppError::field("line 1", "invalid_csv", e.to_string()))?
        .clone();
    let position = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    check_header(&headers)?;
    let mut rows = Vec::new();
    let mut seen_skus = HashSet::new();
    let mut errors = FieldErrors::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        if index >= MAX_ROWS {
            errors.add(
                format!("line {line}"),
                "too_many_rows",
                format!("a file may hold at most {MAX_ROWS} items; split it"),
            );
            break;
        }
        // The physical line a record starts on: a quoted cell may span lines.
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line() as usize);
                errors.add(format!("line {line}"), "invalid_csv", e.to_string());
                continue;
            }
        };
        let line = record.position().map_or(line, |p| p.line() as usize);
        let cell = |name: &str| {
            let raw = position(name).and_then(|i| record.get(i)).unwrap_or("");
            spreadsheet::restore(raw).to_owned()
        };
        let mut bad = |column: &str, message: &str| {
            errors.add(format!("line {line}: {column}"), "invalid_value", message)
        };
        let decimal = |name: &str, default: &str, bad: &mut dyn FnMut(&str, &str)| {
            let text = cell(name);
            let text = if text.is_empty() {
                default.to_owned()
            } else {
                text
            };
            Decimal::from_str(&text).unwrap_or_else(|_| {
                bad(name, "is not a decimal number");
                Decimal::ZERO
            })
        };
        let unit_cost = Money::new(decimal("unit_cost", "", &mut bad)).unwrap_or_else(|m| {
            bad("unit_cost", &m);
            Money::default()
        });
        let order_multiple = Quantity::new(decimal("order_multiple", "1", &mut bad))
            .unwrap_or_else(|m| {
                bad("order_multiple", &m);
                Quantity::default()
            });
        let category = match cell("category").as_str() {
            "" => Category::Consumables,
            text => text.parse().unwrap_or_else(|_| {
                bad(
                    "category",
                    "must be hardware, software, consumables, services or other",
                );
                Category::Consumables
            }),
        };
        let lead_time_days = match cell("lead_time_days").as_str() {
            "" => 0,
            text => text.parse().unwrap_or_else(|_| {
                bad("lead_time_days", "is not a whole number of days");
                0
            }),
        };
        let active = match cell("active").to_ascii_lowercase().as_str() {
            "" | "true" | "yes" | "1" => true,
            "false" | "no" | "0" => false,
            _ => {
                bad("active", "must be true or false");
                true
            }
        };
        let supplier = Some(cell("supplier"))
            .filter(|s| !s.is_empty())
            .map(|s| bounded(&s, "supplier", &mut bad));
        let item = NewItem {
            sku: bounded(&cell("sku"), "sku", &mut bad),
            name: bounded(&cell("name"), "name", &mut bad),
            category,
            unit: bounded(&cell("unit"), "unit", &mut bad),
            unit_cost,
            supplier,
            lead_time_days,
            order_multiple,
        };
        if let Err(AppError::Validation(list)) = check_item(&item) {
            for f in list {
                errors.add(format!("line {line}: {}", f.field), &f.code, f.message);
            }
        }
        // A set, not a scan of the rows so far: a big file stays linear.
        if !seen_skus.insert(item.sku.to_string()) {
            errors.add(
                format!("line {line}: sku"),
                "duplicate",
                "appears twice in this file",
            );
        }
        rows.push(ImportRow { line, item, active });
    }
    errors.into_result()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<String> {
        match parse(text.as_bytes()) {
            Ok(_) => vec![],
            Err(AppError::Validation(list)) => list.into_iter().map(|e| e.field).collect(),
            Err(other) => panic!("{other}"),
        }
    }

    const HEAD: &str = "sku,name,unit,unit_cost";

    #[test]
    fn a_good_file_reads_every_column() {
        let file =
            "sku,name,category,unit,unit_cost,supplier,lead_time_days,order_multiple,active\n\
                    TN-1,Toner,consumables,pcs,12.50,Acme,5,2,no\n\
                    LP-1,Laptop,hardware,pcs,900,,0,1,\n";
        let rows = parse(file.as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].item.sku.as_str(), "TN-1");
        assert_eq!(rows[0].item.unit_cost.get().to_string(), "12.50");
        assert_eq!(rows[0].item.lead_time_days, 5);
        assert!(!rows[0].active);
        assert_eq!(rows[1].item.category, Category::Hardware);
        assert!(rows[1].item.supplier.is_none());
        assert!(rows[1].active, "an empty `active` means active");
    }

    /// `(file, fields at fault)`: every bad cell named by line and column.
    #[test]
    fn bad_files_table() {
        let cases: [(String, &[&str]); 9] = [
            ("sku,name,unit_cost\nA,B,1\n".into(), &["line 1"]),
            (format!("{HEAD},colour\nA,B,pcs,1,red\n"), &["line 1"]),
            (format!("{HEAD}\nA,B,pcs,twelve\n"), &["line 2: unit_cost"]),
            (format!("{HEAD}\nA,B,pcs,-1\n"), &["line 2: unit_cost"]),
            (
                format!("{HEAD},category\nA,B,pcs,1,food\n"),
                &["line 2: category"],
            ),
            (
                format!("{HEAD},active\nA,B,pcs,1,maybe\n"),
                &["line 2: active"],
            ),
            (
                format!("{HEAD},lead_time_days\nA,B,pcs,1,soon\n"),
                &["line 2: lead_time_days"],
            ),
            (format!("{HEAD}\nA,B,pcs,1\nA,C,pcs,2\n"), &["line 3: sku"]),
            (
                format!("{HEAD}\nA,B,pcs,x\nC,D,pcs,y\n"),
                &["line 2: unit_cost", "line 3: unit_cost"],
            ),
        ];
        for (file, expected) in cases {
            assert_eq!(fields(&file), expected, "{file}");
        }
    }

    #[test]
    fn a_cell_spanning_lines_keeps_later_line_numbers_true() {
        let file = format!("{HEAD},supplier\nA,B,pcs,1,\"Acme\nNorth\"\nC,D,pcs,bad,\n");
        // The line break is refused in a one-line field, and the next bad cell
        // is on line 4, where its record starts.
        assert_eq!(fields(&file), ["line 2: supplier", "line 4: unit_cost"]);
    }

    #[test]
    fn headers_match_in_any_case_and_cells_are_trimmed() {
        let rows = parse(b"SKU, Name ,UNIT,Unit_Cost\n TN-1 , Toner , pcs , 3 \n").unwrap();
        assert_eq!(rows[0].item.name.as_str(), "Toner");
    }
}
