//! `openapi.yaml` and the router describe the same operations.

use std::collections::BTreeSet;

use procura::api::route_table;
use serde_yaml_ng::Value;

fn contract() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    serde_yaml_ng::from_str(&text).expect("openapi.yaml is valid YAML")
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

#[test]
fn every_route_is_documented_and_every_documented_route_exists() {
    let doc = contract();
    assert_eq!(doc["openapi"].as_str(), Some("3.1.0"));
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_mapping().expect("paths") {
        for method in METHODS {
            if item.get(method).is_some() {
                documented.insert((method.to_uppercase(), path.as_str().unwrap().to_owned()));
            }
        }
    }
    let routed: BTreeSet<(String, String)> = route_table()
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    let undocumented: Vec<_> = routed.difference(&documented).collect();
    let unrouted: Vec<_> = documented.difference(&routed).collect();
    assert!(
        undocumented.is_empty(),
        "routes missing from openapi.yaml: {undocumented:?}"
    );
    assert!(
        unrouted.is_empty(),
        "openapi.yaml documents routes the router lacks: {unrouted:?}"
    );
}

#[test]
fn public_routes_are_exactly_those_without_security() {
    let doc = contract();
    assert!(
        doc["security"].as_sequence().is_some_and(|s| !s.is_empty()),
        "global bearer security"
    );
    for route in route_table() {
        let op = &doc["paths"][route.path][route.method.as_str().to_lowercase().as_str()];
        let open = op["security"].as_sequence().is_some_and(|s| s.is_empty());
        assert_eq!(
            open, route.public,
            "{} {}: security in openapi.yaml disagrees with the router",
            route.method, route.path
        );
    }
}

#[test]
fn every_operation_documents_its_errors_as_problems() {
    let doc = contract();
    for route in route_table() {
        let op = &doc["paths"][route.path][route.method.as_str().to_lowercase().as_str()];
        assert!(
            op["operationId"].is_string(),
            "{} {} has no operationId",
            route.method,
            route.path
        );
        let responses = op["responses"].as_mapping().expect("responses");
        assert!(
            responses
                .keys()
                .any(|k| k.as_str().is_some_and(|s| s.starts_with('2'))),
            "{} {} documents no success response",
            route.method,
            route.path
        );
        if !route.public {
            assert!(
                responses.contains_key("401"),
                "{} {} lacks 401",
                route.method,
                route.path
            );
        }
    }
}

#[test]
fn the_problem_codes_are_exactly_those_the_code_can_answer() {
    let doc = contract();
    let documented: BTreeSet<String> = doc["components"]["schemas"]["Problem"]["properties"]
        ["code"]["enum"]
        .as_sequence()
        .expect("Problem.code has an enum")
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    let known: BTreeSet<String> = procura::error::ErrorCode::ALL
        .iter()
        .map(|c| c.as_str().to_owned())
        .collect();
    assert_eq!(
        documented, known,
        "Problem.code in openapi.yaml vs ErrorCode"
    );
}
