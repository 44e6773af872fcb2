//! Properties of the measures on random blueprints: totals equal the sum of their parts,
//! the critical path is a real path whose length is its steps' durations, and adding a
//! step never shortens it.

use frontstage::measure::{self, CriticalPath};
use frontstage::model::*;
use proptest::prelude::*;

/// One random card: lane, stage, duration, tolerance, wait, emotion, fail point, owner, channel.
type CardSpec = (usize, usize, Option<u32>, Option<u32>, bool, Option<i8>, Option<(u8, bool)>, usize, Option<u8>);

fn card_spec() -> impl Strategy<Value = CardSpec> {
    (
        0usize..5,
        0usize..4,
        proptest::option::of(0u32..4000),
        proptest::option::of(0u32..4000),
        any::<bool>(),
        proptest::option::of(-2i8..=2),
        proptest::option::of((0u8..4, any::<bool>())),
        0usize..3,
        proptest::option::of(0u8..4),
    )
}

const LANES: [(&str, LaneKind); 5] = [
    ("ev", LaneKind::Evidence),
    ("cu", LaneKind::Customer),
    ("fr", LaneKind::Frontstage),
    ("ba", LaneKind::Backstage),
    ("su", LaneKind::Support),
];

fn card_id(i: usize) -> String {
    format!("c{i:03}")
}

/// A blueprint of the cards; connectors only from a card to one later in id order, so the
/// flow has no loop.
fn blueprint(cards: &[CardSpec], arrows: &[(usize, usize, bool)]) -> Blueprint {
    let mut b = Blueprint::empty("random");
    b.lanes = LANES.iter().map(|(id, k)| Lane::new(*id, *k, k.label())).collect();
    b.lines = vec![Line { kind: LineKind::Interaction, boundary: 2 }, Line { kind: LineKind::Visibility, boundary: 3 }];
    b.stages = (0..4).map(|i| Stage::new(format!("s{i}").as_str(), format!("Stage {i}"))).collect();
    for (i, spec) in cards.iter().enumerate() {
        b.cards.insert(card_id(i).into(), card(i, spec, &b));
    }
    for (k, &(x, y, two_way)) in arrows.iter().enumerate() {
        let (n, m) = (x % cards.len().max(1), y % cards.len().max(1));
        if n == m || cards.is_empty() {
            continue;
        }
        let mut c = Connector::new(format!("a{k}").as_str(), card_id(n.min(m)).as_str(), card_id(n.max(m)).as_str());
        if two_way {
            c.direction = Direction::TwoWay;
        }
        b.connectors.insert(c.id.clone(), c);
    }
    b
}

fn card(i: usize, spec: &CardSpec, b: &Blueprint) -> Card {
    let &(lane, stage, d, t, wait, emotion, fail, owner, channel) = spec;
    let mut c = Card::new(card_id(i).as_str(), LANES[lane].0, format!("s{stage}").as_str(), "step");
    c.order = b.cards.values().filter(|o| o.lane.as_str() == LANES[lane].0 && o.stage == c.stage).count() as u32;
    c.duration_seconds = d;
    c.tolerance_seconds = t;
    c.wait = wait;
    c.emotion = emotion;
    c.fail_point = fail.map(|(k, recovered)| {
        let mut f =
            FailPoint::new([FailKind::Process, FailKind::Outcome, FailKind::Interaction, FailKind::System][k as usize]);
        if recovered {
            f.recovery = "fix".into();
        }
        f
    });
    c.owner = ["", "Desk", "Kitchen"][owner].into();
    c.channel =
        channel.map(|n| [Channel::Physical, Channel::Digital, Channel::Interpersonal, Channel::Process][n as usize]);
    c
}

fn duration(b: &Blueprint, id: &CardId) -> u64 {
    b.cards[id].duration_seconds.map_or(0, u64::from)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn totals_are_the_sums_of_their_parts(
        cards in proptest::collection::vec(card_spec(), 0..30),
        arrows in proptest::collection::vec((0usize..30, 0usize..30, any::<bool>()), 0..40),
    ) {
        let b = blueprint(&cards, &arrows);
        prop_assert_eq!(b.inconsistencies(), vec![]);
        let r = measure::measure(&b);
        let t = &r.time;
        let stages = |f: fn(&measure::Span) -> u64| t.stages.iter().map(|s| f(&s.span)).sum::<u64>();
        prop_assert_eq!(t.journey.customer_seconds, stages(|s| s.customer_seconds));
        prop_assert_eq!(t.journey.waiting_seconds, stages(|s| s.waiting_seconds));
        prop_assert_eq!(t.journey.tolerance_seconds, stages(|s| s.tolerance_seconds));
        prop_assert_eq!(u64::from(t.journey.steps), stages(|s| u64::from(s.steps)));
        prop_assert_eq!(t.journey.untimed.len() as u64, stages(|s| s.untimed.len() as u64));
        prop_assert!(t.journey.waiting_seconds <= t.journey.customer_seconds);
        let all: u64 = b.cards.keys().map(|id| duration(&b, id)).sum();
        prop_assert_eq!(t.lanes.iter().map(|l| l.seconds).sum::<u64>(), all);
        let v = t.visibility.as_ref().expect("the line of visibility is there");
        prop_assert_eq!(v.above_seconds + v.below_seconds, all);
        let owned: u64 = b.cards.values().filter(|c| !c.owner.is_empty()).map(|c| duration(&b, &c.id)).sum();
        prop_assert_eq!(t.owners.iter().map(|o| o.seconds).sum::<u64>(), owned);
        // Per stage, the lanes, owners and sides of the line add up to the journey's.
        prop_assert_eq!(t.places_by_stage.len(), b.stages.len());
        for (k, lane) in t.lanes.iter().enumerate() {
            let by_stage = |f: fn(&measure::LaneTime) -> u64| t.places_by_stage.iter().map(|p| f(&p.lanes[k])).sum::<u64>();
            prop_assert_eq!(by_stage(|l| l.seconds), lane.seconds);
            prop_assert_eq!(by_stage(|l| u64::from(l.steps)), u64::from(lane.steps));
        }
        for o in &t.owners {
            let of = |p: &measure::StagePlaces| p.owners.iter().find(|x| x.owner == o.owner).map_or(0, |x| x.seconds);
            prop_assert_eq!(t.places_by_stage.iter().map(of).sum::<u64>(), o.seconds);
        }
        let side = |f: fn(&measure::VisibilitySplit) -> u64| {
            t.places_by_stage.iter().map(|p| p.visibility.as_ref().map_or(0, f)).sum::<u64>()
        };
        prop_assert_eq!((side(|v| v.above_seconds), side(|v| v.below_seconds)), (v.above_seconds, v.below_seconds));
        prop_assert_eq!(r.waits.journey_seconds, t.journey.customer_seconds);

        let f = &r.fail_points;
        prop_assert_eq!(f.by_kind.iter().map(|k| k.count.total).sum::<u32>(), f.count.total);
        prop_assert_eq!(f.by_stage.iter().map(|k| k.count.total).sum::<u32>(), f.count.total);
        prop_assert_eq!(f.by_lane.iter().map(|k| k.count.unrecovered).sum::<u32>(), f.count.unrecovered);
        prop_assert_eq!(f.fail_points.len() as u32, f.count.total);

        let tp = &r.touchpoints;
        prop_assert_eq!(tp.stages.iter().map(|s| s.channels.total()).sum::<u32>(), tp.journey.total());
        let e = &r.emotion.customer;
        prop_assert_eq!(e.stages.iter().map(|s| s.points as usize).sum::<usize>(), e.points.len());

        match &t.critical_path {
            CriticalPath::Path { seconds, steps, untimed, .. } => {
                prop_assert_eq!(*seconds, steps.iter().map(|id| duration(&b, id)).sum::<u64>());
                let kind = |id: &CardId| b.card_lane_kind(&b.cards[id]);
                prop_assert_eq!(kind(&steps[0]), Some(LaneKind::Customer));
                prop_assert_eq!(kind(&steps[steps.len() - 1]), Some(LaneKind::Customer));
                for w in steps.windows(2) {
                    prop_assert!(
                        b.connectors.values().any(|c| c.direction == Direction::OneWay && c.from == w[0] && c.to == w[1]),
                        "{} → {} is no connector", w[0], w[1]
                    );
                }
                prop_assert_eq!(untimed.len(), steps.iter().filter(|id| b.cards[*id].duration_seconds.is_none()).count());
            }
            CriticalPath::NoCustomerAction => {
                prop_assert!(b.cards.values().all(|c| b.card_lane_kind(c) != Some(LaneKind::Customer)));
            }
            CriticalPath::Cycle { .. } => prop_assert!(false, "connectors only run forward"),
        }
    }

    #[test]
    fn adding_a_step_never_shortens_the_critical_path(
        cards in proptest::collection::vec(card_spec(), 1..25),
        arrows in proptest::collection::vec((0usize..25, 0usize..25, any::<bool>()), 0..30),
        new in card_spec(),
        split in 0usize..25,
        ins in proptest::collection::vec(0usize..25, 0..3),
        outs in proptest::collection::vec(0usize..25, 0..3),
    ) {
        let before = blueprint(&cards, &arrows);
        let mut after = before.clone();
        // A new step after every card in id order; arrows into it only from cards before
        // `split` and out of it only to cards from `split` on, so no loop is made.
        let n = cards.len();
        let split = split % (n + 1);
        let id = CardId::from("z-new");
        let mut z = card(n, &new, &after);
        z.id = id.clone();
        after.cards.insert(id.clone(), z);
        for (k, &i) in ins.iter().enumerate().filter(|(_, &i)| i % n < split) {
            after.connectors.insert(format!("zin{k}").as_str().into(), Connector::new(format!("zin{k}").as_str(), card_id(i % n).as_str(), "z-new"));
        }
        for (k, &o) in outs.iter().enumerate().filter(|(_, &o)| o % n >= split) {
            after.connectors.insert(format!("zout{k}").as_str().into(), Connector::new(format!("zout{k}").as_str(), "z-new", card_id(o % n).as_str()));
        }
        prop_assert_eq!(after.inconsistencies(), vec![]);
        let length = |b: &Blueprint| match measure::critical_path(b) {
            CriticalPath::Path { seconds, .. } => Some(seconds),
            CriticalPath::NoCustomerAction => None,
            CriticalPath::Cycle { cards } => panic!("no loop was made: {cards:?}"),
        };
        if let Some(was) = length(&before) {
            prop_assert!(length(&after).is_some_and(|now| now >= was));
        }
    }
}
