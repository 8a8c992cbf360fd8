//! Every bound `openapi.yaml` documents holds: the test walks every property
//! of every JSON request body in the contract and sends, one at a time,
//! `maxLength + 1` characters, a NUL byte, and one past a decimal's
//! `x-maximum` or an integer's `maximum`. Each must be a 422 naming exactly
//! that field, and nothing may be stored. A string property without a
//! documented bound fails the test, so a new field cannot slip through.

use std::collections::BTreeMap;

use diesel::{Connection, PgConnection, QueryableByName, RunQueryDsl, SqliteConnection};
use reqwest::Method;
use serde_json::{json, Map, Value};

use crate::contract::Checked;
use crate::helpers::{error_fields, expect_status, TestApp};

fn contract() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    let yaml: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text).unwrap();
    serde_json::to_value(yaml).unwrap()
}

/// A schema with its `$ref` (and a nullable `oneOf`) resolved; sibling keys win.
fn resolve(doc: &Value, schema: &Value) -> Value {
    let mut schema = schema.clone();
    while let Some(r) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .map(str::to_owned)
    {
        let name = r.rsplit('/').next().unwrap();
        let mut target = doc["components"]["schemas"][name].clone();
        for (k, v) in schema.as_object().unwrap() {
            if k != "$ref" {
                target[k] = v.clone();
            }
        }
        schema = target;
    }
    if let Some(first) = schema["oneOf"]
        .as_array()
        .and_then(|alts| alts.iter().find(|a| a["type"] != "null").cloned())
    {
        let mut merged = resolve(doc, &first);
        for (k, v) in schema.as_object().unwrap() {
            if k != "oneOf" {
                merged[k] = v.clone();
            }
        }
        return merged;
    }
    schema
}

fn kind(schema: &Value) -> String {
    match &schema["type"] {
        Value::String(t) => t.clone(),
        Value::Array(ts) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null")
            .to_owned(),
        _ if schema["properties"].is_object() => "object".into(),
        _ => "any".into(),
    }
}

/// A value of the right shape for `schema`: the first example or enum value,
/// else something its format and pattern accept.
fn sample(doc: &Value, schema: &Value) -> Value {
    let s = resolve(doc, schema);
    if let Some(v) = s["enum"]
        .get(0)
        .or(s["examples"].get(0))
        .or(s.get("example"))
    {
        return v.clone();
    }
    match kind(&s).as_str() {
        "object" => Value::Object(
            s["properties"]
                .as_object()
                .map(|props| {
                    props
                        .iter()
                        .map(|(k, v)| (k.clone(), sample(doc, v)))
                        .collect::<Map<_, _>>()
                })
                .unwrap_or_default(),
        ),
        "array" => json!([sample(doc, &s["items"])]),
        "integer" => json!(s["minimum"].as_i64().unwrap_or(1)),
        "boolean" => json!(true),
        _ => json!(match (s["format"].as_str(), s["pattern"].as_str()) {
            (Some("uuid"), _) => "0190b1c2-0000-7000-8000-000000000001",
            (Some("date"), _) => "2030-01-15",
            (Some("email"), _) => "someone@example.com",
            (_, Some(p)) if p.contains("[0-9]+") => "1",
            (_, Some(p)) if p.contains("{4}-") => "2030-01",
            (_, Some(p)) if p.contains("[A-Z]{3}") => "EUR",
            _ => "ABC",
        }),
    }
}

/// One leaf of a body: its field path as errors name it, its pointer, its schema.
struct Leaf {
    field: String,
    pointer: String,
    schema: Value,
}

fn leaves(doc: &Value, schema: &Value, field: &str, pointer: &str, out: &mut Vec<Leaf>) {
    let s = resolve(doc, schema);
    match kind(&s).as_str() {
        "object" => {
            for (name, prop) in s["properties"].as_object().into_iter().flatten() {
                let f = if field.is_empty() {
                    name.clone()
                } else {
                    format!("{field}.{name}")
                };
                leaves(doc, prop, &f, &format!("{pointer}/{name}"), out);
            }
        }
        "array" => leaves(
            doc,
            &s["items"],
            &format!("{field}[0]"),
            &format!("{pointer}/0"),
            out,
        ),
        _ => out.push(Leaf {
            field: field.into(),
            pointer: pointer.into(),
            schema: s,
        }),
    }
}

/// What to send instead of the leaf's value, and why it must be refused.
fn attacks(leaf: &Leaf) -> Vec<(String, Value)> {
    let s = &leaf.schema;
    let mut out = Vec::new();
    if kind(s) == "string" {
        let bounded = s["maxLength"].is_u64()
            || s["enum"].is_array()
            || matches!(s["format"].as_str(), Some("uuid" | "date"));
        assert!(
            bounded,
            "`{}` is a string without a documented maxLength",
            leaf.field
        );
        if let Some(max) = s["maxLength"].as_u64() {
            out.push(("maxLength + 1".into(), json!("7".repeat(max as usize + 1))));
        }
        out.push(("a NUL byte".into(), json!("1\u{0}2")));
        if s["format"] == "date" {
            out.push(("a six-digit year".into(), json!("+262143-12-01")));
        }
        if let Some(max) = s["x-maximum"].as_str() {
            let above: i128 = max.parse::<i128>().unwrap() + 1;
            out.push(("x-maximum + 1".into(), json!(above.to_string())));
        }
    }
    if kind(s) == "integer" {
        if let Some(max) = s["maximum"].as_i64() {
            out.push(("maximum + 1".into(), json!(max + 1)));
        }
    }
    out
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct Table {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

/// Rows per table, read on a connection of its own.
fn row_counts(database_url: &str) -> BTreeMap<String, i64> {
    fn count_all<C: Connection<Backend = B>, B>(conn: &mut C, list: &str) -> BTreeMap<String, i64>
    where
        B: diesel::backend::Backend,
        Table: QueryableByName<B>,
        Count: QueryableByName<B>,
        diesel::query_builder::SqlQuery: diesel::query_dsl::LoadQuery<'static, C, Table>
            + diesel::query_dsl::LoadQuery<'static, C, Count>,
    {
        let tables: Vec<Table> = diesel::sql_query(list).load(conn).unwrap();
        tables
            .into_iter()
            .map(|t| {
                let q = format!("SELECT COUNT(*) AS n FROM {}", t.name);
                let n: Vec<Count> = diesel::sql_query(q).load(conn).unwrap();
                (t.name, n[0].n)
            })
            .collect()
    }
    match database_url.strip_prefix("sqlite://") {
        Some(path) => count_all(
            &mut SqliteConnection::establish(path).unwrap(),
            "SELECT name FROM sqlite_master WHERE type = 'table'",
        ),
        None => count_all(
            &mut PgConnection::establish(database_url).unwrap(),
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
        ),
    }
}

/// Real ids for path parameters, so checks made after a lookup are reached too.
async fn path_ids(app: &TestApp, token: &str) -> BTreeMap<&'static str, String> {
    let dept = app.department("LIM", None).await;
    let item = expect_status(
        app.post(
            "/api/v1/items",
            token,
            &json!({"sku": "LIM-1", "name": "Toner", "unit": "pcs", "unit_cost": "1"}),
        )
        .await,
        201,
    )
    .await;
    let me = expect_status(app.get("/api/v1/me", token).await, 200).await;
    let draft = expect_status(
        app.post("/api/v1/applications", token, &json!({"title": "t"}))
            .await,
        201,
    )
    .await;
    let id = |v: &Value| v["id"].as_str().unwrap().to_owned();
    BTreeMap::from([
        ("/api/v1/departments/{id}", id(&dept)),
        ("/api/v1/items/{id}", id(&item)),
        ("/api/v1/users/{id}", id(&me)),
        ("/api/v1/applications/{id}", id(&draft)),
    ])
}

fn concrete(path: &str, ids: &BTreeMap<&str, String>) -> String {
    let id = ids
        .iter()
        .find(|(template, _)| path.starts_with(**template))
        .map_or("0190b1c2-0000-7000-8000-000000000009", |(_, id)| {
            id.as_str()
        });
    path.replace("{job}", "weekly_budget").replace("{id}", id)
}

#[tokio::test]
async fn every_documented_bound_is_enforced_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let (_, token) = app
        .user_with(
            &["admin", "it_specialist", "finance", "approver", "employee"],
            None,
        )
        .await;
    let ids = path_ids(&app, &token).await;
    let doc = contract();
    let before = row_counts(&app.database_url);
    let mut attacked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(schema) = op["requestBody"]["content"]["application/json"].get("schema")
            else {
                continue;
            };
            let base = sample(&doc, schema);
            let mut found = Vec::new();
            leaves(&doc, schema, "", "", &mut found);
            let url = concrete(path, &ids);
            for leaf in &found {
                for (what, value) in attacks(leaf) {
                    let mut body = base.clone();
                    *body.pointer_mut(&leaf.pointer).unwrap() = value;
                    let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                    let res = app
                        .request(method.clone(), &url, Some(&token))
                        .json(&body)
                        .checked()
                        .await;
                    let status = res.status().as_u16();
                    let problem: Value = res.json().await.unwrap_or(Value::Null);
                    let named = error_fields(&problem).contains(&leaf.field);
                    assert!(
                        status == 422 && named,
                        "{method} {path}: `{}` with {what} answered {status}, want 422 naming it: {problem}",
                        leaf.field
                    );
                    attacked += 1;
                }
            }
        }
    }
    eprintln!("{attacked} bound attacks, every one refused");
    assert!(
        attacked > 150,
        "only {attacked} attacks: is the walk broken?"
    );
    assert_eq!(
        row_counts(&app.database_url),
        before,
        "a refused request stored something"
    );
}

/// Every free-text query parameter has a documented `maxLength`, and one
/// character more is a 422 naming the parameter.
#[tokio::test]
async fn every_text_query_parameter_is_bounded() {
    let app = TestApp::spawn().await;
    let (_, token) = app
        .user_with(&["admin", "it_specialist", "finance"], None)
        .await;
    let ids = path_ids(&app, &token).await;
    let doc = contract();
    let mut attacked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(get) = item.get("get") else { continue };
        for param in get["parameters"].as_array().into_iter().flatten() {
            let param = resolve(&doc, param);
            let schema = resolve(&doc, &param["schema"]);
            let free_text = param["in"] == "query"
                && schema["type"] == "string"
                && schema.get("enum").is_none()
                && schema.get("format").is_none()
                && schema.get("pattern").is_none()
                && param["name"] != "cursor";
            if !free_text {
                continue;
            }
            let name = param["name"].as_str().unwrap();
            let max = schema["maxLength"]
                .as_u64()
                .unwrap_or_else(|| panic!("GET {path}: query `{name}` has no maxLength"));
            let url = format!(
                "{}?{name}={}",
                concrete(path, &ids),
                "a".repeat(max as usize + 1)
            );
            let res = app.get(&url, &token).await;
            let problem = expect_status(res, 422).await;
            assert!(
                error_fields(&problem).contains(&name.to_owned()),
                "GET {path}: a long `{name}` must be named: {problem}"
            );
            attacked += 1;
        }
    }
    assert!(attacked >= 3, "only {attacked} query parameters found");
}
