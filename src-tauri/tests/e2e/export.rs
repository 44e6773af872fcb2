//! Exporting and printing as a designer does, through the menu: File › Export › PNG…
//! and PDF… open the export dialog with its options and what they make (pixels, pages);
//! its button asks where (the test answers the native Save dialog, which WebDriver cannot
//! drive) and writes the file; File › Print… makes the PDF for the chosen paper and hands
//! it to the operating system (recorded by the test hooks instead of opening a viewer).
//! The dialog opens again with the document's last choices, and an export never replaces
//! the blueprint itself.

use crate::support::*;
use fantoccini::Client;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub async fn export_session(port: u16, work: &Path) -> TestResult {
    let client = connect(port, &[]).await?;
    let result = export_example(&client, work).await;
    end(client, result, "export").await
}

async fn export_example(client: &Client, work: &Path) -> TestResult {
    let file = work.join("export-hospital.frontstage");
    std::fs::copy(example("hospital-outpatient.frontstage"), &file)?;
    let saved = std::fs::read(&file)?;
    let doc = frontstage::io::load_str(&String::from_utf8(saved.clone())?)?;
    invoke(client, "test_open", json!({ "path": path_str(&file) })).await?.map_err(|e| e.to_string())?;
    wait_until_count(client, ".card", doc.cards.len()).await?;

    // PNG at 1×: the dialog says the size before anything is drawn; the file has it.
    let png = work.join("hospital.png");
    open_dialog(client, "file.export_png", "png", &png).await?;
    set_field(client, "scale", "1").await?;
    let pixels = wait_for_result(client, "pixels").await?;
    screenshot(client, "export-png-dialog").await?;
    click(client, ".export-dialog button[type=submit]").await?;
    let bytes = wait_for_file(&png).await?;
    wait_until_count(client, ".export-dialog", 0).await?;
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let (w, h) = (u32::from_be_bytes(bytes[16..20].try_into()?), u32::from_be_bytes(bytes[20..24].try_into()?));
    assert_eq!(pixels, format!("{} × {} pixels", thousands(w), thousands(h)), "the dialog said what was made");

    // PDF: a poster of A3 tiles; the page count shown is the file's.
    let pdf = work.join("hospital.pdf");
    open_dialog(client, "file.export_pdf", "pdf", &pdf).await?;
    set_field(client, "paper", "a3").await?;
    click(client, ".export-dialog input[value=tiles]").await?;
    let pages = wait_for_result(client, "pages").await?;
    screenshot(client, "export-pdf-dialog").await?;
    click(client, ".export-dialog button[type=submit]").await?;
    wait_for_file(&pdf).await?;
    wait_until_count(client, ".export-dialog", 0).await?;
    assert_eq!(pages, format!("{} pages", pdf_pages(&pdf)?), "the dialog said how many pages");
    let text = pdf_text(&pdf)?;
    assert!(text.contains(&doc.stages[0].name), "the PDF's text is text");

    // The next dialog for the document opens with its last choices.
    invoke(client, "test_menu", json!({ "id": "file.export_pdf" })).await?.map_err(|e| e.to_string())?;
    wait_until_count(client, r#".export-dialog[data-target="pdf"]"#, 1).await?;
    wait_for_result(client, "pages").await?;
    assert_eq!(field(client, "paper").await?, "a3");
    assert_eq!(count(client, ".export-dialog input[value=tiles]:checked").await?, 1);
    // An export over the blueprint itself is refused and the blueprint is untouched.
    answer_save_dialog(client, &file).await?;
    click(client, ".export-dialog button[type=submit]").await?;
    wait_until_count(client, ".export-dialog [role=alert]", 1).await?;
    assert_eq!(std::fs::read(&file)?, saved, "the blueprint was overwritten");
    click(client, ".export-dialog button[type=button]").await?;
    wait_until_count(client, ".export-dialog", 0).await?;

    // Print: a handout, one stage per A4 page, handed to the operating system.
    invoke(client, "test_menu", json!({ "id": "file.print" })).await?.map_err(|e| e.to_string())?;
    wait_until_count(client, r#".export-dialog[data-target="print"]"#, 1).await?;
    assert_eq!(count(client, ".export-dialog select[name=paper] option[value=fit]").await?, 0, "a printer has paper");
    click(client, ".export-dialog input[value=handout]").await?;
    let pages = wait_for_result(client, "pages").await?;
    assert_eq!(pages, format!("{} pages", doc.stages.len()));
    screenshot(client, "export-print-dialog").await?;
    click(client, ".export-dialog button[type=submit]").await?;
    let printed = wait_for_print(client).await?;
    assert_eq!(pdf_pages(&printed)?, doc.stages.len());
    wait_until_count(client, ".export-dialog", 0).await?;
    Ok(())
}

/// Choose the menu item and wait for its dialog; the next Save dialog answers `path`.
async fn open_dialog(client: &Client, menu: &str, target: &str, path: &Path) -> TestResult {
    answer_save_dialog(client, path).await?;
    invoke(client, "test_menu", json!({ "id": menu })).await?.map_err(|e| e.to_string())?;
    wait_until_count(client, &format!(r#".export-dialog[data-target="{target}"]"#), 1).await
}

async fn answer_save_dialog(client: &Client, path: &Path) -> TestResult {
    invoke(client, "test_answer_save_dialog", json!({ "path": path_str(path) })).await?.map_err(|e| e.to_string())?;
    Ok(())
}

/// Choose `value` in the dialog's select `name` (GTK draws a select's list natively, out
/// of WebDriver's reach: the value is set and the change announced as a choice does).
async fn set_field(client: &Client, name: &str, value: &str) -> TestResult {
    client
        .execute(
            "const s = document.querySelector(`.export-dialog select[name='${arguments[0]}']`);
             s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![json!(name), json!(value)],
        )
        .await?;
    Ok(())
}

async fn field(client: &Client, name: &str) -> TestResult<String> {
    let v = client
        .execute(
            "return document.querySelector(`.export-dialog select[name='${arguments[0]}']`).value;",
            vec![json!(name)],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

/// The dialog's line saying what the choices make, once it says `unit`.
async fn wait_for_result(client: &Client, unit: &str) -> TestResult<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        // The figure of the choices just set: not the last one's while theirs is on its way.
        let v = client
            .execute("return document.querySelector('.export-result:not(.pending)')?.textContent.trim() ?? '';", vec![])
            .await?;
        let text = v.as_str().unwrap_or_default().to_owned();
        if text.ends_with(unit) {
            return Ok(text);
        }
        if Instant::now() > deadline {
            return Err(format!("the export dialog never said {unit}: {text:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn wait_for_file(path: &Path) -> TestResult<Vec<u8>> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        match std::fs::read(path) {
            Ok(b) if !b.is_empty() => return Ok(b),
            _ if Instant::now() > deadline => return Err(format!("{} was never written", path.display()).into()),
            _ => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

async fn wait_for_print(client: &Client) -> TestResult<PathBuf> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let printed = invoke(client, "test_printed", json!({})).await?.map_err(|e| e.to_string())?;
        let list: Vec<PathBuf> = serde_json::from_value(printed)?;
        if let Some(p) = list.last() {
            return Ok(p.clone());
        }
        if Instant::now() > deadline {
            return Err("nothing was handed over for printing".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn pdf_pages(pdf: &Path) -> TestResult<usize> {
    let out = Command::new("pdfinfo").arg(pdf).output()?;
    let info = String::from_utf8_lossy(&out.stdout);
    let line = info.lines().find(|l| l.starts_with("Pages:")).ok_or("pdfinfo gave no page count")?;
    Ok(line["Pages:".len()..].trim().parse()?)
}

fn pdf_text(pdf: &Path) -> TestResult<String> {
    let out = Command::new("pdftotext").args([pdf.as_os_str(), "-".as_ref()]).output()?;
    Ok(String::from_utf8(out.stdout)?)
}

/// A count as the dialog writes it in English (`toLocaleString`).
fn thousands(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
