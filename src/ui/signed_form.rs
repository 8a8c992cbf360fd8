//! The extractor every state-changing page handler takes: the signed-in
//! person and their form, accepted only with their session's form token
//! and from this site. A same-site form whose session ended is answered
//! with the sign-in page that keeps it (`resume`).

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};

use super::error::UiError;
use super::form::FormData;
use super::resume::Resume;
use super::session::{self, SignedIn};
use super::sign_in;
use crate::error::AppError;
use crate::service::AppContext;

/// A form posted by the signed-in person, accepted only with their
/// session's token and from this site (`session::check_form`): every
/// state-changing page handler takes one, so none can forget the check.
pub(crate) struct SignedForm {
    pub who: SignedIn,
    pub form: FormData,
}

impl FromRequest for SignedForm {
    type Error = UiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, UiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let who = SignedIn::from_request(req, payload);
        let form = FormData::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let who = who.await;
            let form = form.await?;
            let ctx = req
                .app_data::<web::Data<AppContext>>()
                .ok_or_else(|| UiError::App(AppError::internal("no context")))?;
            let who = match who {
                // The session ended while the form was being filled in:
                // sign in on a page that keeps it (`resume`).
                Err(UiError::SignIn { next }) => {
                    session::check_origin(&req, &ctx.settings.public_url)?;
                    return Err(match Resume::of_post(req.path(), &form) {
                        Some(kept) => sign_in::keeping(ctx, &req, kept)?,
                        None => UiError::SignIn { next },
                    });
                }
                other => other?,
            };
            session::check_form(&req, form.get("csrf"), &who.csrf, &ctx.settings.public_url)?;
            Ok(Self { who, form })
        })
    }
}
