//! The frame around every page: navigation, the signed-in person and their
//! inbox count, the asset URLs, the lookup — and the headers every page is
//! sent with.

use actix_web::http::{header, StatusCode};
use actix_web::HttpResponse;

use super::assets::{self, AssetUrls};
use crate::domain::locale::Locale;
use crate::domain::roles::Role;
use crate::error::AppResult;
use crate::i18n::{page_locale, Tr};
use crate::service::applications::lists;
use crate::service::identity::Actor;
use crate::service::AppContext;
use crate::web::headers::{PAGE_POLICY, PAGE_REFERRER};

/// Which navigation entry a page belongs to (`aria-current`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    None,
    Mine,
    New,
    Inbox,
    Decided,
    Delegations,
    ToOrder,
    Deliveries,
    Stock,
    Budgets,
    Admin,
    Profile,
}

pub(crate) struct NavUser {
    pub name: String,
    pub csrf: String,
    /// Applications waiting for this person's decision (as approver, by
    /// role or standing in for someone).
    pub awaiting: usize,
    /// Whether the inbox is in the navigation: for those who decide, and
    /// for anyone something is waiting for (a delegate).
    pub inbox: bool,
    /// Whether the IT specialist's queues are in the navigation.
    pub fulfils: bool,
    /// Whether budgets are in the navigation (finance, IT, admins).
    pub budgets: bool,
    /// Whether the administration pages are in the navigation.
    pub admin: bool,
}

pub(crate) struct Chrome {
    pub t: Tr,
    pub assets: AssetUrls,
    pub user: Option<NavUser>,
    pub section: Section,
}

impl Chrome {
    /// The chrome of a page nobody is signed in to (sign-in, an email's
    /// decision link), in `locale`.
    pub(crate) fn anonymous(ctx: &AppContext, locale: Locale) -> Self {
        Self {
            t: Tr::new(locale, ctx.settings.timezone),
            assets: assets::urls(),
            user: None,
            section: Section::None,
        }
    }

    /// The chrome of a signed-in page, with the inbox count (counted unless
    /// the page already knows it: the inbox's first and only page).
    pub(crate) async fn signed_in(
        ctx: &AppContext,
        actor: &Actor,
        csrf: &str,
        section: Section,
        known_awaiting: Option<usize>,
        browser: Option<Locale>,
    ) -> AppResult<Self> {
        let decides = actor.has(Role::Approver) || actor.has(Role::Finance);
        let awaiting = match known_awaiting {
            Some(n) => n,
            None => lists::awaiting_count(ctx, actor).await?,
        };
        let locale = page_locale(ctx.settings.default_locale, actor.user.locale, browser);
        Ok(Self {
            t: Tr::new(locale, ctx.settings.timezone),
            assets: assets::urls(),
            user: Some(NavUser {
                name: actor.user.name.clone(),
                csrf: csrf.to_owned(),
                awaiting,
                inbox: decides || awaiting > 0,
                fulfils: actor.has(Role::ItSpecialist),
                budgets: [Role::Finance, Role::ItSpecialist, Role::Admin]
                    .into_iter()
                    .any(|r| actor.has(r)),
                admin: actor.has(Role::Admin),
            }),
            section,
        })
    }

    /// Whether the page belongs to the navigation entry `name`.
    pub(crate) fn current(&self, name: &str) -> bool {
        let mine = match self.section {
            Section::None => "",
            Section::Mine => "mine",
            Section::New => "new",
            Section::Inbox => "inbox",
            Section::Decided => "decided",
            Section::Delegations => "delegations",
            Section::ToOrder => "to-order",
            Section::Deliveries => "deliveries",
            Section::Stock => "stock",
            Section::Budgets => "budgets",
            Section::Admin => "admin",
            Section::Profile => "profile",
        };
        mine == name
    }
}

/// An HTML page with the page headers: its own policy, no caching (pages
/// show personal data).
pub(crate) fn html(status: StatusCode, body: String) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((header::CONTENT_SECURITY_POLICY, PAGE_POLICY))
        .insert_header((header::REFERRER_POLICY, PAGE_REFERRER))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}
