//! The blueprint document.

use super::card::{Card, EMOTION_RANGE};
use super::connector::Connector;
use super::display::DisplaySettings;
use super::ids::{is_valid_id, CardId, ConnectorId, LaneId, StageId};
use super::keyed::{self, Keyed};
use super::kpi::{Kpi, KpiSubject};
use super::lane::{is_valid_color, Lane, LaneKind};
use super::language::Language;
use super::line::{Line, LineKind};
use super::profile::{Profile, RuleSetting};
use super::stage::Stage;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The `format` tag every Frontstage file starts with.
pub const FORMAT_TAG: &str = "frontstage-blueprint";
/// The file format version this build writes.
pub const FORMAT_VERSION: u32 = 2;

/// One service blueprint: one scenario for one kind of customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Blueprint {
    /// Always `"frontstage-blueprint"`.
    #[schemars(extend("const" = FORMAT_TAG))]
    pub format: String,
    /// File format version.
    pub version: u32,
    pub title: String,
    /// The scenario, e.g. "first-time guest, dine-in dinner".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scenario: String,
    /// The customer type or persona.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub persona: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Language of the fixed words drawn with the blueprint (line labels, badges);
    /// absent means English.
    #[serde(default, skip_serializing_if = "Language::is_default")]
    pub language: Language,
    #[serde(default)]
    pub profile: Profile,
    /// Per-document rule settings, by rule id: off, or a severity.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rules: BTreeMap<String, RuleSetting>,
    /// The longest the whole customer journey should take, in seconds: the service
    /// standard the journey is measured against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard_seconds: Option<u32>,
    /// How the document asks to be drawn; absent means the defaults.
    #[serde(default, skip_serializing_if = "DisplaySettings::is_default")]
    pub display: DisplaySettings,
    /// Stages, left to right.
    pub stages: Vec<Stage>,
    /// Lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// Lines, in [`LineKind`] order; at most one of each kind.
    #[serde(default)]
    pub lines: Vec<Line>,
    /// Cards, in id order.
    #[serde(default, with = "keyed")]
    #[schemars(with = "Vec<Card>")]
    #[cfg_attr(feature = "ts", ts(as = "Vec<Card>"))]
    pub cards: BTreeMap<CardId, Card>,
    /// Connectors, in id order.
    #[serde(default, with = "keyed")]
    #[schemars(with = "Vec<Connector>")]
    #[cfg_attr(feature = "ts", ts(as = "Vec<Connector>"))]
    pub connectors: BTreeMap<ConnectorId, Connector>,
    /// Key performance indicators, in the order the designer lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
}

impl Keyed for Card {
    type Key = CardId;
    fn key(&self) -> &CardId {
        &self.id
    }
}

impl Keyed for Connector {
    type Key = ConnectorId;
    fn key(&self) -> &ConnectorId {
        &self.id
    }
}

/// A way in which a document breaks the model's invariants, with where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inconsistency {
    /// JSON path of the offending value, e.g. `cards[id=c3].lane`.
    pub path: String,
    pub message: String,
}

impl Blueprint {
    /// An empty blueprint with the given title and no stages or lanes.
    pub fn empty(title: impl Into<String>) -> Self {
        Blueprint {
            format: FORMAT_TAG.to_owned(),
            version: FORMAT_VERSION,
            title: title.into(),
            scenario: String::new(),
            persona: String::new(),
            description: String::new(),
            language: Language::default(),
            profile: Profile::default(),
            rules: BTreeMap::new(),
            standard_seconds: None,
            display: DisplaySettings::default(),
            stages: Vec::new(),
            lanes: Vec::new(),
            lines: Vec::new(),
            cards: BTreeMap::new(),
            connectors: BTreeMap::new(),
            kpis: Vec::new(),
        }
    }

    /// The language of the fixed words drawn with the blueprint (line names, badges,
    /// "Owner:", default lane names): the language its own text is evidently written in
    /// ([`Language::evident_in`]), else its `language` setting. So a blueprint begun with
    /// an English UI and written in Chinese draws Chinese lines and badges, without a
    /// setting to find.
    ///
    /// The text read is the title, scenario, persona and description, the stages' names,
    /// the lanes' names other than a default one (a fixed word itself), then the cards'
    /// text and owners and the connectors' labels, until there is evidence enough.
    pub fn words_language(&self) -> Language {
        let default_name =
            |l: &Lane| [Language::English, Language::SimplifiedChinese].iter().any(|&g| l.name == l.kind.name_in(g));
        let texts = [&self.title, &self.scenario, &self.persona, &self.description]
            .into_iter()
            .map(String::as_str)
            .chain(self.stages.iter().map(|s| s.name.as_str()))
            .chain(self.lanes.iter().filter(|l| !default_name(l)).map(|l| l.name.as_str()))
            .chain(self.cards.values().flat_map(|c| [c.text.as_str(), c.owner.as_str()]))
            .chain(self.connectors.values().map(|c| c.label.as_str()));
        Language::evident_in(texts).unwrap_or(self.language)
    }

    pub fn stage_index(&self, id: &StageId) -> Option<usize> {
        self.stages.iter().position(|s| &s.id == id)
    }

    pub fn lane_index(&self, id: &LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| &l.id == id)
    }

    pub fn stage(&self, id: &StageId) -> Option<&Stage> {
        self.stages.iter().find(|s| &s.id == id)
    }

    pub fn lane(&self, id: &LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| &l.id == id)
    }

    pub fn line(&self, kind: LineKind) -> Option<&Line> {
        self.lines.iter().find(|l| l.kind == kind)
    }

    /// The lane a card sits in, if it exists.
    pub fn card_lane(&self, card: &Card) -> Option<&Lane> {
        self.lane(&card.lane)
    }

    /// Kind of the lane a card sits in.
    pub fn card_lane_kind(&self, card: &Card) -> Option<LaneKind> {
        self.card_lane(card).map(|l| l.kind)
    }

    /// Cards of one cell in display order (by `order`, then id).
    pub fn cell_cards(&self, lane: &LaneId, stage: &StageId) -> Vec<&Card> {
        let [v] = self.cells_cards([(lane, stage)]);
        v
    }

    /// Cards of several cells, each in display order, in one pass over the cards (an edit
    /// moving a card reads the cell it leaves and the one it enters). A cell listed twice
    /// gets its cards at its first place, none at the second.
    pub fn cells_cards<const N: usize>(&self, cells: [(&LaneId, &StageId); N]) -> [Vec<&Card>; N] {
        let mut out: [Vec<&Card>; N] = std::array::from_fn(|_| Vec::new());
        for c in self.cards.values() {
            if let Some(k) = cells.iter().position(|(lane, stage)| c.stage == **stage && c.lane == **lane) {
                out[k].push(c);
            }
        }
        for v in &mut out {
            v.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.id.cmp(&b.id)));
        }
        out
    }

    /// Connectors touching a card, either end.
    pub fn connectors_of<'a>(&'a self, card: &'a CardId) -> impl Iterator<Item = &'a Connector> + 'a {
        self.connectors.values().filter(move |c| &c.from == card || &c.to == card)
    }

    /// A fresh id with the given prefix, deterministic for a given document.
    pub fn fresh_id(&self, prefix: &str) -> String {
        let taken = |s: &str| {
            self.cards.contains_key(s)
                || self.connectors.contains_key(s)
                || self.stages.iter().any(|x| x.id.as_str() == s)
                || self.lanes.iter().any(|x| x.id.as_str() == s)
                || self.kpis.iter().any(|x| x.id.as_str() == s)
        };
        let mut n = match prefix {
            "c" => self.cards.len(),
            "a" => self.connectors.len(),
            "s" => self.stages.len(),
            "k" => self.kpis.len(),
            _ => self.lanes.len(),
        } + 1;
        loop {
            let candidate = format!("{prefix}{n}");
            if !taken(&candidate) {
                return candidate;
            }
            n += 1;
        }
    }

    /// Every invariant the model relies on. Empty means consistent.
    pub fn inconsistencies(&self) -> Vec<Inconsistency> {
        let mut out = Vec::new();
        let mut bad = |path: String, message: String| out.push(Inconsistency { path, message });

        if self.format != FORMAT_TAG {
            bad("format".into(), format!("expected \"{FORMAT_TAG}\", found \"{}\"", self.format));
        }
        let mut ids: HashSet<&str> = HashSet::new();
        for (i, s) in self.stages.iter().enumerate() {
            if !is_valid_id(s.id.as_str()) {
                bad(format!("stages[{i}].id"), invalid_id_message(s.id.as_str()));
            }
            if !ids.insert(s.id.as_str()) {
                bad(format!("stages[{i}].id"), format!("duplicate id \"{}\"", s.id));
            }
        }
        for (i, l) in self.lanes.iter().enumerate() {
            if !is_valid_id(l.id.as_str()) {
                bad(format!("lanes[{i}].id"), invalid_id_message(l.id.as_str()));
            }
            if !ids.insert(l.id.as_str()) {
                bad(format!("lanes[{i}].id"), format!("duplicate id \"{}\"", l.id));
            }
            if let Some(c) = &l.color {
                if !is_valid_color(c) {
                    bad(format!("lanes[{i}].color"), format!("\"{c}\" is not a #rrggbb colour"));
                }
            }
        }
        let mut kinds = HashSet::new();
        for (i, line) in self.lines.iter().enumerate() {
            if !kinds.insert(line.kind) {
                bad(format!("lines[{i}].kind"), format!("more than one {}", line.kind.label().to_lowercase()));
            }
            if line.boundary > self.lanes.len() {
                bad(
                    format!("lines[{i}].boundary"),
                    format!("boundary {} is past the last lane ({} lanes)", line.boundary, self.lanes.len()),
                );
            }
        }
        if self.lines.windows(2).any(|w| w[0].kind > w[1].kind) {
            bad("lines".into(), "lines must be listed in kind order".into());
        }
        let mut cells: HashSet<(&str, &str, u32)> = HashSet::new();
        for (id, c) in &self.cards {
            let at = |field: &str| format!("cards[id={id}].{field}");
            if !is_valid_id(id.as_str()) {
                bad(at("id"), invalid_id_message(id.as_str()));
            }
            if !ids.insert(id.as_str()) {
                bad(at("id"), format!("id \"{id}\" is already used by a stage or lane"));
            }
            if self.lane(&c.lane).is_none() {
                bad(at("lane"), format!("unknown lane \"{}\"", c.lane));
            }
            if self.stage(&c.stage).is_none() {
                bad(at("stage"), format!("unknown stage \"{}\"", c.stage));
            }
            if !cells.insert((c.lane.as_str(), c.stage.as_str(), c.order)) {
                bad(at("order"), format!("another card in the same cell has order {}", c.order));
            }
            if let Some(e) = c.emotion {
                if !EMOTION_RANGE.contains(&e) {
                    bad(at("emotion"), format!("emotion {e} is outside −2…+2"));
                }
            }
        }
        for (id, a) in &self.connectors {
            let at = |field: &str| format!("connectors[id={id}].{field}");
            if !is_valid_id(id.as_str()) {
                bad(at("id"), invalid_id_message(id.as_str()));
            }
            if !ids.insert(id.as_str()) {
                bad(at("id"), format!("id \"{id}\" is already used by another element"));
            }
            if !self.cards.contains_key(&a.from) {
                bad(at("from"), format!("unknown card \"{}\"", a.from));
            }
            if !self.cards.contains_key(&a.to) {
                bad(at("to"), format!("unknown card \"{}\"", a.to));
            }
        }
        for (i, k) in self.kpis.iter().enumerate() {
            let at = |field: &str| format!("kpis[{i}].{field}");
            if !is_valid_id(k.id.as_str()) {
                bad(at("id"), invalid_id_message(k.id.as_str()));
            }
            if !ids.insert(k.id.as_str()) {
                bad(at("id"), format!("id \"{}\" is already used by another element", k.id));
            }
            for (field, value) in [("target", Some(k.target)), ("actual", k.actual)] {
                if value.is_some_and(|v| !v.is_finite()) {
                    bad(at(field), "a KPI's figures must be finite numbers".into());
                }
            }
            match &k.on {
                KpiSubject::Blueprint => {}
                KpiSubject::Stage(s) if self.stage(s).is_none() => bad(at("on"), format!("unknown stage \"{s}\"")),
                KpiSubject::Card(c) if !self.cards.contains_key(c) => bad(at("on"), format!("unknown card \"{c}\"")),
                KpiSubject::Stage(_) | KpiSubject::Card(_) => {}
            }
        }
        out
    }
}

fn invalid_id_message(id: &str) -> String {
    let shown: String = id.chars().take(40).collect();
    format!("id {shown:?} is not valid: use 1–64 of the characters A–Z a–z 0–9 _ - . :")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_do_not_clash() {
        let mut b = Blueprint::empty("t");
        b.stages.push(Stage::new("s1", "one"));
        assert_eq!(b.fresh_id("s"), "s2");
        b.stages.push(Stage::new("s2", "two"));
        b.stages.remove(0);
        assert_eq!(b.fresh_id("s"), "s3");
    }

    #[test]
    fn inconsistencies_name_the_path() {
        let mut b = Blueprint::empty("t");
        b.lanes.push(Lane::new("l1", LaneKind::Customer, "Customer"));
        b.stages.push(Stage::new("s1", "one"));
        b.cards.insert("c1".into(), Card::new("c1", "nope", "s1", "x"));
        b.connectors.insert("a1".into(), Connector::new("a1", "c1", "c9"));
        let paths: Vec<String> = b.inconsistencies().into_iter().map(|i| i.path).collect();
        assert_eq!(paths, vec!["cards[id=c1].lane", "connectors[id=a1].to"]);
    }
}
