//! A budget as files for finance: CSV with exact decimal strings, and XLSX
//! with a `Lines` sheet and a `Totals` sheet. XLSX cells hold numbers as
//! binary doubles (the format has no decimal type); amounts are whole cents,
//! which doubles represent exactly far beyond any budget, so totals read
//! back equal to the cent. The CSV is the exact record.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::views::{BudgetView, DepartmentNames, TotalView};
use crate::domain::spreadsheet;
use crate::error::{AppError, AppResult};

const LINE_COLUMNS: [&str; 12] = [
    "position",
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
    let mut out = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| AppError::internal(format!("budget CSV: {e}"));
    out.write_record(LINE_COLUMNS).map_err(fail)?;
    for l in budget.lines.iter().flatten() {
        let (code, name) = department_of(names, l.department_id.as_ref());
        // Text a person wrote is never a live formula (numbers are ours).
        let text = |t: &str| spreadsheet::neutralize(t).into_owned();
        out.write_record([
            l.position.to_string(),
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
        ])
        .map_err(fail)?;
    }
    out.into_inner()
        .map_err(|e| AppError::internal(format!("budget CSV: {e}")))
}

fn number(d: Decimal) -> f64 {
    d.to_f64().unwrap_or_default()
}

fn write_lines(
    sheet: &mut Worksheet,
    budget: &BudgetView,
    names: &DepartmentNames,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let quantity = Format::new().set_num_format("#,##0.###");
    sheet.set_name("Lines")?;
    for (col, title) in LINE_COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, &bold)?;
    }
    for (i, l) in budget.lines.iter().flatten().enumerate() {
        let row = i as u32 + 1;
        let (code, name) = department_of(names, l.department_id.as_ref());
        sheet.write_number(row, 0, f64::from(l.position))?;
        sheet.write_string(row, 1, &l.source)?;
        sheet.write_string(row, 2, &l.source_ref)?;
        sheet.write_string(row, 3, &l.description)?;
        sheet.write_string(row, 4, &code)?;
        sheet.write_string(row, 5, &name)?;
        sheet.write_string(row, 6, l.category.as_str())?;
        sheet.write_number_with_format(row, 7, number(l.quantity), &quantity)?;
        sheet.write_number_with_format(row, 8, number(l.unit_price), &money)?;
        sheet.write_number_with_format(row, 9, number(l.amount), &money)?;
        sheet.write_string(row, 10, &budget.currency)?;
        sheet.write_string(row, 11, l.due_on.map(|d| d.to_string()).unwrap_or_default())?;
    }
    Ok(())
}

fn write_total(
    sheet: &mut Worksheet,
    row: u32,
    group: &str,
    key: &str,
    t: &TotalView,
) -> Result<(), XlsxError> {
    let money = Format::new().set_num_format("#,##0.00");
    sheet.write_string(row, 0, group)?;
    sheet.write_string(row, 1, key)?;
    sheet.write_number_with_format(row, 2, number(t.total), &money)?;
    if let (Some(limit), Some(remaining)) = (t.limit, t.remaining) {
        sheet.write_number_with_format(row, 3, number(limit), &money)?;
        sheet.write_number_with_format(row, 4, number(remaining), &money)?;
    }
    sheet.write_string(row, 5, if t.overrun { "yes" } else { "no" })?;
    Ok(())
}

fn write_totals(sheet: &mut Worksheet, budget: &BudgetView) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    sheet.set_name("Totals")?;
    for (col, title) in ["group", "key", "total", "limit", "remaining", "overrun"]
        .iter()
        .enumerate()
    {
        sheet.write_string_with_format(0, col as u16, *title, &bold)?;
    }
    let mut row = 1;
    write_total(sheet, row, "overall", &budget.currency, &budget.overall)?;
    for d in &budget.by_department {
        row += 1;
        write_total(sheet, row, "department", &d.name, &d.total)?;
    }
    for c in &budget.by_category {
        row += 1;
        write_total(sheet, row, "category", &c.category, &c.total)?;
    }
    Ok(())
}

pub(crate) fn xlsx(budget: &BudgetView, names: &DepartmentNames) -> AppResult<Vec<u8>> {
    let build = || -> Result<Vec<u8>, XlsxError> {
        let mut workbook = Workbook::new();
        write_lines(workbook.add_worksheet(), budget, names)?;
        write_totals(workbook.add_worksheet(), budget)?;
        workbook.save_to_buffer()
    };
    build().map_err(|e| AppError::internal(format!("budget XLSX: {e}")))
}
