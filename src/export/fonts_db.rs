//! How the exported SVG is read for drawing, by the PNG and the PDF export alike: a font
//! database holding the bundled fonts and nothing else, and a fallback that mirrors the
//! layout's measure. One definition, so both exports draw text in the same faces.
//!
//! usvg picks a line's first font from the SVG's `font-family` (Noto Sans, at the text's
//! weight) and asks the fallback for another face when a character is missing. Its own
//! fallback takes the first face with the same style, whatever its weight, so bold Chinese
//! would be drawn regular; this one gives the other bundled family at the same weight,
//! which is the face [`crate::fonts::measure`] measured the character in.

use crate::fonts::{self, Weight};
use resvg::usvg::fontdb::{self, Database, Family, Query, Source, ID};
use resvg::usvg::{FontResolver, ImageHrefResolver, Options};
use std::sync::{Arc, OnceLock};

/// The bundled fonts, loaded once: never the system's, so a picture is the same on every
/// machine.
pub fn font_database() -> Arc<Database> {
    static DB: OnceLock<Arc<Database>> = OnceLock::new();
    Arc::clone(DB.get_or_init(|| {
        let mut db = Database::new();
        for face in &fonts::FACES {
            // The compiled-in bytes, shared, not copied.
            db.load_font_source(Source::Binary(Arc::new(face.data)));
        }
        // A generic family (or usvg's last resort, serif) is the Latin family too.
        db.set_serif_family(fonts::LATIN);
        db.set_sans_serif_family(fonts::LATIN);
        db.set_monospace_family(fonts::LATIN);
        db.set_cursive_family(fonts::LATIN);
        db.set_fantasy_family(fonts::LATIN);
        Arc::new(db)
    }))
}

/// usvg's options for drawing an exported SVG: the bundled fonts, the fallback above, and
/// no image read from anywhere (an exported SVG has none).
pub fn options() -> Options<'static> {
    Options {
        fontdb: font_database(),
        font_resolver: FontResolver {
            select_font: FontResolver::default_font_selector(),
            select_fallback: Box::new(|_, used, db| fallback(used, db)),
        },
        image_href_resolver: ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..Options::default()
    }
}

/// The bundled face a face of [`font_database`] was loaded from (the PDF export embeds
/// that file).
pub fn bundled_face(db: &Database, id: ID) -> Option<&'static fonts::Face> {
    let face = db.face(id)?;
    let weight = if face.weight.0 >= 600 { Weight::Bold } else { Weight::Regular };
    fonts::face(&face.families.first()?.0, weight)
}

/// The first bundled face, in fallback order, at the weight of the face the line started
/// with and not tried yet for it.
fn fallback(used: &[ID], db: &Database) -> Option<ID> {
    let first = db.face(*used.first()?)?;
    let weight = if first.weight.0 >= 600 { Weight::Bold } else { Weight::Regular };
    fonts::FACES
        .iter()
        .filter(|f| f.weight == weight)
        .find_map(|f| face_id(db, f.family, weight).filter(|id| !used.contains(id)))
}

/// The face of `family` at `weight` in `db`.
fn face_id(db: &Database, family: &str, weight: Weight) -> Option<ID> {
    let families = [Family::Name(family)];
    db.query(&Query { families: &families, weight: fontdb::Weight(weight.css()), ..Query::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_holds_the_bundled_faces_only() {
        let db = font_database();
        let mut faces: Vec<(String, u16)> = db.faces().map(|f| (f.families[0].0.clone(), f.weight.0)).collect();
        faces.sort();
        let mut want: Vec<(String, u16)> = fonts::FACES.iter().map(|f| (f.family.to_owned(), f.weight.css())).collect();
        want.sort();
        assert_eq!(faces, want);
    }

    #[test]
    fn the_fallback_keeps_the_weight() {
        let db = font_database();
        for weight in [Weight::Regular, Weight::Bold] {
            let latin = face_id(&db, fonts::LATIN, weight).unwrap();
            let cjk = fallback(&[latin], &db).unwrap();
            let face = db.face(cjk).unwrap();
            assert_eq!(face.families[0].0, fonts::CJK);
            assert_eq!(face.weight.0, weight.css());
            // Both tried: nothing more to fall back to.
            assert_eq!(fallback(&[latin, cjk], &db), None);
            assert_eq!(bundled_face(&db, cjk).map(|f| (f.family, f.weight)), Some((fonts::CJK, weight)));
            assert_eq!(bundled_face(&db, latin).map(|f| (f.family, f.weight)), Some((fonts::LATIN, weight)));
        }
    }
}
