//! Signing out in a browser: the session ends everywhere it is used (API
//! tokens included) and the cookie is forgotten.

use actix_web::{web, HttpResponse};

use super::page::{see_other, UiError};
use super::session::{self, SESSION_COOKIE};
use super::signed_form::SignedForm;
use crate::error::AppError;
use crate::service::{auth, AppContext};

/// `POST /sign-out`: ends the session everywhere it is used and forgets the cookie.
pub(crate) async fn sign_out(
    ctx: web::Data<AppContext>,
    posted: SignedForm,
) -> Result<HttpResponse, UiError> {
    let SignedForm { who, form: _ } = posted;
    auth::logout(&ctx, &who.actor).await?;
    let mut response = see_other("/sign-in");
    response
        .add_cookie(&session::expired_cookie(SESSION_COOKIE, "/"))
        .map_err(|e| UiError::App(AppError::internal(e)))?;
    Ok(response)
}
