//! The decision link of an "approval needed" mail: `GET /decide/{token}`
//! shows the application with the three buttons to its recipient, signed
//! in or not, and changes nothing (mail scanners fetch every link);
//! `POST` decides through the link, which is spent by that decision. A
//! spent, expired or superseded link shows what became of the step.
//!
//! The token in the path is the secret, so the form carries no session
//! token; the origin check still refuses a post from another site.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::application::{decide_as, refusal, ApplicationPage};
use super::form::{FormData, Problems};
use super::language::browser_locale;
use super::page::{render, see_other, Chrome, UiError};
use super::session::check_origin;
use crate::domain::locale::Locale;
use crate::error::{AppError, ErrorCode};
use crate::i18n::{page_locale, Tr};
use crate::service::applications::abilities::with_abilities;
use crate::service::applications::decision_links::{self, Opened, Spent, SpentLink};
use crate::service::applications::LinkUse;
use crate::service::AppContext;
use crate::web::client::client_address;

#[derive(Template)]
#[template(path = "decision_link.html")]
struct SpentPage {
    chrome: Chrome,
    link: SpentLink,
    valid_days: i64,
}

/// `GET /decide/{token}`.
pub(crate) async fn show(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, UiError> {
    let token = token.into_inner();
    let opened = decision_links::open(&ctx, &token).await?;
    let shown = Shown {
        browser: browser_locale(&req),
        problems: Problems::none(),
        comment: String::new(),
        status: StatusCode::OK,
    };
    page(&ctx, &token, opened, shown).await
}

/// What the page shows besides the application, and in which language.
struct Shown {
    browser: Option<Locale>,
    problems: Problems,
    comment: String,
    status: StatusCode,
}

/// The page in the recipient's language, else their browser's.
fn locale(ctx: &AppContext, chosen: Option<Locale>, browser: Option<Locale>) -> Locale {
    page_locale(ctx.settings.default_locale, chosen, browser)
}

async fn page(
    ctx: &AppContext,
    token: &str,
    opened: Opened,
    shown: Shown,
) -> Result<HttpResponse, UiError> {
    let (actor, id) = match opened {
        Opened::Spent(link) => {
            let page = SpentPage {
                chrome: Chrome::anonymous(ctx, locale(ctx, link.recipient_locale, shown.browser)),
                link,
                valid_days: decision_links::VALID_DAYS,
            };
            return render(&page, StatusCode::GONE);
        }
        Opened::Open {
            actor,
            application_id,
            ..
        } => (actor, application_id),
    };
    let (app, mut can) = with_abilities(ctx, &actor, id).await?;
    // Only the decision is made here; the rest needs signing in.
    can.edit = false;
    can.submit = false;
    can.cancel = false;
    let page = ApplicationPage {
        chrome: Chrome::anonymous(ctx, locale(ctx, actor.user.locale, shown.browser)),
        decide_action: format!("/decide/{token}"),
        csrf: String::new(),
        link_for: Some(actor.user.name.clone()),
        app,
        can,
        problems: shown.problems,
        comment: shown.comment,
    };
    render(&page, shown.status)
}

/// `POST /decide/{token}`: approve, return or reject through the link.
pub(crate) async fn decide(
    ctx: web::Data<AppContext>,
    req: HttpRequest,
    token: web::Path<String>,
    form: FormData,
) -> Result<HttpResponse, UiError> {
    check_origin(&req, &ctx.settings.public_url)?;
    let token = token.into_inner();
    let Opened::Open {
        actor,
        application_id,
        token_hash,
    } = decision_links::open(&ctx, &token).await?
    else {
        return Ok(see_other(&format!("/decide/{token}")));
    };
    let via = LinkUse {
        token_hash,
        client: client_address(&req, &ctx.settings.trusted_proxies),
    };
    match decide_as(&ctx, &actor, application_id, &form, Some(via)).await {
        // The link is spent now: its page says what it decided.
        Ok(_) => Ok(see_other(&format!("/decide/{token}"))),
        Err(AppError::Conflict {
            code: ErrorCode::StepAlreadyDecided,
            ..
        }) => Ok(see_other(&format!("/decide/{token}"))),
        Err(e) => {
            let browser = browser_locale(&req);
            let t = Tr::new(
                locale(&ctx, actor.user.locale, browser),
                ctx.settings.timezone,
            );
            let (problems, status) = refusal(e, &t)?;
            let opened = decision_links::open(&ctx, &token).await?;
            let shown = Shown {
                browser,
                problems,
                comment: form.text("comment"),
                status,
            };
            page(&ctx, &token, opened, shown).await
        }
    }
}
