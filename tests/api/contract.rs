//! Every response of every integration test is checked against
//! `openapi.yaml`: the status must be one the operation documents, the
//! content type one that status documents, and a JSON body (success or
//! problem) must match the schema, formats included. Tests send through
//! [`Checked::checked`] (the `TestApp` helpers do); `every_request_is_checked`
//! fails a test file that sends around it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::Value;

/// The contract, parsed once per test binary, with compiled validators
/// cached per (operation, status, content type).
struct Contract {
    doc: Value,
    /// `(segments, template)`: each path template split on `/`.
    templates: Vec<(Vec<String>, String)>,
    validators: Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
}

fn contract() -> &'static Contract {
    static CONTRACT: OnceLock<Contract> = OnceLock::new();
    CONTRACT.get_or_init(|| {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
        let doc: Value = serde_yaml_ng::from_str(&text).expect("openapi.yaml parses");
        let templates = doc["paths"]
            .as_object()
            .expect("paths")
            .keys()
            .map(|t| (t.split('/').map(str::to_owned).collect(), t.clone()))
            .collect();
        Contract {
            doc,
            templates,
            validators: Mutex::new(HashMap::new()),
        }
    })
}

/// Sends a request and checks its response against the contract.
pub trait Checked {
    async fn checked(self) -> Response;
}

impl Checked for RequestBuilder {
    async fn checked(self) -> Response {
        let (client, request) = self.build_split();
        let request = request.expect("the request builds");
        let method = request.method().clone();
        let path = request.url().path().to_owned();
        let res = client.execute(request).await.expect("the request is sent");
        let status = res.status();
        let headers = res.headers().clone();
        let version = res.version();
        let body = res.bytes().await.expect("the response body is read");
        let content_type = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        if let Err(why) = check(&method, &path, status, &content_type, &body) {
            let text = String::from_utf8_lossy(&body);
            let shown: String = text.chars().take(2000).collect();
            panic!("{method} {path} answered against openapi.yaml: {why}\nstatus {status}, body: {shown}");
        }
        let mut rebuilt = http::Response::builder().status(status).version(version);
        for (name, value) in &headers {
            rebuilt = rebuilt.header(name, value);
        }
        Response::from(rebuilt.body(body).expect("the response rebuilds"))
    }
}

/// The documented template for a concrete path: literal segments beat
/// parameters, so `/stock/replenishment` is not read as `/stock/{id}`.
fn template_for(path: &str) -> Option<&'static str> {
    let segments: Vec<&str> = path.split('/').collect();
    contract()
        .templates
        .iter()
        .filter(|(parts, _)| {
            parts.len() == segments.len()
                && parts
                    .iter()
                    .zip(&segments)
                    .all(|(p, s)| p.starts_with('{') || p == s)
        })
        .max_by_key(|(parts, _)| parts.iter().filter(|p| !p.starts_with('{')).count())
        .map(|(_, t)| t.as_str())
}

fn check(
    method: &Method,
    path: &str,
    status: StatusCode,
    content_type: &str,
    body: &[u8],
) -> Result<(), String> {
    let doc = &contract().doc;
    let Some(template) = template_for(path) else {
        // A path the API does not have: the answer is still a problem.
        return check_body(
            "#/components/schemas/Problem",
            content_type,
            body,
            "unrouted",
        );
    };
    let verb = method.as_str().to_lowercase();
    let operation = &doc["paths"][template][verb.as_str()];
    if operation.is_null() {
        return expect_status_in(status, &[405, 404], "an undocumented method")
            .and_then(|()| check_body("#/components/schemas/Problem", content_type, body, "405"));
    }
    let code = status.as_u16().to_string();
    let (key, response) = match operation["responses"].get(&code) {
        Some(r) => (code.clone(), r),
        // Only server failures may fall through to `default`.
        None if status.is_server_error() => {
            ("default".to_owned(), &operation["responses"]["default"])
        }
        None => {
            return Err(format!(
                "status {code} is not documented for {verb} {template}"
            ))
        }
    };
    let response = resolve(response);
    let Some(contents) = response["content"].as_object() else {
        return if body.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{code} documents no body, got {} bytes",
                body.len()
            ))
        };
    };
    let media = content_type.split(';').next().unwrap_or("").trim();
    if !contents.contains_key(media) {
        let documented: Vec<_> = contents.keys().collect();
        return Err(format!(
            "content type `{media}` is not one of {documented:?}"
        ));
    }
    if !media.ends_with("json") {
        return Ok(());
    }
    // The schema sits under the response, inline or in components.
    let response_pointer = match operation["responses"][&key].get("$ref") {
        Some(r) => r.as_str().unwrap().to_owned(),
        None => format!("#/paths/{}/{verb}/responses/{key}", escape(template)),
    };
    let schema_pointer = format!("{response_pointer}/content/{}/schema", escape(media));
    check_body(&schema_pointer, content_type, body, &code)
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn expect_status_in(status: StatusCode, allowed: &[u16], what: &str) -> Result<(), String> {
    if allowed.contains(&status.as_u16()) {
        Ok(())
    } else {
        Err(format!("{what} answered {status}"))
    }
}

/// A response object, following one `$ref` into `components/responses`.
fn resolve(response: &Value) -> &Value {
    match response.get("$ref").and_then(Value::as_str) {
        Some(r) => contract()
            .doc
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("{r} does not resolve")),
        None => response,
    }
}

/// Validates a JSON body against the schema at `pointer` in the contract.
fn check_body(pointer: &str, content_type: &str, body: &[u8], what: &str) -> Result<(), String> {
    if !content_type.contains("json") {
        return Err(format!(
            "{what}: expected a JSON body, got `{content_type}`"
        ));
    }
    let instance: Value =
        serde_json::from_slice(body).map_err(|e| format!("{what}: the body is not JSON: {e}"))?;
    let validator = validator(pointer);
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("at `{}`: {e}", e.instance_path()))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the body breaks {pointer}:\n  {}",
            errors.join("\n  ")
        ))
    }
}

/// The compiled schema at `pointer`: the schema itself plus the document's
/// `components`, so its `#/components/...` references resolve in place.
fn validator(pointer: &str) -> Arc<jsonschema::Validator> {
    let contract = contract();
    let mut cache = contract.validators.lock().unwrap();
    if let Some(v) = cache.get(pointer) {
        return v.clone();
    }
    let schema = contract
        .doc
        .pointer(pointer.trim_start_matches('#'))
        .unwrap_or_else(|| panic!("{pointer} does not resolve"));
    let mut root = serde_json::Map::new();
    root.insert("allOf".into(), Value::Array(vec![schema.clone()]));
    root.insert("components".into(), contract.doc["components"].clone());
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&Value::Object(root))
        .unwrap_or_else(|e| panic!("the schema at {pointer} compiles: {e}"));
    let validator = Arc::new(validator);
    cache.insert(pointer.to_owned(), validator.clone());
    validator
}

#[test]
fn every_request_is_checked() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/api");
    let mut offenders = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // Pages are outside the API contract (openapi.yaml is API-only).
        if name == "contract.rs" || name.starts_with("ui_") || name.starts_with("browser") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.contains(".send()") && !line.trim_start().starts_with("//") {
                offenders.push(format!("{name}:{}", n + 1));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "these send around the contract check (use `.checked()`): {offenders:?}"
    );
}

/// The checker itself: it must refuse what breaks the contract, or the
/// suite's "every response is checked" means nothing.
#[test]
fn the_checker_refuses_what_breaks_the_contract() {
    let get = Method::GET;
    let json = "application/json";
    let me = "/api/v1/me";
    let user = br#"{"id":"0193a000-0000-7000-8000-000000000000","email":"a@example.com","name":"A","roles":["employee"],"department_id":null,"active":true,"must_change_password":false,"locale":null,"version":1,"created_at":"2026-06-01T08:00:00Z","updated_at":"2026-06-01T08:00:00Z"}"#;
    assert_eq!(check(&get, me, StatusCode::OK, json, user), Ok(()));
    assert!(
        check(&get, me, StatusCode::OK, json, b"{}").is_err(),
        "missing required fields"
    );
    assert!(
        check(&get, me, StatusCode::OK, "text/plain", b"x").is_err(),
        "undocumented type"
    );
    assert!(
        check(&get, me, StatusCode::IM_A_TEAPOT, json, b"{}").is_err(),
        "undocumented status"
    );
    let page = br#"{"items":[],"next_cursor":7}"#;
    assert!(
        check(&get, "/api/v1/users", StatusCode::OK, json, page).is_err(),
        "a wrong type"
    );
    let bad_id = br#"{"items":[{"id":"not-a-uuid"}],"next_cursor":null}"#;
    assert!(check(&get, "/api/v1/users", StatusCode::OK, json, bad_id).is_err());
    assert_eq!(
        template_for("/api/v1/stock/replenishment"),
        Some("/api/v1/stock/replenishment")
    );
    assert_eq!(
        template_for("/api/v1/applications/x/submit"),
        Some("/api/v1/applications/{id}/submit")
    );
    let empty = br#"{"items":[],"next_cursor":null}"#;
    assert_eq!(
        check(&get, "/api/v1/users", StatusCode::OK, json, empty),
        Ok(())
    );
}
