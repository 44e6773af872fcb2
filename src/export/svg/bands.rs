//! The rows under the grid: the customer's emotion curve and the time strip, drawn from
//! the Scene's [`EmotionBand`] and [`TimeStrip`] in its `paint.band`, `paint.curve` and
//! `paint.strip`. Each text sits in a group with the box it is drawn on (a header, a
//! stage's cell, a dip label's backdrop).

use super::{amount, line, num, points, rect, safe, text, Style};
use crate::layout::{BandRow, EmotionBand, Paint, Scene, TimeStrip};
use svg::node::element::{Circle, Group, Polyline};

/// The row's band and header (as a lane's), with its name.
fn row_group(row: &BandRow, paint: &Paint) -> Group {
    let g = Group::new().add(rect(&row.band).set("fill", paint.band.fill).set("stroke", paint.band.stroke)).add(
        rect(&row.header)
            .set("fill", paint.lane.header_fill)
            .set("fill-opacity", amount(paint.lane.header_opacity))
            .set("stroke", paint.band.stroke),
    );
    text(g, &row.name, Style::NONE, paint.band.name, &[])
}

pub(super) fn emotion_layer(scene: &Scene, band: &EmotionBand) -> Group {
    let paint = scene.paint;
    let p = &paint.curve;
    let header = text(row_group(&band.row, paint), &band.scale, Style::NONE, paint.band.text, &[]);
    let zero =
        line(band.x1, band.zero_y, band.x2, band.zero_y).set("stroke", p.zero).set("stroke-dasharray", p.zero_dash);
    let curve = Polyline::new()
        .set("points", points(&band.line))
        .set("fill", "none")
        .set("stroke", p.line)
        .set("stroke-width", amount(p.width))
        .set("stroke-linejoin", "round");
    let mut marks = Group::new().set("id", "emotion-points");
    for m in &band.points {
        let fill = if m.emotion < 0 { p.low } else { p.point };
        marks = marks.add(
            Circle::new()
                .set("cx", num(m.at.x))
                .set("cy", num(m.at.y))
                .set("r", amount(p.radius))
                .set("fill", fill)
                .set("data-card", safe(m.card.as_str())),
        );
    }
    let mut layer = Group::new().set("id", "emotion-curve").add(header).add(zero).add(curve).add(marks);
    let opacity = amount(p.label_opacity);
    for dip in &band.dips {
        let g = Group::new()
            .set("data-dip", safe(dip.card.as_str()))
            .add(rect(&dip.rect).set("fill", p.label_fill).set("fill-opacity", opacity.as_str()));
        layer = layer.add(text(g, &dip.text, Style::NONE, p.dip, &[]));
    }
    layer
}

pub(super) fn time_layer(scene: &Scene, strip: &TimeStrip) -> Group {
    let paint = scene.paint;
    let p = &paint.strip;
    let header = text(row_group(&strip.row, paint), &strip.total, Style::NONE, p.figure, &[]);
    let header = text(header, &strip.total_over, Style::NONE, p.over, &[]);
    let header = text(header, &strip.total_note, Style::NONE, paint.band.text, &[]);
    let mut layer = Group::new().set("id", "time-strip").add(header);
    for bar in &strip.stages {
        let fill = if bar.over { p.over } else { p.bar };
        let mut g = Group::new()
            .set("data-stage", safe(bar.stage.as_str()))
            .add(rect(&bar.cell).set("fill", "none").set("stroke", paint.band.stroke))
            .add(rect(&bar.track).set("fill", p.track))
            .add(rect(&bar.bar).set("fill", fill));
        if let Some(wait) = &bar.wait {
            g = g.add(rect(wait).set("fill", p.wait));
        }
        if let Some(x) = bar.limit_x {
            let t = &bar.track;
            g = g.add(
                line(x, t.y - 3.0, x, t.bottom() + 3.0)
                    .set("stroke", p.limit)
                    .set("stroke-width", amount(p.limit_width)),
            );
        }
        let g = text(g, &bar.figure, Style::NONE, p.figure, &[]);
        let g = text(g, &bar.over_text, Style::NONE, p.over, &[]);
        layer = layer.add(text(g, &bar.note, Style::NONE, paint.band.text, &[]));
    }
    layer
}
