//! A browser without JavaScript for the page tests: a cookie jar, no
//! automatic redirects (a test sees each 303), forms posted as a browser
//! posts them, and the CSRF token read from the last page like a form would.

use std::sync::Arc;

use reqwest::cookie::Jar;
use reqwest::{header, Response, StatusCode};

use crate::helpers::TestApp;

pub struct Browser {
    pub http: reqwest::Client,
    pub base: String,
    jar: Arc<Jar>,
    /// The form token of the signed-in session, as the last page carried it.
    pub csrf: String,
}

/// What a page request answered.
pub struct Page {
    pub status: StatusCode,
    pub headers: header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The value of the first hidden `name` input.
    pub fn hidden(&self, name: &str) -> Option<String> {
        let marker = format!("name=\"{name}\" value=\"");
        let at = self.body.find(&marker)? + marker.len();
        let end = self.body[at..].find('"')?;
        Some(self.body[at..at + end].to_owned())
    }

    /// Every hidden field of the page, its value unescaped, in order.
    pub fn hidden_fields(&self) -> Vec<(String, String)> {
        let unescape = |v: &str| {
            v.replace("&#34;", "\"")
                .replace("&#39;", "'")
                .replace("&#60;", "<")
                .replace("&#62;", ">")
                .replace("&#38;", "&")
        };
        self.body
            .split("<input type=\"hidden\" name=\"")
            .skip(1)
            .filter_map(|rest| {
                let (name, rest) = rest.split_once("\" value=\"")?;
                let (value, _) = rest.split_once('"')?;
                Some((unescape(name), unescape(value)))
            })
            .collect()
    }

    pub fn assert_has(&self, text: &str) {
        assert!(
            self.body.contains(text),
            "page lacks {text:?}:\n{}",
            self.body
        );
    }
}

async fn page(res: Response) -> Page {
    Page {
        status: res.status(),
        headers: res.headers().clone(),
        body: res.text().await.unwrap(),
    }
}

impl Browser {
    pub fn new(app: &TestApp) -> Self {
        Self::at(&app.base)
    }

    /// A browser for a server started some other way (`procura serve`).
    pub fn at(base: &str) -> Self {
        let jar = Arc::new(Jar::default());
        let http = crate::helpers::test_client()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self {
            http,
            base: base.to_owned(),
            jar,
            csrf: String::new(),
        }
    }

    /// Signed in with an existing session's token (no Argon2 per test);
    /// `sign_in` goes through the real form.
    pub async fn with_session(app: &TestApp, token: &str) -> Self {
        let mut b = Self::new(app);
        let url = b.base.parse().unwrap();
        b.jar
            .add_cookie_str(&format!("procura_session={token}; Path=/"), &url);
        let p = b.get("/applications").await;
        assert_eq!(p.status, 200, "{}", p.body);
        b.csrf = p
            .hidden("csrf")
            .expect("a signed-in page carries the form token");
        b
    }

    pub async fn get(&self, path: &str) -> Page {
        page(
            self.http
                .get(format!("{}{path}", self.base))
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// Posts `fields` plus this session's form token, as a same-origin form.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut all: Vec<(&str, &str)> = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all, Some("same-origin")).await
    }

    /// Posts exactly `fields`, with `Sec-Fetch-Site` as given.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)], site: Option<&str>) -> Page {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body);
        if let Some(site) = site {
            req = req.header("sec-fetch-site", site);
        }
        page(req.send().await.unwrap()).await
    }

    /// Posts exactly `fields` from this site, the browser asking for `lang`.
    pub async fn post_with_language(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        lang: &str,
    ) -> Page {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let req = self
            .http
            .post(format!("{}{path}", self.base))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT_LANGUAGE, lang)
            .header("sec-fetch-site", "same-origin")
            .body(body);
        page(req.send().await.unwrap()).await
    }

    /// Posts a `multipart/form-data` form (a file input): this session's
    /// form token, `fields`, and `files` as `(name, file name, bytes)`.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Page {
        let boundary = "procura-test-boundary-7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = Vec::new();
        let csrf = [("csrf", self.csrf.as_str())];
        for (name, value) in csrf.iter().chain(fields) {
            body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").bytes());
        }
        for (name, file, bytes) in files {
            body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: text/csv\r\n\r\n").bytes());
            body.extend_from_slice(bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{boundary}--\r\n").bytes());
        let req = self
            .http
            .post(format!("{}{path}", self.base))
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header("sec-fetch-site", "same-origin")
            .body(body);
        page(req.send().await.unwrap()).await
    }

    /// Signs in through the sign-in form; returns where it led.
    pub async fn sign_in(&mut self, email: &str, password: &str, next: &str) -> Page {
        let form = self.get(&format!("/sign-in?next={next}")).await;
        assert_eq!(form.status, 200, "{}", form.body);
        let token = form.hidden("csrf").unwrap();
        let next = form.hidden("next").unwrap();
        let fields = [
            ("csrf", token.as_str()),
            ("next", next.as_str()),
            ("email", email),
            ("password", password),
        ];
        let answer = self
            .post_raw("/sign-in", &fields, Some("same-origin"))
            .await;
        if answer.status == 303 {
            let landed = self.get(answer.location()).await;
            if let Some(csrf) = landed.hidden("csrf") {
                self.csrf = csrf;
            }
        }
        answer
    }
}

/// The id in `/applications/{id}` of a 303's Location.
pub fn application_id(location: &str) -> String {
    location
        .trim_start_matches("/applications/")
        .trim_end_matches("/edit")
        .to_owned()
}
