//! Picking a catalogue item on an application's line: the line's search
//! finds by SKU or name (the form posted without JavaScript, or the htmx
//! fragment), and choosing a match fills description, category and unit
//! price, which the saved draft keeps with the item.

use serde_json::json;

use crate::app_fixtures::org;
use crate::helpers::*;
use crate::ui_client::{application_id, Browser};

async fn spawn() -> TestApp {
    TestApp::spawn_with(&[("PROCURA_PUBLIC_URL", "http://127.0.0.1")]).await
}

#[tokio::test]
async fn a_line_is_filled_from_the_catalogue_without_javascript_and_by_fragment() {
    let app = spawn().await;
    let org = org(&app).await;
    let items = [
        json!({"sku": "TN-247", "name": "Toner cartridge, black", "unit": "piece",
            "unit_cost": "45.90", "category": "consumables"}),
        json!({"sku": "KB-01", "name": "Keyboard <US>", "unit": "piece", "unit_cost": "19.00", "category": "hardware"}),
    ];
    let mut ids = Vec::new();
    for item in &items {
        let made = expect_status(
            app.post("/api/v1/items", &org.specialist.1, item).await,
            201,
        )
        .await;
        ids.push(made["id"].as_str().unwrap().to_owned());
    }
    let emp = Browser::with_session(&app, &org.emp.1).await;
    let form = emp.get("/applications/new").await;
    form.assert_has("name=\"lines[0].item_search\"");

    // Without JavaScript: "Find" posts the form, which comes back with the matches.
    let base = [("title", "Toner for floor 2"), ("justification", "Empty")];
    let mut fields = base.to_vec();
    fields.extend([("lines[0].item_search", "toner"), ("action", "find-0")]);
    let found = emp.post("/applications/new", &fields).await;
    assert_eq!(found.status, 200, "{}", found.body);
    found.assert_has(&format!("value=\"use-0-{}\"", ids[0]));
    assert!(!found.body.contains(&ids[1]), "only the toner matches");
    found.assert_has("value=\"Toner for floor 2\"");

    // By SKU, as the htmx fragment; what an item is called is escaped.
    let fragment = emp
        .get("/catalogue/matches?lines%5B0%5D.item_search=kb-")
        .await;
    assert_eq!(fragment.status, 200);
    fragment.assert_has(&format!("value=\"use-0-{}\"", ids[1]));
    fragment.assert_has("Keyboard &#60;US&#62;");
    assert!(!fragment.body.contains("<html"), "a fragment, not a page");
    let nothing = emp
        .get("/catalogue/matches?lines%5B0%5D.item_search=zzz")
        .await;
    nothing.assert_has("No catalogue item matches");

    // Choosing a match fills the line; saving keeps the item.
    let mut fields = base.to_vec();
    let choose = format!("use-0-{}", ids[0]);
    fields.extend([("lines[0].quantity", "3"), ("action", choose.as_str())]);
    let filled = emp.post("/applications/new", &fields).await;
    assert_eq!(filled.status, 200, "{}", filled.body);
    filled.assert_has("value=\"Toner cartridge, black\"");
    filled.assert_has("value=\"45.90\"");
    filled.assert_has("Catalogue item: TN-247 — Toner cartridge, black");
    filled.assert_has("<option value=\"consumables\" selected>");
    let mut fields = base.to_vec();
    let item_id = ids[0].as_str();
    fields.extend([
        ("lines[0].description", "Toner cartridge, black"),
        ("lines[0].category", "consumables"),
        ("lines[0].quantity", "3"),
        ("lines[0].unit_price", "45.90"),
        ("lines[0].item_id", item_id),
        ("action", "save"),
    ]);
    let saved = emp.post("/applications/new", &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let id = application_id(saved.location());
    let view = expect_status(
        app.get(&format!("/api/v1/applications/{id}"), &org.emp.1)
            .await,
        200,
    )
    .await;
    assert_eq!(view["lines"][0]["item_id"], item_id, "{view}");
    assert_eq!(view["total"], "137.70", "{view}");
    // The edit form names the item again.
    let edit = emp.get(&format!("/applications/{id}/edit")).await;
    edit.assert_has("Catalogue item: TN-247 — Toner cartridge, black");
}

#[tokio::test]
async fn names_in_any_script_are_found_whatever_their_case() {
    let app = spawn().await;
    let org = org(&app).await;
    let item = json!({"sku": "TN-UA-1", "name": "Тонер чорний", "unit": "piece",
        "unit_cost": "12.00", "category": "consumables"});
    let made = expect_status(
        app.post("/api/v1/items", &org.specialist.1, &item).await,
        201,
    )
    .await;
    let id = made["id"].as_str().unwrap();
    let emp = Browser::with_session(&app, &org.emp.1).await;
    for typed in ["ТОНЕР", "тонер", "Чорний", "tn-ua"] {
        let query: String = form_urlencoded::byte_serialize(typed.as_bytes()).collect();
        let found = emp
            .get(&format!(
                "/catalogue/matches?lines%5B0%5D.item_search={query}"
            ))
            .await;
        found.assert_has(&format!("value=\"use-0-{id}\""));
    }
}
