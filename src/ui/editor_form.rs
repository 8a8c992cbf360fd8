//! The application form's fields as text (what the person typed, shown
//! again as typed when something is wrong) and their reading into the
//! API's inputs, with every format problem named by the API's field name
//! (`lines[2].quantity`), all at once.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::form::FormData;
use crate::domain::applications::Category;
use crate::domain::ids::DepartmentId;
use crate::domain::input::{Date, Id, Money, Prose, Quantity, Text};
use crate::domain::locale::Locale;
use crate::error::{AppError, FieldError, FieldErrors};
use crate::service::applications::create::{NewApplication, NewLine};
use crate::service::applications::drafts::ApplicationPatch;
use crate::service::applications::views::ApplicationView;

#[derive(Debug, Clone, Default)]
pub(crate) struct LineForm {
    pub description: String,
    pub category: String,
    pub quantity: String,
    pub unit_price: String,
    pub item_id: String,
    /// What the catalogue item is called (`SKU — name`), shown beside it.
    pub item_label: String,
    /// What the person searches the catalogue for on this line.
    pub item_search: String,
}

impl LineForm {
    fn is_blank(&self) -> bool {
        [
            &self.description,
            &self.quantity,
            &self.unit_price,
            &self.item_id,
            &self.item_search,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }
}

#[derive(Debug, Clone, Default)]
pub(crate) struct EditorForm {
    pub title: String,
    pub justification: String,
    pub department_id: String,
    pub needed_by: String,
    pub location_id: String,
    pub lines: Vec<LineForm>,
    /// The line the page puts the cursor in: one just added.
    pub focus_line: Option<usize>,
}

impl EditorForm {
    /// A new application: one empty line, paid by `department`.
    pub(crate) fn blank(department: Option<&DepartmentId>) -> Self {
        Self {
            department_id: department.map(|d| d.to_string()).unwrap_or_default(),
            lines: vec![LineForm::default()],
            ..Self::default()
        }
    }

    /// The stored application as the form shows it, numbers written as
    /// `locale` types them.
    pub(crate) fn of(app: &ApplicationView, locale: Locale) -> Self {
        let mut form = Self {
            title: app.title.clone(),
            justification: app.justification.clone(),
            department_id: app
                .department_id
                .as_ref()
                .map(|d| d.to_string())
                .unwrap_or_default(),
            needed_by: app.needed_by.map(|d| d.to_string()).unwrap_or_default(),
            location_id: app.location_id.clone().unwrap_or_default(),
            lines: app
                .lines
                .iter()
                .map(|l| LineForm {
                    description: l.description.clone(),
                    category: l.category.to_string(),
                    quantity: locale.plain(l.quantity.normalize()),
                    unit_price: locale.plain(l.unit_price.round_dp(2)),
                    item_id: l.item_id.clone().unwrap_or_default(),
                    ..LineForm::default()
                })
                .collect(),
            focus_line: None,
        };
        if form.lines.is_empty() {
            form.add_blank_line();
        }
        form
    }

    /// The posted form; rows left entirely empty are dropped and the rest
    /// numbered from 0 in the order shown.
    pub(crate) fn read(form: &FormData) -> Self {
        let mut read = Self::read_as_shown(form);
        read.lines.retain(|l| !l.is_blank());
        read
    }

    /// What submitting the form as the page shows it would be refused for:
    /// the rows left empty are left out of the check, as a save leaves them
    /// out, and each problem is named by its row's number on the page.
    pub(crate) fn problems_as_shown(
        &self,
        locale: Locale,
        check: impl FnOnce(NewApplication) -> Result<(), AppError>,
    ) -> Result<(), AppError> {
        let kept: Vec<usize> = (0..self.lines.len())
            .filter(|&i| !self.lines[i].is_blank())
            .collect();
        let mut filled = self.clone();
        filled.lines.retain(|l| !l.is_blank());
        let result = filled
            .to_input(locale)
            .map_err(AppError::Validation)
            .and_then(check);
        match result {
            Err(AppError::Validation(list)) => Err(AppError::Validation(
                list.into_iter().map(|e| renumbered(e, &kept)).collect(),
            )),
            other => other,
        }
    }

    /// The posted form with every row where the page showed it, empty ones
    /// too: a check of one field answers with the page's own numbering.
    pub(crate) fn read_as_shown(form: &FormData) -> Self {
        let mut rows: Vec<(usize, LineForm)> = Vec::new();
        for (key, value) in form.fields() {
            let Some((index, field)) = line_field(key) else {
                continue;
            };
            let at = match rows.iter().position(|(i, _)| *i == index) {
                Some(at) => at,
                None => {
                    rows.push((index, LineForm::default()));
                    rows.len() - 1
                }
            };
            let line = &mut rows[at].1;
            let value = value.trim().to_owned();
            match field {
                "description" => line.description = value,
                "category" => line.category = value,
                "quantity" => line.quantity = value,
                "unit_price" => line.unit_price = value,
                "item_id" => line.item_id = value,
                "item_label" => line.item_label = value,
                "item_search" => line.item_search = value,
                _ => {}
            }
        }
        rows.sort_by_key(|(i, _)| *i);
        Self {
            title: form.text("title"),
            justification: form.get("justification").unwrap_or("").trim().to_owned(),
            department_id: form.text("department_id"),
            needed_by: form.text("needed_by"),
            location_id: form.text("location_id"),
            lines: rows.into_iter().map(|(_, l)| l).collect(),
            focus_line: None,
        }
    }

    pub(crate) fn add_blank_line(&mut self) {
        self.lines.push(LineForm::default());
    }

    /// "Add a line": a blank one, with the cursor in it.
    pub(crate) fn add_line_to_fill(&mut self) {
        self.add_blank_line();
        self.focus_line = Some(self.lines.len() - 1);
    }

    pub(crate) fn remove_line(&mut self, index: usize) {
        if index < self.lines.len() {
            self.lines.remove(index);
        }
        if self.lines.is_empty() {
            self.add_blank_line();
        }
    }

    /// Every field name the form shows, for placing problems beside them.
    pub(crate) fn field_names(&self) -> Vec<String> {
        let mut names: Vec<String> = [
            "title",
            "justification",
            "department_id",
            "needed_by",
            "location_id",
            "lines",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        for i in 0..self.lines.len() {
            for f in [
                "description",
                "category",
                "quantity",
                "unit_price",
                "item_id",
            ] {
                names.push(format!("lines[{i}].{f}"));
            }
        }
        names
    }

    /// The inputs the create and update use cases take, or every format
    /// problem at once; numbers are read as `locale` types them.
    pub(crate) fn to_input(&self, locale: Locale) -> Result<NewApplication, Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        let title = checked(&mut errors, "title", Text::<200>::new(self.title.clone()));
        let justification = checked(
            &mut errors,
            "justification",
            Prose::<4000>::new(self.justification.clone()),
        );
        let department_id = optional(&self.department_id).map(DepartmentId::new);
        let needed_by = optional(&self.needed_by).and_then(|d| {
            let parsed = NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| "must be a date (YYYY-MM-DD)".to_owned())
                .and_then(Date::new);
            checked(&mut errors, "needed_by", parsed)
        });
        let location_id = optional(&self.location_id)
            .and_then(|l| checked(&mut errors, "location_id", Id::from_str(l)));
        let mut lines = Vec::new();
        for (i, l) in self.lines.iter().enumerate() {
            if let Some(line) = line_input(&mut errors, i, l, locale) {
                lines.push(line);
            }
        }
        errors.into_result().map_err(|e| match e {
            crate::error::AppError::Validation(list) => list,
            _ => Vec::new(),
        })?;
        Ok(NewApplication {
            title: title.unwrap_or_default(),
            justification: justification.unwrap_or_default(),
            department_id,
            needed_by,
            location_id,
            lines,
        })
    }

    /// The whole form as a change: every field replaced.
    pub(crate) fn patch_of(input: NewApplication) -> ApplicationPatch {
        ApplicationPatch {
            title: Some(input.title),
            justification: Some(input.justification),
            department_id: Some(input.department_id),
            needed_by: Some(input.needed_by),
            location_id: Some(input.location_id),
            lines: Some(input.lines),
        }
    }
}

fn line_input(errors: &mut FieldErrors, i: usize, l: &LineForm, locale: Locale) -> Option<NewLine> {
    let field = |f: &str| format!("lines[{i}].{f}");
    let description = checked(
        errors,
        &field("description"),
        Text::<500>::new(l.description.clone()),
    );
    let category = checked(errors, &field("category"), Category::from_str(&l.category));
    let quantity = checked(
        errors,
        &field("quantity"),
        decimal(&l.quantity, locale).and_then(Quantity::new),
    );
    let unit_price = checked(
        errors,
        &field("unit_price"),
        decimal(&l.unit_price, locale).and_then(Money::new),
    );
    let item_id = match optional(&l.item_id) {
        None => None,
        Some(id) => Some(checked(errors, &field("item_id"), Id::from_str(id))?),
    };
    Some(NewLine {
        description: description?,
        category: category?,
        quantity: quantity?,
        unit_price: unit_price?,
        item_id,
    })
}

/// A line's problem named by the row's number on the page: `kept[k]` is
/// where the k-th checked row is shown.
fn renumbered(mut error: FieldError, kept: &[usize]) -> FieldError {
    if let Some((k, field)) = line_field(&error.field) {
        if let Some(shown) = kept.get(k) {
            error.field = format!("lines[{shown}].{field}");
        }
    }
    error
}

/// `lines[3].quantity` → `(3, "quantity")`.
pub(crate) fn line_field(key: &str) -> Option<(usize, &str)> {
    let rest = key.strip_prefix("lines[")?;
    let (index, field) = rest.split_once("].")?;
    Some((index.parse().ok()?, field))
}

fn optional(value: &str) -> Option<&str> {
    let v = value.trim();
    (!v.is_empty()).then_some(v)
}

/// A number as typed in `locale`; blank is 0 (the filling check says
/// what must not be).
fn decimal(text: &str, locale: Locale) -> Result<Decimal, String> {
    if text.trim().is_empty() {
        return Ok(Decimal::ZERO);
    }
    locale.parse_decimal(text)
}

fn checked<T>(errors: &mut FieldErrors, field: &str, result: Result<T, String>) -> Option<T> {
    result
        .map_err(|message| errors.add(field, "invalid", message))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        FormData::parse(body.as_bytes())
    }

    #[test]
    fn blank_rows_are_dropped_and_the_rest_renumbered() {
        let f = EditorForm::read(&form(&[
            ("title", " Laptops "),
            ("lines[0].description", ""),
            ("lines[0].quantity", ""),
            ("lines[2].description", "Dock"),
            ("lines[2].quantity", "2"),
            ("lines[2].category", "hardware"),
        ]));
        assert_eq!(f.title, "Laptops");
        assert_eq!(f.lines.len(), 1);
        assert_eq!(f.lines[0].description, "Dock");
    }

    #[test]
    fn every_format_problem_is_named_at_once() {
        let f = EditorForm::read(&form(&[
            ("title", "x"),
            ("needed_by", "tomorrow"),
            ("lines[0].description", "A"),
            ("lines[0].category", "hardware"),
            ("lines[0].quantity", "two"),
            ("lines[0].unit_price", "1.5"),
            ("lines[1].description", "B"),
            ("lines[1].category", "nonsense"),
            ("lines[1].unit_price", "abc"),
        ]));
        let problems: Vec<String> = f
            .to_input(Locale::En)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            problems,
            [
                "needed_by",
                "lines[0].quantity",
                "lines[1].category",
                "lines[1].unit_price"
            ]
        );
    }

    #[test]
    fn numbers_are_read_as_the_persons_language_types_them() {
        let f = EditorForm::read(&form(&[
            ("title", "Monitors"),
            ("lines[0].description", "Monitor"),
            ("lines[0].category", "hardware"),
            ("lines[0].quantity", "2,5"),
            ("lines[0].unit_price", "1.234,50"),
        ]));
        let line = &f.to_input(Locale::Ro).unwrap().lines[0];
        assert_eq!(line.unit_price.get().to_string(), "1234.50");
        assert_eq!(line.quantity.get().to_string(), "2.5");
        // The English reading of the same text is refused, never guessed.
        let fields: Vec<String> = f
            .to_input(Locale::En)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["lines[0].quantity", "lines[0].unit_price"]);
    }
}
