//! Routes keep clear of cards and labels keep clear of cards, over the examples and
//! synthetic blueprints (random documents are covered in edit_properties.rs).

mod layout_common;

use frontstage::layout::layout;
use frontstage::{generate, io};
use layout_common::{label_overlaps, route_problems};
use std::path::Path;

fn example(name: &str) -> frontstage::model::Blueprint {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name);
    io::load_path(&path).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn examples_route_around_cards() {
    for name in [
        "restaurant-en.frontstage",
        "restaurant-zh.frontstage",
        "hospital-outpatient.frontstage",
        "bank-account-opening.frontstage",
    ] {
        let scene = layout(&example(name));
        assert!(!scene.connectors.is_empty());
        assert_eq!(route_problems(&scene), Vec::<String>::new(), "{name}");
        assert_eq!(label_overlaps(&scene), Vec::<String>::new(), "{name}");
        // Every label on its arrow or beside it (4 px off), none floating away; but for an
        // arrow straight between two cards stacked in a cell, with no room but their gap.
        let stacked = |id: &str| {
            let c = scene.connectors.iter().find(|c| c.element.to_string() == id).unwrap();
            c.points.len() == 2 && (c.points[1].y - c.points[0].y).abs() <= 12.0
        };
        let far: Vec<_> =
            layout_common::label_distances(&scene).into_iter().filter(|(id, d)| *d > 4.0 && !stacked(id)).collect();
        assert_eq!(far, [], "{name}: labels away from their arrows");
    }
}

#[test]
fn synthetic_blueprints_route_around_cards() {
    for n in [7, 60, 400] {
        let scene = layout(&generate::synthetic(n));
        assert_eq!(route_problems(&scene), Vec::<String>::new(), "{n} cards");
    }
}

/// A card moved into a stage between two connected cards: the arrow used to run straight
/// through it.
#[test]
fn a_card_moved_between_connected_cards_is_gone_around() {
    let mut doc = example("restaurant-en.frontstage");
    let before = layout(&doc);
    assert_eq!(route_problems(&before), Vec::<String>::new());
    let stages: Vec<_> = doc.stages.iter().map(|s| s.id.clone()).collect();
    let lanes: Vec<_> = doc.lanes.iter().map(|l| l.id.clone()).collect();
    // Every card in turn, into every cell: no route may cross a card.
    let ids: Vec<_> = doc.cards.keys().cloned().collect();
    for id in ids.iter().take(6) {
        for s in &stages {
            for l in &lanes {
                let card = doc.cards.get_mut(id).unwrap();
                (card.stage, card.lane) = (s.clone(), l.clone());
                let scene = layout(&doc);
                assert_eq!(route_problems(&scene), Vec::<String>::new(), "{id} to {l}/{s}");
            }
        }
    }
}

/// The hospital example (8 stages, 12 lanes, 40 arrows), measured. Before gutters were
/// widened for their tracks, five arrows ran side by side in one 32-px gutter as little
/// as 1.8 px apart (three in most others, 1.8–4 px apart); now every gutter gives its
/// arrows 6 px each, and the loops of "Arrive and register" that crowded the gutter on
/// its right go left of it where that gutter is quieter: three side by side at most.
#[test]
fn hospital_arrows_have_room_in_their_gutters() {
    let scene = layout(&example("hospital-outpatient.frontstage"));
    let gutters = layout_common::gutters(&scene);
    assert_eq!(gutters.len(), 8, "{gutters:?}");
    let most = gutters.iter().map(|g| g.parallel).max().unwrap();
    assert_eq!(most, 3, "{gutters:?}");
    for g in &gutters {
        assert!(g.closest >= 6.0 - 0.01, "arrows too close in {g:?}");
    }
    let far: Vec<_> = layout_common::label_distances(&scene).into_iter().filter(|(_, d)| *d > 4.0).collect();
    assert_eq!(far, [], "labels away from their arrows");
}
