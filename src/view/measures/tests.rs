use super::*;
use crate::edit::{CardChanges, Command, KpiChanges};
use crate::measure::KpiStatus;
use crate::model::KpiId;
use crate::view::Session;

/// The hotel example: its figures are worked out by hand in docs/measures.md.
fn hotel() -> Session {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/hotel-stay.frontstage"))
        .expect("the example");
    Session::untitled(crate::io::load_str(&text).expect("the example loads"))
}

fn ids(cards: &[CardId]) -> Vec<&str> {
    cards.iter().map(|c| c.as_str()).collect()
}

fn status_of(m: &Measures, kpi: &str) -> KpiStatus {
    m.kpis.iter().find(|k| k.kpi.as_str() == kpi).expect("the KPI").status
}

#[test]
fn the_hotels_figures_are_those_worked_out_by_hand() {
    let m = hotel().measures();
    let j = &m.journey;
    assert_eq!((j.customer_seconds, j.waiting_seconds), (62 * 60, 34 * 60));
    assert_eq!((j.standard_seconds, j.over_standard_seconds), (Some(3600), Some(120)));
    assert_eq!((j.waits, j.waits_without_tolerance, j.untimed), (2, 0, 0));
    assert_eq!(j.fail_points, Fails { total: 3, unrecovered: 0 });
    assert_eq!(
        m.critical_path,
        PathFigure::Path { seconds: 98 * 60, steps: m_steps(&m), untimed: 0, spans_journey: true }
    );
    let room_service = m.stages.iter().find(|s| s.stage.as_str() == "s4").expect("room service");
    assert_eq!(room_service.figures.customer_seconds, 32 * 60);
    assert_eq!(room_service.figures.over_standard_seconds, Some(120));
    assert_eq!((room_service.figures.emotion_points, room_service.figures.emotion_min), (2, Some(-1)));
    let check_in = m.stages.iter().find(|s| s.stage.as_str() == "s2").expect("check-in");
    assert_eq!((check_in.figures.customer_seconds, check_in.figures.over_standard_seconds), (7 * 60, None));
    assert_eq!(status_of(&m, "k-csat"), KpiStatus::Off);
    assert_eq!(status_of(&m, "k-fcr"), KpiStatus::Met);
    assert_eq!(status_of(&m, "k-engagement"), KpiStatus::NoActual);
}

#[test]
fn the_time_by_lane_owner_and_side_of_the_line_and_the_cards_behind_each() {
    let mut s = hotel();
    let m = s.measures();
    let t = &m.time_by_place;
    let doc = s.doc();
    assert_eq!(t.lanes.len(), doc.lanes.len());
    // Every step's time, however it is split, adds up to the same.
    let all: u64 = doc.cards.values().map(|c| c.duration_seconds.map_or(0, u64::from)).sum();
    assert_eq!(t.lanes.iter().map(|l| l.seconds).sum::<u64>(), all);
    let v = t.visibility.expect("the hotel has a line of visibility");
    assert_eq!(v.above_seconds + v.below_seconds, all);
    assert!(t.owners.len() <= OWNERS_LISTED);
    assert!(t.owners.windows(2).all(|w| w[0].seconds >= w[1].seconds), "most time first");
    let report = crate::measure::measure(doc);
    // The cards behind a lane's figure are that lane's, as many as its steps.
    let lane = &t.lanes[0];
    let behind = cards_behind(doc, &report, &Figure::LaneSteps { lane: lane.lane.clone(), stage: None }).unwrap();
    assert_eq!(behind.cards.len(), lane.steps as usize);
    assert!(behind.cards.iter().all(|c| doc.cards[c].lane == lane.lane));
    // An owner's: the cards that name it, their durations adding up to its time.
    let owner = &t.owners[0];
    let behind = cards_behind(doc, &report, &Figure::OwnerSteps { owner: owner.owner.clone(), stage: None }).unwrap();
    let secs: u64 = behind.cards.iter().map(|c| doc.cards[c].duration_seconds.map_or(0, u64::from)).sum();
    assert_eq!((behind.cards.len(), secs), (owner.steps as usize, owner.seconds));
    // Either side of the line: every card on one side or the other, the time as split.
    let side = |above| cards_behind(doc, &report, &Figure::VisibilitySide { above, stage: None }).unwrap().cards;
    let (up, down) = (side(true), side(false));
    assert_eq!(up.len() + down.len(), doc.cards.len());
    let time = |cs: &[CardId]| cs.iter().map(|c| doc.cards[c].duration_seconds.map_or(0, u64::from)).sum::<u64>();
    assert_eq!((time(&up), time(&down)), (v.above_seconds, v.below_seconds));
    assert!(cards_behind(doc, &report, &Figure::LaneSteps { lane: "nope".into(), stage: None }).is_err());
    // Per stage: each stage's figures add up to the journey's, and a stage's figure
    // selects that stage's cards of the lane, the owner or the side, as many as it counts.
    assert_eq!(m.time_by_place_per_stage.len(), doc.stages.len());
    for (k, lane) in t.lanes.iter().enumerate() {
        let per_stage: u64 = m.time_by_place_per_stage.iter().map(|p| p.lanes[k].seconds).sum();
        assert_eq!(per_stage, lane.seconds, "lane {}", lane.lane);
    }
    let mut checked = 0;
    for (stage, p) in doc.stages.iter().zip(&m.time_by_place_per_stage) {
        let here = Some(stage.id.clone());
        for l in &p.lanes {
            let f = Figure::LaneSteps { lane: l.lane.clone(), stage: here.clone() };
            let behind = cards_behind(doc, &report, &f).unwrap().cards;
            assert_eq!(behind.len(), l.steps as usize);
            assert!(behind.iter().all(|c| doc.cards[c].stage == stage.id && doc.cards[c].lane == l.lane));
            checked += behind.len();
        }
        for o in &p.owners {
            let f = Figure::OwnerSteps { owner: o.owner.clone(), stage: here.clone() };
            let behind = cards_behind(doc, &report, &f).unwrap().cards;
            assert_eq!((behind.len(), time(&behind)), (o.steps as usize, o.seconds));
        }
        let v = p.visibility.expect("a line of visibility");
        let side = |above| cards_behind(doc, &report, &Figure::VisibilitySide { above, stage: here.clone() }).unwrap();
        assert_eq!((time(&side(true).cards), time(&side(false).cards)), (v.above_seconds, v.below_seconds));
    }
    assert_eq!(checked, doc.cards.len(), "every card in one stage's lane");
    let gone = Figure::VisibilitySide { above: true, stage: Some("nope".into()) };
    assert!(cards_behind(doc, &report, &gone).is_err());
}

#[test]
fn the_employees_emotion_and_the_dips_with_the_cards_behind_them() {
    let mut s = hotel();
    let m = s.measures();
    let report = crate::measure::measure(s.doc());
    let e = &report.emotion;
    assert_eq!(m.employee_emotion.points as usize, e.employee.points.len());
    assert_eq!(m.employee_emotion.mean, e.employee.mean);
    assert_eq!(m.dips.total as usize, e.dips.len());
    assert!(m.dips.with_cause <= m.dips.total);
    assert!(m.dips.with_cause > 0, "the hotel's dips come with its waits and fail points");
    let behind = |f: Figure| cards_behind(s.doc(), &report, &f).unwrap().cards;
    assert_eq!(behind(Figure::EmployeeEmotion).len(), e.employee.points.len());
    assert_eq!(behind(Figure::Dips { with_cause: false }).len(), e.dips.len());
    let caused = behind(Figure::Dips { with_cause: true });
    assert_eq!(caused.len(), m.dips.with_cause as usize);
    assert!(caused.iter().all(|c| e.dips.iter().any(|d| &d.card == c && !d.causes.is_empty())));
}

fn m_steps(m: &Measures) -> u32 {
    match m.critical_path {
        PathFigure::Path { steps, .. } => steps,
        _ => 0,
    }
}

#[test]
fn an_edit_changes_the_answer_and_undo_and_redo_bring_each_back() {
    let mut s = hotel();
    let before = s.measures();
    // The guest settles in for 20 minutes instead of 10.
    let changes = CardChanges { duration_seconds: Some(Some(1200)), ..Default::default() };
    s.execute(&Command::UpdateCard { card: "c302".into(), changes }, None).unwrap();
    let after = s.measures();
    assert_eq!(after.journey.customer_seconds, before.journey.customer_seconds + 600);
    let stay = |m: &Measures| m.stages.iter().find(|x| x.stage.as_str() == "s3").unwrap().figures.customer_seconds;
    assert_eq!(stay(&after), stay(&before) + 600);
    s.undo();
    assert_eq!(s.measures(), before);
    s.redo();
    assert_eq!(s.measures(), after);
}

#[test]
fn a_kpis_status_follows_its_actual_and_direction() {
    let mut s = hotel();
    let kpi = KpiId::new("k-csat");
    let set = |s: &mut Session, changes: KpiChanges| {
        s.execute(&Command::UpdateKpi { kpi: kpi.clone(), changes }, None).unwrap();
        status_of(&s.measures(), "k-csat")
    };
    assert_eq!(set(&mut s, KpiChanges { actual: Some(Some(95.0)), ..Default::default() }), KpiStatus::Met);
    assert_eq!(
        set(&mut s, KpiChanges { direction: Some(crate::model::KpiDirection::LowerIsBetter), ..Default::default() }),
        KpiStatus::Off
    );
    assert_eq!(set(&mut s, KpiChanges { actual: Some(None), ..Default::default() }), KpiStatus::NoActual);
    let k = s.measures().kpis.into_iter().find(|k| k.kpi == kpi).unwrap();
    assert_eq!((k.target, k.actual, k.difference), (93.0, None, None));
}

#[test]
fn a_standard_set_for_a_stage_is_measured_against() {
    let mut s = hotel();
    s.execute(&Command::SetStandard { stage: Some("s3".into()), seconds: Some(300) }, None).unwrap();
    let stay = s.measures().stages.into_iter().find(|x| x.stage.as_str() == "s3").unwrap();
    assert_eq!((stay.figures.standard_seconds, stay.figures.over_standard_seconds), (Some(300), Some(300)));
    s.execute(&Command::SetStandard { stage: None, seconds: None }, None).unwrap();
    assert_eq!(s.measures().journey.over_standard_seconds, None);
}

#[test]
fn each_figure_names_the_cards_behind_it() {
    let mut s = hotel();
    let behind = |s: &mut Session, f: Figure| s.figure_cards(&f).unwrap();
    let s2 = || Some(StageId::new("s2"));
    assert_eq!(ids(&behind(&mut s, Figure::Waits { stage: None }).cards), ["c202", "c403"]);
    assert_eq!(ids(&behind(&mut s, Figure::Waits { stage: s2() }).cards), ["c202"]);
    assert_eq!(ids(&behind(&mut s, Figure::CustomerSteps { stage: s2() }).cards), ["c202", "c203"]);
    assert_eq!(ids(&behind(&mut s, Figure::FailPoints { stage: None, kind: None }).cards), ["c204", "c405", "c503"]);
    assert_eq!(ids(&behind(&mut s, Figure::LowestEmotion { stage: None }).cards), ["c202"]);
    assert_eq!(ids(&behind(&mut s, Figure::LowestEmotion { stage: Some("s4".into()) }).cards), ["c403"]);
    let touch = behind(&mut s, Figure::Touchpoints { stage: s2(), channel: Some(Channel::Interpersonal) });
    assert_eq!(ids(&touch.cards), ["c204", "c205"]);
    // The path from the signature through the front desk and housekeeping, with the
    // one-way connectors between its steps.
    let path = behind(&mut s, Figure::CriticalPath);
    assert_eq!(path.cards.len(), m_steps(&s.measures()) as usize);
    assert_eq!(path.connectors.len(), path.cards.len() - 1);
    for (w, c) in path.cards.windows(2).zip(&path.connectors) {
        let connector = &s.doc().connectors[c];
        assert_eq!((&connector.from, &connector.to), (&w[0], &w[1]));
    }
    let hand_offs = behind(&mut s, Figure::HandOffs);
    assert_eq!(hand_offs.connectors.len() as u32, s.measures().hand_offs);
}

#[test]
fn a_figure_of_a_stage_that_is_gone_is_refused() {
    let mut s = hotel();
    let err = s.figure_cards(&Figure::Waits { stage: Some("nope".into()) }).unwrap_err();
    assert_eq!(err.code, "unknown_stage");
}

#[test]
fn a_figure_reads_as_the_ui_sends_it() {
    let f: Figure = serde_json::from_str(r#"{"figure":"fail_points","kind":"process"}"#).unwrap();
    assert_eq!(f, Figure::FailPoints { stage: None, kind: Some(FailKind::Process) });
    assert!(serde_json::from_str::<Figure>(r#"{"figure":"waits","stage":"s1","extra":1}"#).is_err());
}
