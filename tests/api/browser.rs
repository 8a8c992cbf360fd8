//! The real-browser suite: Debian's chromium, headless, driven through
//! chromedriver with fantoccini. It walks the journey of issue 18 — an
//! employee files with mistakes, sees every problem, fixes and submits;
//! the department head approves; the head of IT returns it with a comment;
//! the employee fixes and resubmits; the chain approves it — the head of
//! IT, signed out, from the decision link in the email the SMTP server
//! received, finance through that email's link to the page — and on every page it
//! visits runs axe-core (vendored) and saves a desktop and a 375 px
//! screenshot under `target/ui-screenshots/`.
//!
//! Without chromium and chromedriver the suite says it was skipped; with
//! `CI=true` their absence fails it.

#[path = "browser_admin.rs"]
mod admin_walk;
#[path = "browser_budgets.rs"]
mod budget_walk;
#[path = "browser_catalogue.rs"]
mod catalogue_walk;
#[path = "browser_stock.rs"]
mod stock_walk;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::app_fixtures::org;
use crate::helpers::*;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const AXE: &str = include_str!("../vendor/axe-core-4.11.4/axe.min.js");

/// `false` (and a line on the terminal saying so) when the suite cannot run here.
fn browser_available() -> bool {
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER]
        .into_iter()
        .filter(|p| !Path::new(p).exists())
        .collect();
    if missing.is_empty() {
        return true;
    }
    let why = format!(
        "browser suite skipped: {} not installed (apt-get install chromium chromium-driver)",
        missing.join(" and ")
    );
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{why}; CI=true requires it");
    }
    // Straight to the terminal: the harness captures eprintln! of passing tests.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{why}");
    false
}

struct Driver {
    process: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

async fn start_driver() -> Driver {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let process = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Driver {
        process,
        port,
        _profile: tempfile::tempdir().unwrap(),
    }
}

async fn open_browser(driver: &Driver) -> Client {
    let profile = driver._profile.path().display().to_string();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                format!("--user-data-dir={profile}"),
            ],
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a chromium session")
}

/// One browser walking the pages, recording what it checked.
struct Walk {
    client: Client,
    base: String,
    shots: PathBuf,
    /// `(method, route)` of every page route used, to compare with the table.
    used: BTreeSet<(String, String)>,
    /// Pages already checked by axe (one pass per template is enough).
    checked: BTreeSet<String>,
    violations: Vec<String>,
    excused: Vec<String>,
}

impl Walk {
    async fn open(&mut self, path: &str, route: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap();
        // The driver's "loaded" is not always the end of the navigation on
        // a loaded machine: wait until the document is the one asked for.
        let want = path.split('?').next().unwrap_or(path).to_owned();
        let arrived =
            "return document.readyState === 'complete' && location.pathname === arguments[0];";
        for _ in 0..200 {
            let done = self
                .client
                .execute(arrived, vec![Value::String(want.clone())])
                .await;
            if done.is_ok_and(|v| v == Value::Bool(true)) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.used("GET", route);
    }

    fn used(&mut self, method: &str, route: &str) {
        self.used.insert((method.to_owned(), route.to_owned()));
    }

    async fn fill(&self, css: &str, text: &str) {
        let field = self.client.find(Locator::Css(css)).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// Picks the option `value` of the select `css`.
    async fn select(&self, css: &str, value: &str) {
        let field = self.client.find(Locator::Css(css)).await.unwrap();
        field.select_by_value(value).await.unwrap();
    }

    /// Saves `lang` as the signed-in person's language on their profile.
    async fn choose_language(&mut self, lang: &str) {
        self.open("/me", "/me").await;
        self.select("#locale", lang).await;
        self.click("form[action='/me/language'] button", "/me/language")
            .await;
    }

    /// Clicks the element `css`.
    async fn press(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    /// Runs `script` (with `args`) every 50 ms until it returns `true`, for
    /// up to 30 s: a loaded CI machine can be slow, and a page that never
    /// came is a failure where it happens, not a confusing one further on.
    async fn until(&self, script: &str, args: Vec<Value>) -> bool {
        for _ in 0..600 {
            let done = self.client.execute(script, args.clone()).await;
            if done.is_ok_and(|v| v == Value::Bool(true)) {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        false
    }

    /// Marks the open page, so a wait on "the same page" fails once it is
    /// left.
    async fn mark_page(&self) {
        self.client
            .execute("window.procuraWalkSame = true;", vec![])
            .await
            .unwrap();
    }

    /// Clicks a form's button and waits for the page the POST leads to: the
    /// old document is marked first, so the wait cannot end on it.
    async fn click(&mut self, css: &str, post: &str) {
        self.client
            .execute("window.procuraWalkOld = true;", vec![])
            .await
            .unwrap();
        self.press(css).await;
        let left = "return document.readyState === 'complete' && !window.procuraWalkOld;";
        assert!(
            self.until(left, vec![]).await,
            "clicking {css} led to no new page"
        );
        self.client
            .wait()
            .for_element(Locator::Css("main"))
            .await
            .unwrap();
        self.used("POST", post);
    }

    /// Waits for `css` on the page that is open, and fails if the page was
    /// left meanwhile: what htmx swaps in, not a new page.
    async fn appears(&self, css: &str) {
        self.mark_page().await;
        let probe = "return window.procuraWalkSame === true && document.querySelector(arguments[0]) !== null;";
        if !self.until(probe, vec![Value::String(css.to_owned())]).await {
            let page = self.page().await;
            panic!(
                "{css} never appeared in place on {}:\n{page}",
                self.path().await
            );
        }
    }

    /// Clicks an htmx button and waits until `region` has been swapped for
    /// a new one on the same page.
    async fn swap(&mut self, click: &str, region: &str, post: &str) {
        let region_arg = vec![Value::String(region.to_owned())];
        let mark = "document.querySelector(arguments[0]).procuraWalkOld = true;";
        self.client.execute(mark, region_arg.clone()).await.unwrap();
        self.mark_page().await;
        self.press(click).await;
        let probe = "var r = document.querySelector(arguments[0]); \
            return window.procuraWalkSame === true && r !== null && r.procuraWalkOld !== true;";
        assert!(
            self.until(probe, region_arg).await,
            "clicking {click} swapped no new {region} in place"
        );
        self.used("POST", post);
    }

    /// The id of the element that has the keyboard focus.
    async fn focused(&self) -> String {
        let id = "return document.activeElement ? document.activeElement.id : '';";
        let v = self.client.execute(id, vec![]).await.unwrap();
        v.as_str().unwrap_or_default().to_owned()
    }

    async fn page(&self) -> String {
        self.client.source().await.unwrap()
    }

    /// Fails, saying where the browser is and what it shows, unless the
    /// page contains `text`.
    async fn expect(&self, text: &str) {
        // Waited for up to 10 s, as browser suites wait for a condition: a
        // navigation the driver reported done may still be replacing the
        // document on a loaded machine.
        let mut page = self.page().await;
        for _ in 0..100 {
            if page.contains(text) {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            page = self.page().await;
        }
        if !page.contains(text) {
            let png = self.client.screenshot().await.unwrap();
            std::fs::write(self.shots.join("failure.png"), png).unwrap();
            panic!("{} lacks {text:?}:\n{page}", self.path().await);
        }
    }

    async fn path(&self) -> String {
        self.client.current_url().await.unwrap().path().to_owned()
    }

    /// axe-core on the page (once per template) and its screenshots.
    async fn look(&mut self, name: &str) {
        if self.checked.insert(name.to_owned()) {
            self.axe(name).await;
        }
        for (size, (w, h)) in [("desktop", (1280, 900)), ("375px", (375, 812))] {
            self.client.set_window_size(w, h).await.unwrap();
            let png = self.client.screenshot().await.unwrap();
            std::fs::write(self.shots.join(format!("{name}-{size}.png")), png).unwrap();
        }
        self.client.set_window_size(1280, 900).await.unwrap();
    }

    async fn axe(&mut self, name: &str) {
        self.client
            .execute(&format!("{AXE}\nreturn true;"), vec![])
            .await
            .unwrap();
        let script = "const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))));";
        let found: Value = self.client.execute_async(script, vec![]).await.unwrap();
        for v in found.as_array().unwrap() {
            let id = v["id"].as_str().unwrap();
            let line = format!("{name}: {id} ({}) at {}", v["help"], v["nodes"]);
            if excused_rules().contains(id) {
                self.excused.push(line);
            } else {
                self.violations.push(line);
            }
        }
    }

    async fn sign_in(&mut self, email: &str) {
        self.open("/sign-in", "/sign-in").await;
        self.fill("#email", email).await;
        self.fill("#password", PASSWORD).await;
        self.click("form[action='/sign-in'] button[type=submit]", "/sign-in")
            .await;
        if self.path().await == "/sign-in" {
            panic!("{email} could not sign in:\n{}", self.page().await);
        }
    }

    async fn sign_out(&mut self) {
        self.click("form.sign-out button", "/sign-out").await;
        assert_eq!(self.path().await, "/sign-in");
    }
}

fn excused_rules() -> BTreeSet<String> {
    let text = include_str!("../a11y-exceptions.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split(':').next())
        .map(|id| id.trim().to_owned())
        .collect()
}

/// The first link under `path` (`/applications/`, `/decide/`) in the last
/// mail to `to`.
fn link_in_mail(app: &TestApp, to: &str, path: &str) -> String {
    let mail = app.smtp.received();
    let last = mail
        .iter()
        .rev()
        .find(|m| m.to.iter().any(|t| t == to))
        .expect("a mail to the approver");
    let parsed = mail_parser::MessageParser::default()
        .parse(&last.data)
        .unwrap();
    let text = parsed.body_text(0).unwrap().into_owned();
    let at = text
        .find(&format!("http://127.0.0.1{path}"))
        .unwrap_or_else(|| panic!("no link to {path} in:\n{text}"));
    text[at..].split_whitespace().next().unwrap().to_owned()
}

#[tokio::test]
async fn an_application_goes_from_a_mistake_to_approved_in_the_browser() {
    if !browser_available() {
        return;
    }
    let app = TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await;
    let org = org(&app).await;
    let email = |u: &Value| u["email"].as_str().unwrap().to_owned();
    let driver = start_driver().await;
    let shots = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/target/ui-screenshots"
    ));
    std::fs::create_dir_all(&shots).unwrap();
    let mut walk = Walk {
        client: open_browser(&driver).await,
        base: app.base.clone(),
        shots,
        used: BTreeSet::new(),
        checked: BTreeSet::new(),
        violations: Vec::new(),
        excused: Vec::new(),
    };

    let dock = json!({"sku": "DOCK-1", "name": "Docking station", "unit": "piece",
        "unit_cost": "150", "category": "hardware"});
    expect_status(
        app.post("/api/v1/items", &org.specialist.1, &dock).await,
        201,
    )
    .await;

    // Signed out, a page leads through sign-in and back to it.
    walk.open("/applications/new", "/applications/new").await;
    assert_eq!(walk.path().await, "/sign-in");
    walk.look("sign-in").await;
    walk.fill("#email", &email(&org.emp.0)).await;
    walk.fill("#password", "wrong-password").await;
    walk.click("form[action='/sign-in'] button[type=submit]", "/sign-in")
        .await;
    assert!(walk
        .page()
        .await
        .contains("The email or password is wrong."));
    walk.look("sign-in-refused").await;
    walk.fill("#password", PASSWORD).await;
    walk.click("form[action='/sign-in'] button[type=submit]", "/sign-in")
        .await;
    assert_eq!(walk.path().await, "/applications/new");

    // The employee files with mistakes and sees every one beside its field.
    walk.fill("#title", "Laptops for the new analysts").await;
    walk.fill("#line-0-description", "14-inch laptop").await;
    walk.fill("#line-0-quantity", "0").await;
    walk.fill("#line-0-unit_price", "1200").await;
    // Leaving the quantity checked it in place (htmx): its problem is
    // beside it before anything is sent.
    walk.appears("#line-0-quantity-problem").await;
    // The field is marked when htmx settles the swap, a moment after the
    // problem is in the page: wait for that, not a fixed time.
    let settled = "return document.getElementById('line-0-quantity').hasAttribute('aria-invalid');";
    walk.until(settled, vec![]).await;
    let marked = "var q = document.getElementById('line-0-quantity'); \
        return q.getAttribute('aria-invalid') + ' ' + q.getAttribute('aria-describedby');";
    let marked = walk.client.execute(marked, vec![]).await.unwrap();
    assert_eq!(marked, "true line-0-quantity-problem");
    walk.look("application-new").await;
    // Adding a line swaps the lines in place, with the cursor in the new one.
    walk.swap(
        "button[value=add-line]",
        "#lines-region",
        "/applications/new",
    )
    .await;
    assert_eq!(walk.focused().await, "line-1-description");
    let title = "return document.getElementById('title').value;";
    let title = walk.client.execute(title, vec![]).await.unwrap();
    assert_eq!(
        title, "Laptops for the new analysts",
        "the form outside the lines stays"
    );
    // The second line comes from the catalogue: htmx shows the matches as
    // the employee types, and choosing one fills the line.
    walk.fill("#line-1-item_search", "dock").await;
    walk.client
        .wait()
        .for_element(Locator::Css("button[value^='use-1-']"))
        .await
        .unwrap();
    walk.used("GET", "/catalogue/matches");
    walk.look("catalogue-matches").await;
    walk.click("button[value^='use-1-']", "/applications/new")
        .await;
    walk.expect("Catalogue item: DOCK-1").await;
    walk.fill("#line-1-quantity", "2").await;
    walk.click(".editor .buttons button[value=submit]", "/applications/new")
        .await;
    let refused = walk.page().await;
    assert!(refused.contains("3 things need fixing"), "{refused}");
    for id in [
        "justification-problem",
        "needed_by-problem",
        "line-0-quantity-problem",
    ] {
        assert!(refused.contains(&format!("id=\"{id}\"")), "{id}");
    }
    walk.look("application-problems").await;
    let edit_path = walk.path().await; // still the form's address: /applications/new
    assert_eq!(edit_path, "/applications/new");
    walk.fill("#justification", "Two analysts start on 1 July.")
        .await;
    walk.fill("#needed_by", "07012026").await;
    walk.fill("#line-0-quantity", "2").await;
    let form_action = walk
        .client
        .find(Locator::Css("form.editor"))
        .await
        .unwrap()
        .attr("action")
        .await
        .unwrap()
        .unwrap();
    walk.click(
        ".editor .buttons button[value=submit]",
        "/applications/{id}/edit",
    )
    .await;
    let page_path = walk.path().await;
    assert_eq!(format!("{page_path}/edit"), form_action);
    let page = walk.page().await;
    assert!(
        page.contains("Submitted") && page.contains("2,700.00 EUR"),
        "{page}"
    );
    walk.look("application-submitted").await;
    walk.open("/applications", "/applications").await;
    walk.look("my-applications").await;
    walk.open("/me", "/me").await;
    walk.look("profile").await;
    walk.sign_out().await;

    // The department head approves from the inbox.
    walk.sign_in(&email(&org.ops_head.0)).await;
    assert_eq!(walk.path().await, "/", "sign-in leads home");
    walk.used("GET", "/");
    let home = walk.page().await;
    assert!(home.contains("href=\"/inbox\""), "{home}");
    assert!(
        home.contains(&page_path),
        "the oldest waiting is named: {home}"
    );
    walk.look("home").await;
    walk.open("/inbox", "/inbox").await;
    walk.look("inbox").await;
    walk.open(&page_path, "/applications/{id}").await;
    walk.look("application-to-decide").await;
    walk.click("button[value=approve]", "/applications/{id}/decide")
        .await;
    walk.open("/decided", "/decided").await;
    walk.expect(&page_path).await;
    walk.look("decided-by-me").await;
    // Naming a delegate for a week, then ending it.
    walk.open("/delegations", "/delegations").await;
    let director = org.director.0["id"].as_str().unwrap().to_owned();
    walk.select("#delegate_id", &director).await;
    walk.fill("#starts_on", "06012026").await;
    walk.fill("#ends_on", "06072026").await;
    walk.click("form[action='/delegations'] button.primary", "/delegations")
        .await;
    walk.expect("decides for you").await;
    walk.look("delegations").await;
    walk.click("form[action$='/end'] button", "/delegations/{id}/end")
        .await;
    walk.expect("You have not named a delegate.").await;
    walk.sign_out().await;

    // The head of IT returns it: first without the comment a return needs.
    walk.sign_in(&email(&org.it_head.0)).await;
    walk.open(&page_path, "/applications/{id}").await;
    walk.click("button[value=return]", "/applications/{id}/decide")
        .await;
    walk.expect("id=\"comment-problem\"").await;
    walk.look("decision-refused").await;
    walk.fill("#comment", "Please name the laptop model.").await;
    walk.click("button[value=return]", "/applications/{id}/decide")
        .await;
    walk.sign_out().await;

    // The employee sees the comment, fixes and resubmits.
    walk.sign_in(&email(&org.emp.0)).await;
    walk.open(&format!("{page_path}/edit"), "/applications/{id}/edit")
        .await;
    walk.expect("Please name the laptop model.").await;
    walk.look("application-returned").await;
    walk.fill("#line-0-description", "14-inch laptop, ThinkPad T14")
        .await;
    walk.click(
        ".editor .buttons button[value=save]",
        "/applications/{id}/edit",
    )
    .await;
    walk.click(
        "form[action$='/submit'] button",
        "/applications/{id}/submit",
    )
    .await;
    walk.expect("Submitted").await;
    walk.sign_out().await;

    // The department head approves on the page; the head of IT, signed
    // out, from the decision link in their email; finance follows the
    // email's link to the page, through sign-in.
    walk.sign_in(&email(&org.ops_head.0)).await;
    walk.open(&page_path, "/applications/{id}").await;
    walk.click("button[value=approve]", "/applications/{id}/decide")
        .await;
    walk.sign_out().await;
    app.deliver_mail().await;
    let decide = link_in_mail(&app, &email(&org.it_head.0), "/decide/");
    walk.open(
        decide.trim_start_matches("http://127.0.0.1"),
        "/decide/{token}",
    )
    .await;
    assert!(walk
        .page()
        .await
        .contains("through the link in your approval email"));
    walk.look("decide-from-email").await;
    walk.click("button[value=approve]", "/decide/{token}").await;
    walk.expect("This link has been used").await;
    walk.look("decision-link-used").await;
    app.deliver_mail().await;
    let link = link_in_mail(&app, &email(&org.finance.0), "/applications/");
    let path = link.trim_start_matches("http://127.0.0.1");
    walk.client
        .goto(&format!("{}{path}", app.base))
        .await
        .unwrap();
    assert_eq!(
        walk.path().await,
        "/sign-in",
        "a signed-out link goes through sign-in"
    );
    walk.fill("#email", &email(&org.finance.0)).await;
    walk.fill("#password", PASSWORD).await;
    walk.click("form[action='/sign-in'] button[type=submit]", "/sign-in")
        .await;
    assert_eq!(
        walk.path().await,
        path,
        "and lands on the page it pointed to"
    );
    walk.click("button[value=approve]", "/applications/{id}/decide")
        .await;
    let done = walk.page().await;
    assert!(done.contains("status status-approved"), "{done}");
    walk.look("application-approved").await;

    // The IT specialist orders it at a lower price, then receives it in
    // two deliveries.
    walk.sign_out().await;
    walk.sign_in(&email(&org.specialist.0)).await;
    walk.open("/to-order", "/to-order").await;
    walk.expect(&page_path).await;
    walk.look("to-order").await;
    walk.open(&format!("{page_path}/order"), "/applications/{id}/order")
        .await;
    walk.fill("#supplier", "Office & IT Supplies").await;
    walk.fill("#reference", "PO-2026-0042").await;
    walk.fill("#line-0-unit_price", "1150").await;
    walk.look("order-form").await;
    walk.click(
        "form[action$='/order'] button.primary",
        "/applications/{id}/order",
    )
    .await;
    walk.expect("status status-ordered").await;
    walk.open("/deliveries", "/deliveries").await;
    walk.expect(&page_path).await;
    walk.look("deliveries").await;
    walk.open(
        &format!("{page_path}/receive"),
        "/applications/{id}/receive",
    )
    .await;
    walk.fill("#line-0-quantity", "1").await;
    walk.fill("#line-1-quantity", "0").await;
    walk.look("receive-form").await;
    walk.click(
        "form[action$='/receive'] button.primary",
        "/applications/{id}/receive",
    )
    .await;
    assert!(walk
        .page()
        .await
        .contains("status status-partially_received"));
    walk.open(
        &format!("{page_path}/receive"),
        "/applications/{id}/receive",
    )
    .await;
    walk.click(
        "form[action$='/receive'] button.primary",
        "/applications/{id}/receive",
    )
    .await;
    let received = walk.page().await;
    assert!(received.contains("status status-received"), "{received}");
    walk.look("application-received").await;
    walk.open("/stock", "/stock").await;
    walk.look("stock").await;
    let employee = org.emp.0["id"].as_str().unwrap().to_owned();
    stock_walk::keep_stock(&mut walk, &app, &org.specialist.1, &employee).await;
    catalogue_walk::keep_catalogue(&mut walk).await;
    budget_walk::budgets(&mut walk, &email(&org.finance.0)).await;
    admin_walk::administer(&mut walk, &app).await;

    // A second application, cancelled by its requester, and a password change.
    walk.sign_out().await;
    walk.sign_in(&email(&org.emp.0)).await;
    walk.open("/applications/new", "/applications/new").await;
    walk.fill("#title", "Spare mouse").await;
    walk.swap(
        "button[value=remove-0]",
        "#lines-region",
        "/applications/new",
    )
    .await;
    // The session ends while the form is open: saving leads to sign-in,
    // which keeps the form, and one button then sends it on.
    walk.client.delete_cookie("procura_session").await.unwrap();
    walk.click(".editor .buttons button[value=save]", "/applications/new")
        .await;
    walk.expect("Your session ended before the form was sent.")
        .await;
    walk.look("sign-in-keeping-a-form").await;
    walk.fill("#email", &email(&org.emp.0)).await;
    walk.fill("#password", PASSWORD).await;
    walk.click("form[action='/sign-in'] button[type=submit]", "/sign-in")
        .await;
    walk.expect("Send the form").await;
    walk.look("resume-form").await;
    walk.click(
        "form[action='/applications/new'] button[type=submit]",
        "/applications/new",
    )
    .await;
    walk.expect("Spare mouse").await;
    assert!(walk.path().await.starts_with("/applications/"));
    walk.client
        .find(Locator::Css("details.cancel summary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    walk.click("details.cancel button", "/applications/{id}/cancel")
        .await;
    walk.expect("status status-cancelled").await;
    walk.open("/me", "/me").await;
    walk.fill("#current_password", PASSWORD).await;
    walk.fill("#new_password", "another-password-9").await;
    walk.fill("#confirm_password", "another-password-9").await;
    walk.click("form[action='/me/password'] button", "/me/password")
        .await;
    assert!(walk
        .page()
        .await
        .contains("Your password has been changed."));

    // The employee reads Procura in Romanian, then in Ukrainian.
    for (lang, mine) in [("ro", "Cererile mele"), ("uk", "Мої заявки")] {
        walk.choose_language(lang).await;
        let page = walk.page().await;
        assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{page}");
        walk.look(&format!("profile-{lang}")).await;
        walk.open("/applications", "/applications").await;
        walk.expect(mine).await;
        walk.look(&format!("my-applications-{lang}")).await;
    }
    // A journey in Romanian: the employee types the price as Romanians do,
    // forgets the justification, reads the problem in Romanian beside its
    // field, fixes it and submits. The department head reads Ukrainian: the
    // "approval needed" mail comes in Ukrainian, and its link opens the
    // decision page in Ukrainian.
    let patch = json!({"locale": "uk"});
    expect_status(
        app.patch("/api/v1/me", &org.ops_head.1, &patch, None).await,
        200,
    )
    .await;
    walk.choose_language("ro").await;
    walk.open("/applications/new", "/applications/new").await;
    walk.fill("#title", "Monitoare pentru contabilitate").await;
    walk.fill("#needed_by", "07012026").await;
    walk.fill("#line-0-description", "Monitor 27 inch").await;
    walk.fill("#line-0-quantity", "2").await;
    walk.fill("#line-0-unit_price", "1.234,50").await;
    walk.click(".editor .buttons button[value=submit]", "/applications/new")
        .await;
    let refused = walk.page().await;
    assert!(refused.contains("<html lang=\"ro\""), "{refused}");
    assert!(
        refused.contains("id=\"justification-problem\""),
        "{refused}"
    );
    assert!(
        refused.contains("Explicați de ce este necesară achiziția."),
        "the problem in Romanian: {refused}"
    );
    walk.look("ro-application-problems").await;
    walk.fill("#justification", "Monitoarele vechi nu mai funcționează.")
        .await;
    walk.click(
        ".editor .buttons button[value=submit]",
        "/applications/{id}/edit",
    )
    .await;
    let submitted = walk.page().await;
    // The browser writes the no-break space back as an entity.
    assert!(submitted.contains("2&nbsp;469,00 EUR"), "{submitted}");
    walk.look("ro-application-submitted").await;
    let ro_path = walk.path().await;
    walk.sign_out().await;
    app.deliver_mail().await;
    let head = email(&org.ops_head.0);
    // The head's mail about this application (they may have others,
    // delivered in any order by the outbox's parallel lanes).
    let mail = app.smtp.received();
    let asked = mail
        .iter()
        .rev()
        .filter(|m| m.to == [head.clone()])
        .map(|m| {
            mail_parser::MessageParser::default()
                .parse(&m.data)
                .unwrap()
        })
        .find(|m| m.subject().is_some_and(|s| s.contains("2\u{a0}469,00 EUR")))
        .expect("the head is asked about the Romanian application");
    let subject = asked.subject().unwrap();
    assert!(
        subject.starts_with("Потрібне погодження") && subject.contains("2\u{a0}469,00 EUR"),
        "{subject}"
    );
    let text = asked.body_text(0).unwrap().into_owned();
    let at = text
        .find("http://127.0.0.1/decide/")
        .expect("a decision link");
    let decide = text[at..].split_whitespace().next().unwrap().to_owned();
    walk.open(
        decide.trim_start_matches("http://127.0.0.1"),
        "/decide/{token}",
    )
    .await;
    walk.expect("<html lang=\"uk\"").await;
    walk.expect("Monitoare pentru contabilitate").await;
    walk.look("uk-decide-from-email").await;
    walk.click("button[value=approve]", "/decide/{token}").await;
    walk.expect("<html lang=\"uk\"").await;
    walk.look("uk-decision-link-used").await;
    walk.sign_in(&head).await;
    walk.open(&ro_path, "/applications/{id}").await;
    walk.expect("status status-submitted").await;
    walk.look("uk-application-after-decision").await;

    let css = walk
        .page()
        .await
        .split("href=\"/assets/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    walk.open(&format!("/assets/{css}"), "/assets/{file}").await;
    walk.client.close().await.unwrap();

    let table: BTreeSet<(String, String)> = procura::ui::route_table()
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    let missed: Vec<_> = table.difference(&walk.used).collect();
    assert!(
        missed.is_empty(),
        "the walk did not use these page routes: {missed:?}"
    );
    let unknown: Vec<_> = walk.used.difference(&table).collect();
    assert!(
        unknown.is_empty(),
        "the walk names routes the table lacks: {unknown:?}"
    );
    if !walk.excused.is_empty() {
        eprintln!("excused by tests/a11y-exceptions.txt: {:#?}", walk.excused);
    }
    assert!(
        walk.violations.is_empty(),
        "axe-core: {:#?}",
        walk.violations
    );
}
