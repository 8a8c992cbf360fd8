//! The web UI: server-rendered pages under `/` beside the API under
//! `/api/v1` (docs/architecture/ui.md). Thin handlers, one file per page or
//! journey, that call the same service functions as the API; templates are
//! compiled with the binary (askama), every string goes through one Fluent
//! lookup (`crate::i18n`), every form works without JavaScript (POST → redirect →
//! GET) and htmx only improves it.

pub(crate) mod admin;
pub(crate) mod admin_audit;
pub(crate) mod admin_departments;
pub(crate) mod admin_holidays;
pub(crate) mod admin_policy;
pub(crate) mod admin_policy_form;
pub(crate) mod admin_schedules;
pub(crate) mod admin_user_form;
pub(crate) mod admin_users;
pub(crate) mod application;
pub(crate) mod assets;
pub(crate) mod bar_chart;
pub(crate) mod budget;
pub(crate) mod budget_compare;
pub(crate) mod budget_execution;
pub(crate) mod budget_limits;
pub(crate) mod budgets;
pub(crate) mod catalogue;
pub(crate) mod catalogue_form;
pub(crate) mod catalogue_import;
pub(crate) mod catalogue_pick;
pub(crate) mod chart;
pub(crate) mod chrome;
pub(crate) mod decision_link;
pub(crate) mod delegations;
pub(crate) mod editor;
pub(crate) mod editor_form;
pub(crate) mod error;
pub(crate) mod form;
pub(crate) mod fulfilment;
pub(crate) mod fulfilment_form;
pub(crate) mod home;
pub(crate) mod language;
pub(crate) mod lists;
pub(crate) mod page;
pub(crate) mod profile;
pub(crate) mod queues;
pub(crate) mod replenishment;
pub(crate) mod resume;
pub(crate) mod session;
pub(crate) mod sign_in;
pub(crate) mod sign_out;
pub(crate) mod signed_form;
pub(crate) mod stock;
pub(crate) mod stock_count;
pub(crate) mod stock_item;
pub(crate) mod stock_move;
pub(crate) mod stock_policy;
pub(crate) mod upload;

use actix_web::http::Method;
use actix_web::middleware::from_fn;
use actix_web::{web, Route};

/// One page route: method, path (actix pattern) and whether it needs a
/// signed-in person.
pub struct UiRoute {
    pub method: Method,
    pub path: &'static str,
    pub public: bool,
    route: Route,
}

fn page(method: Method, path: &'static str, public: bool, route: Route) -> UiRoute {
    UiRoute {
        route: route.method(method.clone()),
        method,
        path,
        public,
    }
}

/// Every page route, in matching order (`/applications/new` before
/// `/applications/{id}`). The browser suite checks that it visits each.
#[rustfmt::skip]
pub fn route_table() -> Vec<UiRoute> {
    use Method as M;
    let r = web::route;
    vec![
        page(M::GET, "/", false, r().to(home::home)),
        page(M::GET, "/sign-in", true, r().to(sign_in::form)),
        page(M::POST, "/sign-in", true, r().to(sign_in::submit)),
        page(M::POST, "/sign-out", false, r().to(sign_out::sign_out)),
        page(M::GET, "/applications", false, r().to(lists::mine)),
        page(M::GET, "/inbox", false, r().to(lists::inbox)),
        page(M::GET, "/applications/new", false, r().to(editor::new_form)),
        page(M::POST, "/applications/new", false, r().to(editor::create)),
        page(M::GET, "/applications/{id}", false, r().to(application::show)),
        page(M::GET, "/applications/{id}/edit", false, r().to(editor::edit_form)),
        page(M::POST, "/applications/{id}/edit", false, r().to(editor::update)),
        page(M::POST, "/applications/{id}/submit", false, r().to(application::submit)),
        page(M::POST, "/applications/{id}/decide", false, r().to(application::decide)),
        page(M::POST, "/applications/{id}/cancel", false, r().to(application::cancel)),
        page(M::GET, "/applications/{id}/order", false, r().to(fulfilment::order_form)),
        page(M::POST, "/applications/{id}/order", false, r().to(fulfilment::order)),
        page(M::GET, "/applications/{id}/receive", false, r().to(fulfilment::receive_form)),
        page(M::POST, "/applications/{id}/receive", false, r().to(fulfilment::receive)),
        page(M::GET, "/to-order", false, r().to(queues::to_order)),
        page(M::GET, "/deliveries", false, r().to(queues::deliveries)),
        page(M::GET, "/stock", false, r().to(stock::balances)),
        page(M::GET, "/stock/items/{id}", false, r().to(stock_item::show)),
        page(M::GET, "/stock/items/{id}/move", false, r().to(stock_move::form)),
        page(M::POST, "/stock/items/{id}/move", false, r().to(stock_move::record)),
        page(M::GET, "/stock/items/{id}/policy", false, r().to(stock_policy::form)),
        page(M::POST, "/stock/items/{id}/policy", false, r().to(stock_policy::save)),
        page(M::GET, "/stock/replenishment", false, r().to(replenishment::show)),
        page(M::POST, "/stock/replenishment", false, r().to(replenishment::draft)),
        page(M::POST, "/stock/replenishment/policy", false, r().to(replenishment::apply_policy)),
        page(M::GET, "/stock/counts/new", false, r().to(stock_count::sheet)),
        page(M::POST, "/stock/counts/new", false, r().to(stock_count::submit)),
        page(M::GET, "/stock/counts/{id}", false, r().to(stock_count::show_count)),
        page(M::GET, "/budgets", false, r().to(budgets::list)),
        page(M::POST, "/budgets", false, r().to(budgets::generate)),
        page(M::GET, "/budgets/execution", false, r().to(budget_execution::show)),
        page(M::GET, "/budgets/execution/export", false, r().to(budget_execution::export)),
        page(M::GET, "/budgets/limits", false, r().to(budget_limits::show)),
        page(M::POST, "/budgets/limits", false, r().to(budget_limits::save)),
        page(M::POST, "/budgets/limits/copy", false, r().to(budget_limits::copy)),
        page(M::GET, "/budgets/{id}", false, r().to(budget::show)),
        page(M::POST, "/budgets/{id}/approve", false, r().to(budget::approve)),
        page(M::GET, "/budgets/{id}/export", false, r().to(budget::export)),
        page(M::GET, "/budgets/{id}/compare", false, r().to(budget_compare::show)),
        page(M::GET, "/admin", false, r().to(admin::hub)),
        page(M::GET, "/admin/notifications", false, r().to(admin::list)),
        page(M::POST, "/admin/notifications/{id}/retry", false, r().to(admin::retry)),
        page(M::POST, "/admin/notifications/{id}/dismiss", false, r().to(admin::dismiss)),
        page(M::GET, "/admin/audit", false, r().to(admin_audit::list)),
        page(M::GET, "/admin/departments", false, r().to(admin_departments::tree)),
        page(M::GET, "/admin/departments/new", false, r().to(admin_departments::new_form)),
        page(M::POST, "/admin/departments/new", false, r().to(admin_departments::create)),
        page(M::GET, "/admin/departments/{id}", false, r().to(admin_departments::edit_form)),
        page(M::POST, "/admin/departments/{id}", false, r().to(admin_departments::update)),
        page(M::GET, "/admin/holidays", false, r().to(admin_holidays::list)),
        page(M::POST, "/admin/holidays", false, r().to(admin_holidays::add)),
        page(M::POST, "/admin/holidays/import", false, r().to(admin_holidays::import)),
        page(M::POST, "/admin/holidays/{day}/delete", false, r().to(admin_holidays::remove)),
        page(M::GET, "/admin/policy", false, r().to(admin_policy::show_policy)),
        page(M::POST, "/admin/policy", false, r().to(admin_policy::post)),
        page(M::GET, "/admin/schedules", false, r().to(admin_schedules::list)),
        page(M::POST, "/admin/schedules/{job}", false, r().to(admin_schedules::save)),
        page(M::GET, "/admin/users", false, r().to(admin_users::list)),
        page(M::GET, "/admin/users/new", false, r().to(admin_users::new_form)),
        page(M::POST, "/admin/users/new", false, r().to(admin_users::create)),
        page(M::GET, "/admin/users/{id}", false, r().to(admin_users::show_user)),
        page(M::POST, "/admin/users/{id}", false, r().to(admin_users::update)),
        page(M::POST, "/admin/users/{id}/active", false, r().to(admin_users::set_active)),
        page(M::POST, "/admin/users/{id}/password", false, r().to(admin_users::reset_password)),
        page(M::POST, "/admin/users/{id}/sessions/end", false, r().to(admin_users::end_sessions)),
        page(M::GET, "/decide/{token}", true, r().to(decision_link::show)),
        page(M::POST, "/decide/{token}", true, r().to(decision_link::decide)),
        page(M::GET, "/decided", false, r().to(lists::decided)),
        page(M::GET, "/catalogue/matches", false, r().to(catalogue_pick::matches)),
        page(M::GET, "/catalogue", false, r().to(catalogue::list)),
        page(M::GET, "/catalogue/new", false, r().to(catalogue::new_form)),
        page(M::POST, "/catalogue/new", false, r().to(catalogue::create)),
        page(M::GET, "/catalogue/export", false, r().to(catalogue::export)),
        page(M::GET, "/catalogue/import", false, r().to(catalogue_import::form)),
        page(M::POST, "/catalogue/import", false, r().to(catalogue_import::submit)),
        page(M::GET, "/catalogue/items/{id}", false, r().to(catalogue::edit_form)),
        page(M::POST, "/catalogue/items/{id}", false, r().to(catalogue::update)),
        page(M::POST, "/catalogue/items/{id}/active", false, r().to(catalogue::set_active)),
        page(M::GET, "/delegations", false, r().to(delegations::show)),
        page(M::POST, "/delegations", false, r().to(delegations::create)),
        page(M::POST, "/delegations/{id}/end", false, r().to(delegations::end)),
        page(M::GET, "/me", false, r().to(profile::show)),
        page(M::POST, "/me/password", false, r().to(profile::change_password)),
        page(M::POST, "/me/language", false, r().to(profile::change_language)),
        page(M::GET, "/assets/{file}", true, r().to(assets::serve)),
    ]
}

/// Registers the page routes; forms are read up to [`form::MAX_FORM_BYTES`].
pub(crate) fn configure(cfg: &mut web::ServiceConfig) {
    let mut paths: Vec<&'static str> = Vec::new();
    let mut routes: Vec<UiRoute> = route_table();
    for r in &routes {
        if !paths.contains(&r.path) {
            paths.push(r.path);
        }
    }
    for path in paths {
        let mut resource =
            web::resource(path).app_data(web::PayloadConfig::new(form::MAX_FORM_BYTES));
        let (mine, rest): (Vec<UiRoute>, Vec<UiRoute>) =
            routes.into_iter().partition(|r| r.path == path);
        routes = rest;
        let assets = mine.iter().all(|r| r.path.starts_with("/assets/"));
        for r in mine {
            resource = resource.route(r.route);
        }
        if assets {
            cfg.service(resource);
        } else {
            cfg.service(resource.wrap(from_fn(language::scope)));
        }
    }
}
