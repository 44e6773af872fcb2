//! File › Export › PNG… / PDF… and File › Print…: the choices the export dialog offers,
//! what they would make (pixels, pages) before anything is drawn, and the file's bytes.
//! The choices are the core's own option types; no drawing happens here.

use crate::AppError;
use frontstage::export::pdf::{self, Paper, PdfOptions};
use frontstage::export::png::{self, PngOptions, PngSize};
use frontstage::layout::Scene;
use frontstage::model::Blueprint;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the dialog makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Png,
    Pdf,
    /// A PDF for a printer: always a paper size, handed to the operating system.
    Print,
}

impl Target {
    pub fn extension(self) -> &'static str {
        match self {
            Target::Png => "png",
            Target::Pdf | Target::Print => "pdf",
        }
    }
}

/// The last choices for one document: each dialog opens with what was chosen before.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ExportChoices {
    pub png: PngOptions,
    pub pdf: PdfOptions,
    pub print: PdfOptions,
}

impl Default for ExportChoices {
    fn default() -> Self {
        ExportChoices {
            // Sharp on a slide and on a high-density screen.
            png: PngOptions { size: PngSize::Scale(2.0), transparent: false },
            pdf: PdfOptions::default(),
            // The paper most printers hold; the orientation the blueprint fits best.
            print: PdfOptions { paper: Paper::A4, ..PdfOptions::default() },
        }
    }
}

impl ExportChoices {
    /// Choices the UI sent, made sane: a printer has no paper the size of the blueprint.
    pub fn normalized(mut self) -> Self {
        if self.print.paper == Paper::Fit {
            self.print.paper = Paper::A4;
        }
        self
    }
}

/// What a choice would make, shown in the dialog as the options change.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    Pixels {
        width: u32,
        height: u32,
    },
    Pages {
        count: u32,
    },
    /// Nothing can be made with these choices: why, and what to choose instead.
    Refused {
        error: AppError,
    },
}

/// The pixels or pages `target` would make of `scene`, without drawing anything.
pub fn outcome(scene: &Scene, target: Target, choices: &ExportChoices) -> Outcome {
    let refused = |code: &str, message: String| Outcome::Refused { error: AppError::new(code, message) };
    match target {
        Target::Png => match png::pixel_size(scene.width, scene.height, choices.png.size) {
            Ok((width, height)) => Outcome::Pixels { width, height },
            Err(e) => refused(e.code(), e.to_string()),
        },
        Target::Pdf | Target::Print => match pdf::page_count(scene, options(target, choices)) {
            Ok(n) => Outcome::Pages { count: u32::try_from(n).unwrap_or(u32::MAX) },
            Err(e) => refused(e.code(), e.to_string()),
        },
    }
}

/// The file's bytes.
pub fn render(scene: &Scene, doc: &Blueprint, target: Target, choices: &ExportChoices) -> Result<Vec<u8>, AppError> {
    match target {
        Target::Png => png::scene_to_png(scene, doc, &choices.png).map_err(|e| AppError::new(e.code(), e.to_string())),
        Target::Pdf | Target::Print => {
            pdf::scene_to_pdf(scene, doc, options(target, choices)).map_err(|e| AppError::new(e.code(), e.to_string()))
        }
    }
}

fn options(target: Target, choices: &ExportChoices) -> &PdfOptions {
    match target {
        Target::Print => &choices.print,
        _ => &choices.pdf,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontstage::export::pdf::PdfLayout;
    use frontstage::layout::layout;

    fn hospital() -> Blueprint {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/hospital-outpatient.frontstage");
        frontstage::io::load_path(std::path::Path::new(path)).unwrap()
    }

    #[test]
    fn the_outcome_is_what_rendering_makes() {
        let doc = hospital();
        let scene = layout(&doc);
        let mut choices = ExportChoices::default();
        let Outcome::Pixels { width, height } = outcome(&scene, Target::Png, &choices) else { panic!() };
        let bytes = render(&scene, &doc, Target::Png, &choices).unwrap();
        // The PNG header's IHDR: width and height, big-endian, at bytes 16..24.
        assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), width);
        assert_eq!(u32::from_be_bytes(bytes[20..24].try_into().unwrap()), height);

        choices.print.layout = PdfLayout::Handout;
        assert_eq!(outcome(&scene, Target::Print, &choices), Outcome::Pages { count: doc.stages.len() as u32 });
        choices.pdf.layout = PdfLayout::Single;
        assert_eq!(outcome(&scene, Target::Pdf, &choices), Outcome::Pages { count: 1 });
        let pdf = render(&scene, &doc, Target::Print, &choices).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }

    #[test]
    fn impossible_choices_are_refused_with_the_cores_reason() {
        let scene = layout(&hospital());
        let mut choices = ExportChoices::default();
        choices.png.size = PngSize::Scale(64.0);
        let Outcome::Refused { error } = outcome(&scene, Target::Png, &choices) else { panic!() };
        assert_eq!(error.code, "too_large");
        assert!(error.message.contains("PDF"), "suggests PDF: {}", error.message);
        choices.pdf = PdfOptions { paper: Paper::Fit, layout: PdfLayout::Tiles, orientation: None };
        let Outcome::Refused { error } = outcome(&scene, Target::Pdf, &choices) else { panic!() };
        assert_eq!(error.code, "invalid_options");
    }

    #[test]
    fn choices_from_the_ui_are_read_leniently_and_a_printer_gets_paper() {
        let c: ExportChoices = serde_json::from_str(
            r#"{"png": {"size": {"width": 1920}, "transparent": true}, "print": {"paper": "fit"}}"#,
        )
        .unwrap();
        assert_eq!(c.png, PngOptions { size: PngSize::Width(1920), transparent: true });
        assert_eq!(c.pdf, PdfOptions::default());
        assert_eq!(c.normalized().print.paper, Paper::A4);
        assert!(serde_json::from_str::<ExportChoices>(r#"{"png": {"size": {"scale": "big"}}}"#).is_err());
    }
}
