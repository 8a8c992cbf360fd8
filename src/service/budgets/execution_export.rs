//! The year's budget execution as files for accounting: one row per
//! department, category and month, then its year to date, under a stable
//! header. CSV with exact decimal strings (UTF-8 with a byte-order mark,
//! CRLF), as the budget export; XLSX with one `Execution` sheet headed in
//! the reader's language, amounts as numbers.

use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::execution::{ExecutionRow, ExecutionView, FiguresView};
use crate::domain::spreadsheet;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::service::identity::Actor;
use crate::service::AppContext;

const COLUMNS: [&str; 11] = [
    "department_code",
    "department",
    "category",
    "month",
    "limit",
    "approved",
    "committed",
    "ordered",
    "actual",
    "remaining",
    "currency",
];

/// The year as `csv` or `xlsx` (headed in the reader's language).
pub(crate) async fn export(
    ctx: &AppContext,
    actor: &Actor,
    year: Option<i32>,
    format: &str,
) -> AppResult<super::Download> {
    if !matches!(format, "csv" | "xlsx") {
        return Err(AppError::field(
            "format",
            "unknown_format",
            "must be csv or xlsx",
        ));
    }
    let view = super::execution::execution(ctx, actor, year).await?;
    Ok(match format {
        "csv" => super::Download {
            filename: file_name(&view, "csv"),
            content_type: "text/csv; charset=utf-8",
            content: csv(&view)?,
        },
        _ => super::Download {
            filename: file_name(&view, "xlsx"),
            content_type: super::XLSX_TYPE,
            content: xlsx(&view, &super::reader(ctx, actor))?,
        },
    })
}

pub(crate) fn file_name(view: &ExecutionView, extension: &str) -> String {
    format!("procura-budget-execution-{}.{extension}", view.year)
}

/// Each row's months, then its year to date.
fn records(view: &ExecutionView) -> impl Iterator<Item = (&ExecutionRow, &FiguresView)> {
    view.rows.iter().flat_map(|r| {
        r.months
            .iter()
            .chain(std::iter::once(&r.year_to_date))
            .map(move |f| (r, f))
    })
}

pub(crate) fn csv(view: &ExecutionView) -> AppResult<Vec<u8>> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer("\u{feff}".as_bytes().to_vec());
    let fail = |e: csv::Error| AppError::internal(format!("execution CSV: {e}"));
    out.write_record(COLUMNS).map_err(fail)?;
    let amount = |d: Option<rust_decimal::Decimal>| d.map(|d| d.to_string()).unwrap_or_default();
    for (r, f) in records(view) {
        let text = |t: &str| spreadsheet::neutralize(t).into_owned();
        out.write_record([
            text(r.department_code.as_deref().unwrap_or_default()),
            text(&r.department_name),
            r.category.to_string(),
            f.month.clone(),
            amount(f.limit),
            f.approved.to_string(),
            f.committed.to_string(),
            f.ordered.to_string(),
            f.actual.to_string(),
            amount(f.remaining),
            view.currency.clone(),
        ])
        .map_err(fail)?;
    }
    out.into_inner()
        .map_err(|e| AppError::internal(format!("execution CSV: {e}")))
}

pub(crate) fn xlsx(view: &ExecutionView, t: &Tr) -> AppResult<Vec<u8>> {
    let build = || -> Result<Vec<u8>, XlsxError> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name(t.get("mail-xlsx-sheet-execution"))?;
        let bold = Format::new().set_bold();
        for (col, code) in COLUMNS.iter().enumerate() {
            let title = t.get(&format!("mail-xlsx-col-{}", code.replace('_', "-")));
            sheet.write_string_with_format(0, col as u16, title, &bold)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        let money = Format::new().set_num_format("#,##0.00");
        for (i, (r, f)) in records(view).enumerate() {
            let row = i as u32 + 1;
            let texts = [
                r.department_code.as_deref().unwrap_or_default(),
                &r.department_name,
                r.category.as_str(),
                &f.month,
            ];
            for (col, text) in texts.iter().enumerate() {
                sheet.write_string(row, col as u16, *text)?;
            }
            let amounts = [
                (4, f.limit),
                (5, Some(f.approved)),
                (6, Some(f.committed)),
                (7, Some(f.ordered)),
                (8, Some(f.actual)),
                (9, f.remaining),
            ];
            for (col, value) in amounts {
                if let Some(v) = value {
                    let number = v.to_f64().unwrap_or_default();
                    sheet.write_number_with_format(row, col, number, &money)?;
                }
            }
            sheet.write_string(row, 10, &view.currency)?;
        }
        sheet.autofit();
        workbook.save_to_buffer()
    };
    build().map_err(|e| AppError::internal(format!("execution XLSX: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;

    #[test]
    fn every_heading_is_a_message_in_every_language() {
        let keys = std::iter::once("mail-xlsx-sheet-execution".to_owned()).chain(
            COLUMNS
                .iter()
                .map(|c| format!("mail-xlsx-col-{}", c.replace('_', "-"))),
        );
        let keys: Vec<String> = keys.collect();
        for locale in Locale::ALL.iter().copied() {
            let t = Tr::new(locale, chrono_tz::UTC);
            for key in &keys {
                assert_ne!(&t.get(key), key, "{locale}: no message {key}");
            }
        }
    }
}
