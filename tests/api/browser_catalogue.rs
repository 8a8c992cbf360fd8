//! The browser walk's catalogue part: the IT specialist adds an item,
//! edits it, retires it and stocks it again, downloads the catalogue, and
//! imports a file: first with a bad cell (listed by line and column), then
//! corrected, checked and confirmed.

use fantoccini::Locator;

use super::Walk;

/// Walks the catalogue pages as the signed-in specialist.
pub(super) async fn keep_catalogue(walk: &mut Walk) {
    walk.open("/catalogue", "/catalogue").await;
    walk.look("catalogue").await;
    walk.open("/catalogue/new", "/catalogue/new").await;
    walk.fill("#sku", "CABLE-HDMI-2").await;
    walk.fill("#name", "HDMI cable, 2 m").await;
    walk.select("#category", "consumables").await;
    walk.fill("#unit", "pcs").await;
    walk.fill("#unit_cost", "6.40").await;
    walk.fill("#supplier", "Acme Office").await;
    walk.fill("#lead_time_days", "3").await;
    walk.fill("#order_multiple", "5").await;
    walk.look("catalogue-new").await;
    walk.click(
        "form[action='/catalogue/new'] button.primary",
        "/catalogue/new",
    )
    .await;
    walk.expect(">CABLE-HDMI-2</a>").await;
    walk.client
        .find(Locator::LinkText("CABLE-HDMI-2"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    walk.used("GET", "/catalogue/items/{id}");
    walk.expect("value=\"6.40\"").await;
    walk.fill("#unit_cost", "6.10").await;
    walk.look("catalogue-item").await;
    walk.click("form.stack button.primary", "/catalogue/items/{id}")
        .await;
    walk.expect("6.10 EUR").await;
    walk.client
        .find(Locator::LinkText("CABLE-HDMI-2"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    walk.click(
        "form[action$='/active'] button",
        "/catalogue/items/{id}/active",
    )
    .await;
    walk.expect("Stock it again").await;
    walk.click(
        "form[action$='/active'] button",
        "/catalogue/items/{id}/active",
    )
    .await;
    walk.expect("Retire the item").await;

    let csv = super::budget_walk::download(walk, "/catalogue/export").await;
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.contains("CABLE-HDMI-2,\"HDMI cable, 2 m\",consumables,pcs,6.10,Acme Office,3,5,true"),
        "{csv}"
    );
    walk.used("GET", "/catalogue/export");

    // A file with a bad price on line 3, then corrected.
    let dir = tempfile_dir();
    let bad = dir.join("bad.csv");
    std::fs::write(
        &bad,
        "sku,name,unit,unit_cost\nMOUSE-2,Mouse,pcs,9.90\nKBD-1,Keyboard,pcs,cheap\n",
    )
    .unwrap();
    choose_and_check(walk, &bad).await;
    walk.expect("<td class=\"num\">3</td>").await;
    walk.expect("<code>unit_cost</code>").await;
    walk.look("catalogue-import-refused").await;
    let good = dir.join("good.csv");
    std::fs::write(
        &good,
        "sku,name,unit,unit_cost\nMOUSE-2,Mouse,pcs,9.90\nKBD-1,Keyboard,pcs,24.00\n",
    )
    .unwrap();
    choose_and_check(walk, &good).await;
    walk.expect("2 new items, 0 updated, 0 unchanged.").await;
    walk.look("catalogue-import-plan").await;
    walk.click("button[value=import]", "/catalogue/import")
        .await;
    walk.expect("Imported: 2 new items, 0 updated, 0 unchanged.")
        .await;
    walk.look("catalogue-import-done").await;
}

/// Opens the import page, chooses `file` and checks it.
async fn choose_and_check(walk: &mut Walk, file: &std::path::Path) {
    walk.open("/catalogue/import", "/catalogue/import").await;
    walk.client
        .find(Locator::Css("#file"))
        .await
        .unwrap()
        .send_keys(&file.display().to_string())
        .await
        .unwrap();
    walk.click("button[value=check]", "/catalogue/import").await;
}

/// A fresh directory for the files the walk uploads.
fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("procura-walk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
