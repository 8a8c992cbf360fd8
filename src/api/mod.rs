//! HTTP: the route table, thin handlers (one file per resource), request
//! extractors and the problem+json error envelope. Handlers extract, call
//! one service function and shape the response — nothing more.

pub(crate) mod applications;
pub(crate) mod audit;
pub(crate) mod auth;
pub(crate) mod budget_execution;
pub(crate) mod budgets;
pub(crate) mod catalogue;
pub(crate) mod delegations;
pub(crate) mod departments;
pub(crate) mod extract;
pub(crate) mod holidays;
pub(crate) mod metrics;
pub(crate) mod notifications;
pub(crate) mod ops;
pub(crate) mod policy;
pub(crate) mod problem;
pub(crate) mod responses;
pub(crate) mod stock;
pub(crate) mod users;

use std::collections::BTreeMap;

use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::from_fn;
use actix_web::{web, HttpResponse, Route};

use crate::error::ErrorCode;
use problem::problem_response;

/// One entry of the route table: method, path (in OpenAPI template form)
/// and whether it is reachable without a token.
pub struct RouteDef {
    pub method: Method,
    pub path: &'static str,
    pub public: bool,
    route: Route,
}

fn def(method: Method, path: &'static str, public: bool, route: Route) -> RouteDef {
    RouteDef {
        route: route.method(method.clone()),
        method,
        path,
        public,
    }
}

/// Every route the service answers. The router is built from this table
/// and the OpenAPI test compares it with `openapi.yaml`, so the two cannot drift.
// One route per line reads best as a table.
#[rustfmt::skip]
pub fn route_table() -> Vec<RouteDef> {
    use Method as M;
    let r = web::route;
    vec![
        def(M::GET, "/healthz", true, r().to(ops::healthz)),
        def(M::GET, "/readyz", true, r().to(ops::readyz)),
        def(M::GET, "/openapi.yaml", true, r().to(ops::openapi)),
        def(M::GET, "/metrics", false, r().to(ops::metrics)),
        def(M::POST, "/api/v1/auth/login", true, r().to(auth::login)),
        def(M::POST, "/api/v1/auth/logout", false, r().to(auth::logout)),
        def(M::GET, "/api/v1/me", false, r().to(auth::me)),
        def(M::PATCH, "/api/v1/me", false, r().to(auth::update_me)),
        def(M::POST, "/api/v1/me/password", false, r().to(auth::change_password)),
        def(M::GET, "/api/v1/people", false, r().to(users::people)),
        def(M::GET, "/api/v1/users", false, r().to(users::list)),
        def(M::POST, "/api/v1/users", false, r().to(users::create)),
        def(M::GET, "/api/v1/users/{id}", false, r().to(users::get)),
        def(M::PATCH, "/api/v1/users/{id}", false, r().to(users::update)),
        def(M::GET, "/api/v1/departments", false, r().to(departments::list)),
        def(M::POST, "/api/v1/departments", false, r().to(departments::create)),
        def(M::GET, "/api/v1/departments/{id}", false, r().to(departments::get)),
        def(M::PATCH, "/api/v1/departments/{id}", false, r().to(departments::update)),
        def(M::GET, "/api/v1/applications", false, r().to(applications::list)),
        def(M::POST, "/api/v1/applications", false, r().to(applications::create)),
        def(M::GET, "/api/v1/applications/{id}", false, r().to(applications::get)),
        def(M::PATCH, "/api/v1/applications/{id}", false, r().to(applications::update)),
        def(M::POST, "/api/v1/applications/{id}/submit", false, r().to(applications::submit)),
        def(M::POST, "/api/v1/applications/{id}/approve", false, r().to(applications::approve)),
        def(M::POST, "/api/v1/applications/{id}/return", false, r().to(applications::return_for_correction)),
        def(M::POST, "/api/v1/applications/{id}/reject", false, r().to(applications::reject)),
        def(M::POST, "/api/v1/applications/{id}/cancel", false, r().to(applications::cancel)),
        def(M::POST, "/api/v1/applications/{id}/order", false, r().to(applications::order)),
        def(M::POST, "/api/v1/applications/{id}/receive", false, r().to(applications::receive)),
        def(M::POST, "/api/v1/applications/{id}/close-short", false, r().to(applications::close_short)),
        def(M::GET, "/api/v1/delegations", false, r().to(delegations::list)),
        def(M::POST, "/api/v1/delegations", false, r().to(delegations::create)),
        def(M::DELETE, "/api/v1/delegations/{id}", false, r().to(delegations::revoke)),
        def(M::GET, "/api/v1/approval-policy", false, r().to(policy::get)),
        def(M::PUT, "/api/v1/approval-policy", false, r().to(policy::put)),
        def(M::POST, "/api/v1/approval-policy/preview", false, r().to(policy::preview)),
        def(M::GET, "/api/v1/holidays", false, r().to(holidays::list)),
        def(M::POST, "/api/v1/holidays/import", false, r().to(holidays::import)),
        def(M::PUT, "/api/v1/holidays/{day}", false, r().to(holidays::put)),
        def(M::DELETE, "/api/v1/holidays/{day}", false, r().to(holidays::delete)),
        def(M::GET, "/api/v1/items", false, r().to(catalogue::list_items)),
        def(M::POST, "/api/v1/items", false, r().to(catalogue::create_item)),
        def(M::GET, "/api/v1/items/export", false, r().to(catalogue::export_items)),
        def(M::POST, "/api/v1/items/import", false, r().to(catalogue::import_items)),
        def(M::GET, "/api/v1/items/{id}", false, r().to(catalogue::get_item)),
        def(M::PATCH, "/api/v1/items/{id}", false, r().to(catalogue::update_item)),
        def(M::GET, "/api/v1/locations", false, r().to(catalogue::list_locations)),
        def(M::POST, "/api/v1/locations", false, r().to(catalogue::create_location)),
        def(M::GET, "/api/v1/locations/{id}", false, r().to(catalogue::get_location)),
        def(M::GET, "/api/v1/stock", false, r().to(stock::balances)),
        def(M::GET, "/api/v1/stock/movements", false, r().to(stock::movements)),
        def(M::POST, "/api/v1/stock/movements", false, r().to(stock::record)),
        def(M::PUT, "/api/v1/stock/policies", false, r().to(stock::set_policy)),
        def(M::GET, "/api/v1/stock/policies/suggestion", false, r().to(stock::suggest_policy)),
        def(M::GET, "/api/v1/stock/replenishment", false, r().to(stock::replenishment)),
        def(M::POST, "/api/v1/stock/replenishment/applications", false, r().to(stock::draft_replenishment)),
        def(M::POST, "/api/v1/stock/counts", false, r().to(stock::count)),
        def(M::GET, "/api/v1/budget-limits", false, r().to(budgets::list_limits)),
        def(M::PUT, "/api/v1/budget-limits", false, r().to(budgets::put_limit)),
        def(M::GET, "/api/v1/budget-execution", false, r().to(budget_execution::get)),
        def(M::GET, "/api/v1/budget-execution/export", false, r().to(budget_execution::export)),
        def(M::GET, "/api/v1/budgets", false, r().to(budgets::list)),
        def(M::POST, "/api/v1/budgets", false, r().to(budgets::create)),
        def(M::GET, "/api/v1/budgets/{id}", false, r().to(budgets::get)),
        def(M::GET, "/api/v1/budgets/{id}/export", false, r().to(budgets::export)),
        def(M::POST, "/api/v1/budgets/{id}/approve", false, r().to(budgets::approve)),
        def(M::GET, "/api/v1/schedules", false, r().to(budgets::list_schedules)),
        def(M::PUT, "/api/v1/schedules/{job}", false, r().to(budgets::put_schedule)),
        def(M::GET, "/api/v1/audit", false, r().to(audit::list)),
        def(M::GET, "/api/v1/notifications", false, r().to(notifications::list)),
        def(M::GET, "/api/v1/notifications/queue", false, r().to(notifications::queue)),
        def(M::POST, "/api/v1/notifications/{id}/retry", false, r().to(notifications::retry)),
        def(M::POST, "/api/v1/notifications/{id}/dismiss", false, r().to(notifications::dismiss)),
    ]
}

/// Paths whose bodies may be as large as `max_body_bytes`; every other
/// route takes at most [`extract::SMALL_BODY_BYTES`].
const LARGE_BODIES: [&str; 5] = [
    "/api/v1/applications",
    "/api/v1/applications/{id}",
    "/api/v1/items/import",
    "/api/v1/stock/counts",
    "/api/v1/stock/replenishment/applications",
];

/// Registers the route table, with problem+json 405s per resource (404s for
/// everything else come from `startup`'s fallback).
pub(crate) fn configure(cfg: &mut web::ServiceConfig) {
    let mut by_path: BTreeMap<&'static str, Vec<RouteDef>> = BTreeMap::new();
    for d in route_table() {
        by_path.entry(d.path).or_default().push(d);
    }
    for (path, defs) in by_path {
        let allowed: Vec<String> = defs.iter().map(|d| d.method.to_string()).collect();
        let allowed = allowed.join(", ");
        // Publicity is per path: no path mixes public and protected methods.
        let public = defs.iter().all(|d| d.public);
        let mut resource = web::resource(path);
        if !LARGE_BODIES.contains(&path) {
            resource = resource.app_data(extract::SmallBodies);
        }
        for d in defs {
            resource = resource.route(d.route);
        }
        resource = resource.default_service(web::to(move || {
            let allowed = allowed.clone();
            async move { method_not_allowed(&allowed) }
        }));
        if public {
            cfg.service(resource);
        } else {
            cfg.service(resource.wrap(from_fn(auth::require_token)));
        }
    }
}

fn method_not_allowed(allowed: &str) -> HttpResponse {
    let mut response = problem_response(
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::MethodNotAllowed,
        &format!("this resource answers only {allowed}"),
        None,
    );
    if let Ok(value) = header::HeaderValue::from_str(allowed) {
        response.headers_mut().insert(header::ALLOW, value);
    }
    response
}

/// The API's answer for a path nobody serves (startup's fallback sends
/// browsers asking for a page to the UI's instead).
pub(crate) async fn not_found() -> HttpResponse {
    problem_response(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        "no such resource",
        None,
    )
}
