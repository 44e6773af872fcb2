//! The drop the examples measure: the benchmark's document of N cards with its view sent,
//! and its top-left card moved to the next lane and stage.

use frontstage::edit::Command;
use frontstage::generate::synthetic;
use frontstage::view::Session;

/// A session holding the benchmark's document of `n` cards, its Scene sent to the UI.
pub fn session(n: usize) -> Session {
    let mut s = Session::untitled(synthetic(n));
    let _ = s.view();
    s
}

/// The top-left card moved to the top of the next lane's next stage.
pub fn the_drop(s: &Session) -> Command {
    let doc = s.doc();
    let (lane0, stage0) = (&doc.lanes[0].id, &doc.stages[0].id);
    let card = doc
        .cards
        .values()
        .filter(|c| c.lane == *lane0 && c.stage == *stage0)
        .min_by_key(|c| c.order)
        .expect("a card in the first cell");
    Command::MoveCard {
        card: card.id.clone(),
        lane: doc.lanes[1].id.clone(),
        stage: doc.stages[1].id.clone(),
        index: 0,
    }
}
