//! A budget as files for finance: CSV with exact decimal strings, and XLSX
//! with a `Lines` sheet, a `Carried over` sheet (the carried-over and stale
//! lines again, for action), a `Totals` sheet keyed by department code
//! and name, and from the second revision on a `Changes` sheet (each line
//! added, removed or changed since the revision before). The CSV stays
//! one table of lines, what accounting imports. Both open cleanly in Excel and LibreOffice: the CSV is UTF-8
//! with a byte-order mark and CRLF line ends under a stable header
//! (docs/guide/budgets.md#exports); the XLSX has date cells for dates, a
//! frozen header row, fitted columns, and quantities shown without a
//! trailing point. XLSX cells hold numbers as binary doubles (the format has
//! no decimal type); amounts are whole cents, which doubles represent
//! exactly far beyond any budget, so totals read back equal to the cent.
//! The CSV is the exact record. The XLSX is read by people: its sheet
//! names and column headings are in the reader's language (the messages
//! `mail-xlsx-*`), while its cells keep their types and codes (`new`,
//! `stale`, `overall`; the overrun column is a boolean cell), which are the
//! same in every language.

use chrono::Datelike;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::views::{BudgetLineView, BudgetView, DepartmentNames, RevisionChanges, TotalView};
use crate::domain::carry::Section;
use crate::domain::spreadsheet;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;

/// The lines' header, in both files; documented, and kept stable.
pub(crate) const LINE_COLUMNS: [&str; 14] = [
    "position",
    "section",
    "source",
    "source_ref",
    "description",
    "department_code",
    "department",
    "category",
    "quantity",
    "unit_price",
    "amount",
    "currency",
    "due_on",
    "days_overdue",
];

const CHANGE_COLUMNS: [&str; 9] = [
    "change",
    "source_ref",
    "description",
    "department_code",
    "department",
    "category",
    "before",
    "after",
    "difference",
];

const TOTAL_COLUMNS: [&str; 10] = [
    "group",
    "code",
    "name",
    "total",
    "new",
    "carried_over",
    "stale",
    "limit",
    "remaining",
    "overrun",
];

pub(crate) fn file_name(budget: &BudgetView, extension: &str) -> String {
    format!(
        "procura-budget-{}-{}-r{}.{extension}",
        budget.kind, budget.period_start, budget.revision
    )
}

fn department_of(names: &DepartmentNames, id: Option<&String>) -> (String, String) {
    id.and_then(|id| names.get(id)).cloned().unwrap_or_default()
}

pub(crate) fn csv(budget: &BudgetView, names: &DepartmentNames) -> AppResult<Vec<u8>> {
    // The byte-order mark makes Excel read UTF-8 ("—", "²") as UTF-8.
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer("\u{feff}".as_bytes().to_vec());
    let fail = |e: csv::Error| AppError::internal(format!("budget CSV: {e}"));
    out.write_record(LINE_COLUMNS).map_err(fail)?;
    for l in budget.lines.iter().flatten() {
        let (code, name) = department_of(names, l.department_id.as_ref());
        // Text a person wrote is never a live formula (numbers are ours).
        let text = |t: &str| spreadsheet::neutralize(t).into_owned();
        out.write_record([
            l.position.to_string(),
            l.section.to_string(),
            l.source.clone(),
            text(&l.source_ref),
            text(&l.description),
            text(&code),
            text(&name),
            l.category.to_string(),
            l.quantity.to_string(),
            l.unit_price.to_string(),
            l.amount.to_string(),
            budget.currency.clone(),
            l.due_on.map(|d| d.to_string()).unwrap_or_default(),
            l.days_overdue.map(|d| d.to_string()).unwrap_or_default(),
        ])
        .map_err(fail)?;
    }
    out.into_inner()
        .map_err(|e| AppError::internal(format!("budget CSV: {e}")))
}

fn number(d: Decimal) -> f64 {
    d.to_f64().unwrap_or_default()
}

/// Quantities as people write them: "20", "2.5", never "20.".
fn quantity_format(q: Decimal) -> Format {
    if q.fract().is_zero() {
        Format::new().set_num_format("#,##0")
    } else {
        Format::new().set_num_format("#,##0.###")
    }
}

/// A sheet's name and its header row, in the reader's language: column
/// `due_on` is headed by the message `mail-xlsx-col-due-on`.
fn header(sheet: &mut Worksheet, t: &Tr, name: &str, columns: &[&str]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    sheet.set_name(t.get(&format!("mail-xlsx-sheet-{name}")))?;
    for (col, code) in columns.iter().enumerate() {
        let title = t.get(&format!("mail-xlsx-col-{}", code.replace('_', "-")));
        sheet.write_string_with_format(0, col as u16, title, &bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn write_line(
    sheet: &mut Worksheet,
    row: u32,
    l: &BudgetLineView,
    currency: &str,
    names: &DepartmentNames,
) -> Result<(), XlsxError> {
    let money = Format::new().set_num_format("#,##0.00");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let (code, name) = department_of(names, l.department_id.as_ref());
    sheet.write_number(row, 0, f64::from(l.position))?;
    sheet.write_string(row, 1, l.section.as_str())?;
    sheet.write_string(row, 2, &l.source)?;
    sheet.write_string(row, 3, &l.source_ref)?;
    sheet.write_string(row, 4, &l.description)?;
    sheet.write_string(row, 5, &code)?;
    sheet.write_string(row, 6, &name)?;
    sheet.write_string(row, 7, l.category.as_str())?;
    sheet.write_number_with_format(row, 8, number(l.quantity), &quantity_format(l.quantity))?;
    sheet.write_number_with_format(row, 9, number(l.unit_price), &money)?;
    sheet.write_number_with_format(row, 10, number(l.amount), &money)?;
    sheet.write_string(row, 11, currency)?;
    if let Some(due) = l.due_on {
        let day = ExcelDateTime::from_ymd(due.year() as u16, due.month() as u8, due.day() as u8)?;
        sheet.write_datetime_with_format(row, 12, &day, &date)?;
    }
    if let Some(days) = l.days_overdue {
        sheet.write_number(row, 13, f64::from(days))?;
    }
    Ok(())
}

/// What every sheet of one workbook is written from.
struct Sheet<'a> {
    t: &'a Tr,
    budget: &'a BudgetView,
    names: &'a DepartmentNames,
}

impl Sheet<'_> {
    /// Every line on `lines`; only the carried-over and stale ones on
    /// `carried-over`.
    fn lines(
        &self,
        sheet: &mut Worksheet,
        name: &str,
        keep: fn(&BudgetLineView) -> bool,
    ) -> Result<(), XlsxError> {
        header(sheet, self.t, name, &LINE_COLUMNS)?;
        let kept = self.budget.lines.iter().flatten().filter(|l| keep(l));
        for (i, l) in kept.enumerate() {
            write_line(sheet, i as u32 + 1, l, &self.budget.currency, self.names)?;
        }
        sheet.autofit();
        Ok(())
    }
}

fn write_total(
    sheet: &mut Worksheet,
    row: u32,
    key: [&str; 3],
    t: &TotalView,
) -> Result<(), XlsxError> {
    let money = Format::new().set_num_format("#,##0.00");
    for (col, text) in key.iter().enumerate() {
        sheet.write_string(row, col as u16, *text)?;
    }
    for (col, amount) in [(3, t.total), (4, t.new), (5, t.carried_over), (6, t.stale)] {
        sheet.write_number_with_format(row, col, number(amount), &money)?;
    }
    if let (Some(limit), Some(remaining)) = (t.limit, t.remaining) {
        sheet.write_number_with_format(row, 7, number(limit), &money)?;
        sheet.write_number_with_format(row, 8, number(remaining), &money)?;
    }
    // A boolean cell: the spreadsheet shows it in its own language.
    sheet.write_boolean(row, 9, t.overrun)?;
    Ok(())
}

fn write_totals(sheet: &mut Worksheet, t: &Tr, budget: &BudgetView) -> Result<(), XlsxError> {
    header(sheet, t, "totals", &TOTAL_COLUMNS)?;
    let mut row = 1;
    write_total(
        sheet,
        row,
        ["overall", "", &budget.currency],
        &budget.overall,
    )?;
    for d in &budget.by_department {
        row += 1;
        let code = d.code.as_deref().unwrap_or("");
        write_total(sheet, row, ["department", code, &d.name], &d.total)?;
    }
    for c in &budget.by_category {
        row += 1;
        write_total(sheet, row, ["category", &c.category, &c.category], &c.total)?;
    }
    sheet.autofit();
    Ok(())
}

/// Each line added, removed or changed since the revision before, with its
/// amount in each and the difference (the `change` cell is a code).
fn write_changes(
    sheet: &Sheet<'_>,
    out: &mut Worksheet,
    changes: &RevisionChanges,
) -> Result<(), XlsxError> {
    header(out, sheet.t, "changes", &CHANGE_COLUMNS)?;
    let money = Format::new().set_num_format("#,##0.00");
    for (i, c) in changes.lines.iter().enumerate() {
        let row = i as u32 + 1;
        let Some(line) = c.after.as_ref().or(c.before.as_ref()) else {
            continue;
        };
        let (code, name) = department_of(sheet.names, line.department_id.as_ref());
        for (col, text) in [
            c.change,
            &line.source_ref,
            &line.description,
            &code,
            &name,
            line.category.as_str(),
        ]
        .iter()
        .enumerate()
        {
            out.write_string(row, col as u16, *text)?;
        }
        let amounts = [(6, c.before.as_ref()), (7, c.after.as_ref())];
        for (col, l) in amounts {
            if let Some(l) = l {
                out.write_number_with_format(row, col, number(l.amount), &money)?;
            }
        }
        out.write_number_with_format(row, 8, number(c.difference), &money)?;
    }
    out.autofit();
    Ok(())
}

/// The workbook, headed in `t`'s language.
pub(crate) fn xlsx(budget: &BudgetView, names: &DepartmentNames, t: &Tr) -> AppResult<Vec<u8>> {
    let build = || -> Result<Vec<u8>, XlsxError> {
        let mut workbook = Workbook::new();
        let sheet = Sheet { t, budget, names };
        sheet.lines(workbook.add_worksheet(), "lines", |_| true)?;
        sheet.lines(workbook.add_worksheet(), "carried-over", |l| {
            l.section != Section::New
        })?;
        write_totals(workbook.add_worksheet(), t, budget)?;
        if let Some(Some(changes)) = &budget.changes_since_previous {
            write_changes(&sheet, workbook.add_worksheet(), changes)?;
        }
        workbook.save_to_buffer()
    };
    build().map_err(|e| AppError::internal(format!("budget XLSX: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;

    #[test]
    fn every_heading_and_sheet_name_is_a_message_in_every_language() {
        let sheets =
            ["lines", "carried-over", "totals", "changes"].map(|s| format!("mail-xlsx-sheet-{s}"));
        let columns = LINE_COLUMNS
            .iter()
            .chain(TOTAL_COLUMNS.iter())
            .chain(CHANGE_COLUMNS.iter())
            .map(|c| format!("mail-xlsx-col-{}", c.replace('_', "-")));
        let keys: Vec<String> = sheets.into_iter().chain(columns).collect();
        for locale in Locale::ALL.iter().copied() {
            let t = Tr::new(locale, chrono_tz::UTC);
            for key in &keys {
                let text = t.get(key);
                assert_ne!(&text, key, "{locale}: no message {key}");
                if key.contains("-sheet-") {
                    // What Excel allows in a sheet's name.
                    assert!(text.chars().count() <= 31, "{locale} {key}: {text}");
                    assert!(
                        !text.contains([':', '\\', '/', '?', '*', '[', ']']),
                        "{text}"
                    );
                }
            }
        }
    }
}
