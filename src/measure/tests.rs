//! The measures on small hand-made blueprints whose answers are worked out by hand in
//! the comments.

use super::*;
use crate::model::*;

/// Customer (cu), frontstage (fr), backstage (ba); the line of interaction under the
/// customer lane and the line of visibility under frontstage; stages s1, s2, s3.
///
/// ```text
///        s1            s2        s3
/// cu     A 60 ──┐      D 30 ──▶  E 90
///               ├─▶ B 120 ─┐ ▲
/// fr            │          ├─┘
/// ba            └─▶ C 300 ─┘
/// ```
/// A→B, A→C (a branch), B→D, C→D (a join), D→E.
fn hotel() -> Blueprint {
    let mut b = Blueprint::empty("t");
    b.lanes = vec![
        Lane::new("cu", LaneKind::Customer, "Guest"),
        Lane::new("fr", LaneKind::Frontstage, "Front desk"),
        Lane::new("ba", LaneKind::Backstage, "Back office"),
    ];
    b.lines = vec![Line { kind: LineKind::Interaction, boundary: 1 }, Line { kind: LineKind::Visibility, boundary: 2 }];
    b.stages = vec![Stage::new("s1", "Arrive"), Stage::new("s2", "Check in"), Stage::new("s3", "Room")];
    for (id, lane, stage, d) in [
        ("A", "cu", "s1", 60),
        ("B", "fr", "s1", 120),
        ("C", "ba", "s1", 300),
        ("D", "cu", "s2", 30),
        ("E", "cu", "s3", 90),
    ] {
        let mut c = Card::new(id, lane, stage, id);
        c.duration_seconds = Some(d);
        b.cards.insert(id.into(), c);
    }
    for (id, from, to) in [("a1", "A", "B"), ("a2", "A", "C"), ("a3", "B", "D"), ("a4", "C", "D"), ("a5", "D", "E")] {
        b.connectors.insert(id.into(), Connector::new(id, from, to));
    }
    assert_eq!(b.inconsistencies(), vec![]);
    b
}

fn card<'a>(b: &'a mut Blueprint, id: &str) -> &'a mut Card {
    b.cards.get_mut(id).unwrap()
}

fn ids(v: &[CardId]) -> Vec<&str> {
    v.iter().map(|c| c.as_str()).collect()
}

#[test]
fn the_critical_path_takes_the_longer_branch_through_the_join() {
    // A-B-D-E takes 60+120+30+90 = 300 s, A-C-D-E 60+300+30+90 = 480 s.
    match critical_path(&hotel()) {
        CriticalPath::Path { seconds, steps, untimed, spans_journey } => {
            assert_eq!(seconds, 480);
            assert!(spans_journey, "A in the first stage, E in the last");
            assert_eq!(ids(&steps), ["A", "C", "D", "E"]);
            assert!(untimed.is_empty());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_step_without_duration_counts_as_zero_and_is_named() {
    let mut b = hotel();
    card(&mut b, "E").duration_seconds = None;
    card(&mut b, "C").duration_seconds = None;
    // Now A-B-D-E is 60+120+30+0 = 210 s, A-C-D-E 60+0+30+0 = 90 s.
    match critical_path(&b) {
        CriticalPath::Path { seconds, steps, untimed, .. } => {
            assert_eq!((seconds, ids(&steps)), (210, vec!["A", "B", "D", "E"]));
            assert_eq!(ids(&untimed), ["E"]);
        }
        other => panic!("{other:?}"),
    }
    let t = time(&b);
    // The customer's steps are A, D and E: 60 + 30 + nothing.
    assert_eq!((t.journey.customer_seconds, t.journey.steps), (90, 3));
    assert_eq!(ids(&t.journey.untimed), ["E"]);
    assert_eq!(ids(&t.stages[2].span.untimed), ["E"]);
    let ba = &t.lanes[2];
    assert_eq!((ba.steps, ba.seconds, ba.untimed), (1, 0, 1));
}

#[test]
fn each_stages_time_by_lane_owner_and_side_of_the_line() {
    let mut b = hotel();
    card(&mut b, "B").owner = "Desk".into();
    card(&mut b, "C").owner = "Kitchen".into();
    card(&mut b, "D").owner = "Desk".into();
    let t = time(&b);
    let seconds = |s: usize| t.places_by_stage[s].lanes.iter().map(|l| l.seconds).collect::<Vec<_>>();
    // s1: A 60 (cu), B 120 (fr), C 300 (ba); s2: D 30 (cu); s3: E 90 (cu).
    assert_eq!(seconds(0), [60, 120, 300]);
    assert_eq!(seconds(1), [30, 0, 0]);
    assert_eq!(seconds(2), [90, 0, 0]);
    // The line of visibility runs under frontstage: cu and fr above it.
    let v = |s: usize| t.places_by_stage[s].visibility.as_ref().map(|v| (v.above_seconds, v.below_seconds));
    assert_eq!((v(0), v(1), v(2)), (Some((180, 300)), Some((30, 0)), Some((90, 0))));
    let owners = |s: usize| {
        t.places_by_stage[s].owners.iter().map(|o| (o.owner.as_str(), o.steps, o.seconds)).collect::<Vec<_>>()
    };
    assert_eq!(owners(0), [("Kitchen", 1, 300), ("Desk", 1, 120)]);
    assert_eq!(owners(1), [("Desk", 1, 30)]);
    assert_eq!(owners(2), []);
}

#[test]
fn a_path_that_does_not_reach_the_last_stage_says_so() {
    let mut b = hotel();
    b.connectors.remove("a5");
    // A-C-D (390 s) is the longest, but nothing leads on to E, the last stage's.
    match critical_path(&b) {
        CriticalPath::Path { seconds, steps, spans_journey, .. } => {
            assert_eq!((seconds, ids(&steps)), (390, vec!["A", "C", "D"]));
            assert!(!spans_journey);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_loop_is_refused_naming_its_cards() {
    let mut b = hotel();
    b.connectors.insert("back".into(), Connector::new("back", "D", "A"));
    // A→B→D→A and A→C→D→A: one loop of four cards; E is after it, not in it.
    assert_eq!(critical_path(&b), CriticalPath::Cycle { cards: vec!["A".into(), "B".into(), "C".into(), "D".into()] });
    // A loop off the way between customer actions does not matter.
    let mut b = hotel();
    b.cards.insert("X".into(), Card::new("X", "ba", "s2", "X"));
    b.connectors.insert("x1".into(), Connector::new("x1", "C", "X"));
    b.connectors.insert("x2".into(), Connector::new("x2", "X", "C"));
    // C→X→C is a loop, and C lies between A and D: refused.
    assert!(matches!(critical_path(&b), CriticalPath::Cycle { .. }));
    let mut b = hotel();
    b.cards.insert("X".into(), Card::new("X", "ba", "s2", "X"));
    b.cards.insert("Y".into(), Card::new("Y", "ba", "s3", "Y"));
    b.connectors.insert("x1".into(), Connector::new("x1", "X", "Y"));
    b.connectors.insert("x2".into(), Connector::new("x2", "Y", "X"));
    assert!(matches!(critical_path(&b), CriticalPath::Path { seconds: 480, .. }));
}

#[test]
fn two_way_connectors_and_unconnected_customers() {
    let mut b = hotel();
    b.connectors.values_mut().for_each(|c| c.direction = Direction::TwoWay);
    // No sequence at all: the longest single customer action, E (90 s).
    assert_eq!(
        critical_path(&b),
        CriticalPath::Path { seconds: 90, steps: vec!["E".into()], untimed: vec![], spans_journey: false }
    );
    let mut empty = Blueprint::empty("none");
    empty.lanes.push(Lane::new("fr", LaneKind::Frontstage, "F"));
    assert_eq!(critical_path(&empty), CriticalPath::NoCustomerAction);
}

#[test]
fn time_per_stage_lane_owner_and_side_of_the_line() {
    let mut b = hotel();
    card(&mut b, "D").wait = true;
    card(&mut b, "D").tolerance_seconds = Some(20);
    card(&mut b, "A").tolerance_seconds = Some(120);
    card(&mut b, "B").owner = "Receptionist".into();
    card(&mut b, "C").owner = " Receptionist ".into();
    b.standard_seconds = Some(120);
    b.stages[1].standard_seconds = Some(60);
    let t = time(&b);
    // Customer's steps A (60), D (30, a wait), E (90).
    assert_eq!(t.journey.customer_seconds, 180);
    assert_eq!(t.journey.waiting_seconds, 30);
    assert_eq!(t.journey.tolerance_seconds, 140);
    assert_eq!(t.journey.over_standard_seconds, Some(60));
    let per_stage: Vec<u64> = t.stages.iter().map(|s| s.span.customer_seconds).collect();
    assert_eq!(per_stage, [60, 30, 90]);
    assert_eq!(t.stages[1].span.over_standard_seconds, None, "30 s is within its 60 s");
    let steps: Vec<(&str, Option<u32>)> = t.steps.iter().map(|s| (s.card.as_str(), s.over_seconds)).collect();
    assert_eq!(steps, [("A", None), ("B", None), ("C", None), ("D", Some(10)), ("E", None)]);
    let lanes: Vec<u64> = t.lanes.iter().map(|l| l.seconds).collect();
    assert_eq!(lanes, [180, 120, 300]);
    assert_eq!(t.owners, vec![OwnerTime { owner: "Receptionist".into(), steps: 2, seconds: 420 }]);
    // Above the line of visibility: A, B, D, E = 300 s; below: C = 300 s.
    assert_eq!(t.visibility, Some(VisibilitySplit { above_seconds: 300, below_seconds: 300 }));
}

#[test]
fn waits_without_tolerance_and_steps_over_it() {
    let mut b = hotel();
    card(&mut b, "D").wait = true;
    card(&mut b, "B").wait = true;
    card(&mut b, "B").tolerance_seconds = Some(60);
    card(&mut b, "E").tolerance_seconds = Some(30);
    b.standard_seconds = Some(300);
    let w = waits(&b);
    assert_eq!(w.waits.iter().map(|x| x.card.as_str()).collect::<Vec<_>>(), ["B", "D"]);
    assert_eq!(ids(&w.without_tolerance), ["D"]);
    // E is 60 s over, B 60 s over too: equal, in journey order.
    let over: Vec<(&str, u32)> = w.over_tolerance.iter().map(|o| (o.card.as_str(), o.over_seconds)).collect();
    assert_eq!(over, [("B", 60), ("E", 60)]);
    // The customer's time: A 60 + B 120 (a wait at the desk) + D 30 + E 90 = 300.
    assert_eq!((w.journey_seconds, w.journey_over_seconds), (300, None));
}

#[test]
fn fail_points_by_kind_place_and_path() {
    let mut b = hotel();
    card(&mut b, "C").fail_point = Some(FailPoint::new(FailKind::System));
    let mut fp = FailPoint::new(FailKind::Interaction);
    fp.recovery = "Apologise".into();
    card(&mut b, "B").fail_point = Some(fp);
    let f = fail_points(&b);
    assert_eq!((f.count.total, f.count.unrecovered, f.on_critical_path), (2, 1, 1));
    let on: Vec<(&str, bool, bool)> =
        f.fail_points.iter().map(|p| (p.card.as_str(), p.recovered, p.on_critical_path)).collect();
    assert_eq!(on, [("B", true, false), ("C", false, true)]);
    let kinds: Vec<u32> = f.by_kind.iter().map(|k| k.count.total).collect();
    assert_eq!(kinds, [0, 0, 1, 1]);
    assert_eq!(f.by_stage.iter().map(|s| s.count.total).collect::<Vec<_>>(), [2, 0, 0]);
    assert_eq!(f.by_lane.iter().map(|s| s.count.unrecovered).collect::<Vec<_>>(), [0, 0, 1]);
}

#[test]
fn emotion_with_gaps_dips_and_the_employee_apart() {
    let mut b = hotel();
    card(&mut b, "A").emotion = Some(-1);
    card(&mut b, "A").wait = true;
    card(&mut b, "E").emotion = Some(1);
    card(&mut b, "B").emotion = Some(-2);
    card(&mut b, "B").fail_point = Some(FailPoint::new(FailKind::Process));
    let mut e2 = Card::new("E2", "cu", "s3", "E2");
    e2.order = 1;
    e2.emotion = Some(0);
    b.cards.insert("E2".into(), e2);
    let e = emotion(&b);
    // The customer's curve: A −1, (s2 has none), E +1, E2 0.
    let pts: Vec<(&str, i8)> = e.customer.points.iter().map(|p| (p.card.as_str(), p.emotion)).collect();
    assert_eq!(pts, [("A", -1), ("E", 1), ("E2", 0)]);
    let stages: Vec<(u32, Option<f64>, Option<i8>)> =
        e.customer.stages.iter().map(|s| (s.points, s.mean, s.min)).collect();
    assert_eq!(stages, [(1, Some(-1.0), Some(-1)), (0, None, None), (2, Some(0.5), Some(0))]);
    assert_eq!(e.customer.mean, Some(0.0));
    assert_eq!(e.lowest.as_ref().map(|p| p.card.as_str()), Some("A"));
    // Dips: A (first, below zero) with its own wait and B's fail point (A→B); E2 (1 → 0).
    let dips: Vec<(&str, Option<i8>, Vec<&str>)> =
        e.dips.iter().map(|d| (d.card.as_str(), d.from, d.causes.iter().map(|c| c.card.as_str()).collect())).collect();
    assert_eq!(dips, [("A", None, vec!["A", "B"]), ("E2", Some(1), vec![])]);
    // B's −2 is the receptionist's, not the guest's.
    let staff: Vec<(&str, i8)> = e.employee.points.iter().map(|p| (p.card.as_str(), p.emotion)).collect();
    assert_eq!(staff, [("B", -2)]);
}

#[test]
fn touchpoints_by_channel_and_hand_offs_across_the_lines() {
    let mut b = hotel();
    card(&mut b, "A").channel = Some(Channel::Digital);
    card(&mut b, "B").channel = Some(Channel::Interpersonal);
    card(&mut b, "E").channel = Some(Channel::Physical);
    let t = touchpoints(&b);
    assert_eq!((t.journey.digital, t.journey.interpersonal, t.journey.physical, t.journey.total()), (1, 1, 1, 3));
    assert_eq!(t.stages.iter().map(|s| s.channels.total()).collect::<Vec<_>>(), [2, 0, 1]);
    use LineKind::{Interaction as I, Visibility as V};
    let h: Vec<(&str, Vec<LineKind>)> = t.hand_offs.iter().map(|h| (h.connector.as_str(), h.crosses.clone())).collect();
    assert_eq!(h, [("a1", vec![I]), ("a2", vec![I, V]), ("a3", vec![I]), ("a4", vec![I, V])]);
}

#[test]
fn kpis_are_met_or_off_by_their_direction() {
    let mut b = hotel();
    let mut csat = Kpi::new("k1", "Customer satisfaction", 93.0);
    csat.actual = Some(91.0);
    let mut response = Kpi::new("k2", "Average response time", 4.2);
    response.direction = KpiDirection::LowerIsBetter;
    response.actual = Some(3.9);
    let mut equal = Kpi::new("k3", "First-contact resolution", 85.0);
    equal.actual = Some(85.0);
    b.kpis = vec![csat, response, equal, Kpi::new("k4", "Employee engagement", 78.0)];
    let k = kpis(&b);
    let status: Vec<KpiStatus> = k.iter().map(|k| k.status).collect();
    assert_eq!(status, [KpiStatus::Off, KpiStatus::Met, KpiStatus::Met, KpiStatus::NoActual]);
    assert_eq!(k[0].difference, Some(-2.0));
    assert_eq!(k[3].difference, None);
}

#[test]
fn the_report_holds_every_measure_and_serialises() {
    let r = measure(&hotel());
    assert_eq!(r.time, time(&hotel()));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["time"]["critical_path"]["outcome"], "path");
    assert_eq!(json["time"]["stages"][0]["customer_seconds"], 60);
}
