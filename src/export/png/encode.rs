//! A drawn picture as PNG bytes, quickly: a blueprint at 2× is some 17 million pixels, and
//! the default compression spent four times as long on them as drawing them did.
//!
//! Fast compression with adaptive filters (each row filtered the way that compresses it
//! best: blueprints are large flat areas) makes a file about twice the default's size in a
//! quarter of the time. An opaque picture is written without its alpha channel.

use super::PngError;
use resvg::tiny_skia::Pixmap;
use std::io::Write;

/// `pixmap` as a PNG file's bytes: RGB when every pixel is opaque, RGBA otherwise.
pub fn encode(pixmap: Pixmap) -> Result<Vec<u8>, PngError> {
    let opaque = pixmap.pixels().iter().all(|p| p.alpha() == u8::MAX);
    let mut out = Vec::with_capacity(pixmap.data().len() / 16);
    write(pixmap, opaque, &mut out)?;
    Ok(out)
}

fn write(pixmap: Pixmap, opaque: bool, out: &mut Vec<u8>) -> Result<(), PngError> {
    let (width, height) = (pixmap.width(), pixmap.height());
    let mut encoder = png::Encoder::new(out, width, height);
    encoder.set_color(if opaque { png::ColorType::Rgb } else { png::ColorType::Rgba });
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_filter(png::Filter::Adaptive);
    let failed = |e: png::EncodingError| PngError::Encode(e.to_string());
    let mut writer = encoder.write_header().map_err(failed)?;
    if opaque {
        // Row by row through one small buffer: a copy of the whole picture without its
        // alpha took longer than compressing it. Premultiplied and straight colours are the
        // same where alpha is whole.
        let mut stream = writer.stream_writer().map_err(failed)?;
        let mut rgb = Vec::with_capacity(width as usize * 3);
        for row in pixmap.data().chunks_exact(width as usize * 4) {
            rgb.clear();
            row.chunks_exact(4).for_each(|p| rgb.extend_from_slice(&p[..3]));
            stream.write_all(&rgb).map_err(|e| PngError::Encode(e.to_string()))?;
        }
        stream.finish().map_err(failed)?;
    } else {
        writer.write_image_data(&pixmap.take_demultiplied()).map_err(failed)?;
        writer.finish().map_err(failed)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use resvg::tiny_skia::{Color, Paint, Rect, Transform};

    fn decoded(bytes: &[u8]) -> (png::ColorType, Pixmap) {
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let color = decoder.read_info().unwrap().info().color_type;
        (color, Pixmap::decode_png(bytes).unwrap())
    }

    #[test]
    fn an_opaque_picture_is_rgb_and_a_transparent_one_rgba_each_decoding_to_its_pixels() {
        let mut picture = Pixmap::new(40, 30).unwrap();
        picture.fill(Color::from_rgba8(250, 250, 245, 255));
        let mut paint = Paint::default();
        paint.set_color_rgba8(20, 100, 200, 255);
        let rect = Rect::from_xywh(5.5, 5.5, 20.0, 10.0).unwrap();
        picture.fill_rect(rect, &paint, Transform::identity(), None);
        let (color, back) = decoded(&encode(picture.clone()).unwrap());
        assert_eq!(color, png::ColorType::Rgb);
        assert!(back.data() == picture.data());

        let mut clear = Pixmap::new(40, 30).unwrap();
        paint.set_color_rgba8(20, 100, 200, 128);
        clear.fill_rect(rect, &paint, Transform::identity(), None);
        let (color, back) = decoded(&encode(clear.clone()).unwrap());
        assert_eq!(color, png::ColorType::Rgba);
        assert_eq!(back.pixel(0, 0).unwrap().alpha(), 0);
        // Demultiplied to write, premultiplied again to read: within rounding.
        for (a, b) in back.pixels().iter().zip(clear.pixels()) {
            assert_eq!(a.alpha(), b.alpha());
            assert!(a.red().abs_diff(b.red()) <= 1 && a.blue().abs_diff(b.blue()) <= 1, "{a:?} {b:?}");
        }
    }
}
