//! The fixed words the core writes, in both languages: what the layout draws around the
//! user's text (in the blueprint's language, `Blueprint::words_language`), the names of
//! edits and of an untitled document, and the templates' descriptions (in the UI's). A
//! rule's messages and summary are in the rule's own file, beside its doc and tests; the
//! desktop shell and the web UI have catalogues of their own (src-tauri/src/texts.rs,
//! ui/src/i18n/).

use crate::model::{Channel, FailKind, Language, Overlay};

pub fn owner(lang: Language, who: &str) -> String {
    match lang {
        Language::English => format!("Owner: {who}"),
        Language::SimplifiedChinese => format!("负责人：{who}"),
    }
}

pub fn scenario_prefix(lang: Language) -> &'static str {
    lang.pick("Scenario: ", "场景：")
}

pub fn persona_prefix(lang: Language) -> &'static str {
    lang.pick("Persona: ", "用户画像：")
}

pub fn description_prefix(lang: Language) -> &'static str {
    lang.pick("Description: ", "说明：")
}

/// "3 cards hidden" under a collapsed lane's name.
pub fn cards_hidden(lang: Language, n: usize) -> String {
    match lang {
        Language::English if n == 1 => "1 card hidden".to_owned(),
        Language::English => format!("{n} cards hidden"),
        Language::SimplifiedChinese => format!("已隐藏 {n} 张卡片"),
    }
}

/// A fail point's badge. English keeps the blueprint literature's "F" mark; Chinese
/// says the kind of fail point as a designer does ("流程失败点"), not a Latin letter.
pub fn fail_point(lang: Language, kind: FailKind) -> String {
    let (en, zh) = match kind {
        FailKind::Process => ("process", "流程"),
        FailKind::Outcome => ("outcome", "结果"),
        FailKind::Interaction => ("interaction", "互动"),
        FailKind::System => ("system", "系统"),
    };
    match lang {
        Language::English => format!("F {en}"),
        Language::SimplifiedChinese => format!("{zh}失败点"),
    }
}

/// A wait point's badge ("W wait", "等待点").
pub fn wait(lang: Language) -> &'static str {
    lang.pick("W wait", "等待点")
}

/// A key moment's badge (a moment of truth).
pub fn key_moment(lang: Language) -> &'static str {
    lang.pick("Key moment", "关键时刻")
}

/// The badge of a card whose notes are footnote `n` ("Note 3", "注释 3").
pub fn note_number(lang: Language, n: u32) -> String {
    format!("{} {n}", lang.pick("Note", "注释"))
}

/// The title of the notes written out under the grid.
pub fn notes(lang: Language) -> &'static str {
    lang.pick("Notes", "注释")
}

pub fn emotion(lang: Language, shown: &str) -> String {
    format!("{} {shown}", lang.pick("Emotion", "情绪"))
}

pub fn channel(lang: Language, channel: Channel) -> &'static str {
    match channel {
        Channel::Physical => lang.pick("physical", "实体"),
        Channel::Digital => lang.pick("digital", "数字"),
        Channel::Interpersonal => lang.pick("interpersonal", "人际"),
        Channel::Process => lang.pick("process", "流程"),
    }
}

/// The legend's title.
pub fn legend(lang: Language) -> &'static str {
    lang.pick("Legend", "图例")
}

/// What a legend item stands for: a badge's kind, the fail-point outline, a line.
pub enum LegendWord {
    FailPoint,
    Wait,
    Emotion,
    Time,
    Channel,
    FailOutline,
    /// The heat map's ring.
    Unrecovered,
    TimeStrip,
    KeyMoment,
}

/// The legend's words for `what`.
pub fn legend_item(lang: Language, what: LegendWord) -> &'static str {
    let (en, zh) = match what {
        LegendWord::FailPoint => {
            ("fail point: where the service can go wrong, and how", "失败点：服务可能出错之处及出错方式")
        }
        LegendWord::Wait => ("wait point: the customer waits here", "等待点：客户在此等待"),
        LegendWord::Emotion => ("the customer's feeling, from −2 to +2", "客户情绪，−2 到 +2"),
        LegendWord::Time => (
            "how long it takes / the longest the customer accepts (red: longer)",
            "所需时长 / 客户能接受的最长时间（红色：超出）",
        ),
        LegendWord::Channel => ("the channel of the step", "接触渠道"),
        LegendWord::FailOutline => ("a card with a fail point", "含失败点的卡片"),
        LegendWord::Unrecovered => ("a fail point with no recovery designed yet", "尚未设计补救措施的失败点"),
        LegendWord::TimeStrip => (
            "the customer's time in a stage (amber: waiting), the mark at its limit (red: over it)",
            "顾客在该阶段的用时（琥珀色：等待），刻线为上限（红色：超出）",
        ),
        LegendWord::KeyMoment => (
            "key moment: a step that decides how the customer judges the service",
            "关键时刻：决定客户如何评价服务的一步",
        ),
    };
    lang.pick(en, zh)
}

/// The heat map's key, for the scale of its shades, lightest to darkest: what a cell's
/// shade counts and the darkest cell's value.
pub fn heat_key(lang: Language, by: Overlay, max: u64) -> String {
    let most = u32::try_from(max).unwrap_or(u32::MAX);
    match (lang, by) {
        (_, Overlay::None) => String::new(),
        (Language::English, Overlay::FailPoints) => format!("heat map: fail points in a cell, up to {max}"),
        (Language::English, Overlay::Waits) => format!("heat map: waits in a cell, up to {max}"),
        (Language::English, Overlay::Time) => {
            format!("heat map: time of a cell's steps, up to {}", duration(lang, most))
        }
        (Language::SimplifiedChinese, Overlay::FailPoints) => format!("热力图：每格失败点数，最多 {max} 个"),
        (Language::SimplifiedChinese, Overlay::Waits) => format!("热力图：每格等待点数，最多 {max} 个"),
        (Language::SimplifiedChinese, Overlay::Time) => {
            format!("热力图：每格步骤时长，最多 {}", duration(lang, most))
        }
    }
}

/// The emotion curve's row, in the lane-header column.
pub fn emotion_band(lang: Language) -> &'static str {
    lang.pick("Customer emotion", "顾客情绪")
}

/// The time strip's row, in the lane-header column.
pub fn time_band(lang: Language) -> &'static str {
    lang.pick("Customer time", "顾客用时")
}

/// What a stage's or the journey's time is held against: a standard, or the tolerances of
/// its steps added up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Standard,
    Tolerance,
}

/// A limit alone: "standard 30 min", "max 15 min".
pub fn limit(lang: Language, kind: Limit, d: &str) -> String {
    match (kind, lang) {
        (Limit::Tolerance, _) => at_most(lang, d),
        (Limit::Standard, Language::English) => format!("standard {d}"),
        (Limit::Standard, Language::SimplifiedChinese) => format!("标准 {d}"),
    }
}

/// A time against its limit: "32 min / standard 30 min", "7 min / max 15 min".
pub fn time_against(lang: Language, time: &str, limit_of: Option<(Limit, &str)>) -> String {
    match limit_of {
        None => time.to_owned(),
        Some((kind, l)) => format!("{time} / {}", limit(lang, kind, l)),
    }
}

/// The journey's time, at the time strip's head: "Journey 1 h 2 min".
pub fn journey_time(lang: Language, time: &str) -> String {
    match lang {
        Language::English => format!("Journey {time}"),
        Language::SimplifiedChinese => format!("全程 {time}"),
    }
}

/// How far a time is over its limit: "2 min over".
pub fn over_by(lang: Language, d: &str) -> String {
    match lang {
        Language::English => format!("{d} over"),
        Language::SimplifiedChinese => format!("超出 {d}"),
    }
}

/// Steps longer than their own tolerance: "1 step over tolerance".
pub fn steps_over_tolerance(lang: Language, n: u32) -> String {
    match lang {
        Language::English if n == 1 => "1 step over tolerance".to_owned(),
        Language::English => format!("{n} steps over tolerance"),
        Language::SimplifiedChinese => format!("{n} 步超出可接受时长"),
    }
}

/// Steps without a duration, beside a total that leaves them out: "2 untimed".
pub fn untimed(lang: Language, n: usize) -> String {
    match lang {
        Language::English if n == 1 => "1 step untimed".to_owned(),
        Language::English => format!("{n} steps untimed"),
        Language::SimplifiedChinese => format!("{n} 步未计时"),
    }
}

/// A tolerance alone: "max 3 min".
pub fn at_most(lang: Language, d: &str) -> String {
    match lang {
        Language::English => format!("max {d}"),
        Language::SimplifiedChinese => format!("最长 {d}"),
    }
}

/// Seconds as people say them: "45 s", "1 min 30 s", "2 h 5 min". From an hour up, to
/// the nearest minute (5,610 s is "1 h 34 min", not "1 h 33 min" beside 5,580 s).
pub fn duration(lang: Language, seconds: u32) -> String {
    let seconds = if seconds >= 3600 { seconds.saturating_add(30) / 60 * 60 } else { seconds };
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let (hu, mu, su) = match lang {
        Language::English => ("h", "min", "s"),
        Language::SimplifiedChinese => ("小时", "分钟", "秒"),
    };
    match (h, m, s) {
        (0, 0, s) => format!("{s} {su}"),
        (0, m, 0) => format!("{m} {mu}"),
        (0, m, s) => format!("{m} {mu} {s} {su}"),
        (h, 0, _) => format!("{h} {hu}"),
        (h, m, _) => format!("{h} {hu} {m} {mu}"),
    }
}

/// A poster tile's label: "B3 — row 2 of 3, column 3 of 4".
pub fn tile_label(lang: Language, name: &str, row: usize, rows: usize, column: usize, columns: usize) -> String {
    match lang {
        Language::English => format!("{name} — row {row} of {rows}, column {column} of {columns}"),
        Language::SimplifiedChinese => {
            format!("{name} — 第 {row} 行（共 {rows} 行），第 {column} 列（共 {columns} 列）")
        }
    }
}

/// A handout page's label: "Stage 2 of 5".
pub fn handout_label(lang: Language, stage: usize, stages: usize) -> String {
    match lang {
        Language::English => format!("Stage {stage} of {stages}"),
        Language::SimplifiedChinese => format!("第 {stage} 阶段（共 {stages} 个）"),
    }
}

/// "Untitled": a document before its first save.
pub fn untitled(lang: Language) -> &'static str {
    lang.pick("Untitled", "未命名")
}

// The names of edits, as Undo and Redo show them ("Undo Move Card"). A command's name is
// its `Command::label` in English; the batches a view makes name themselves, and the ones
// the desktop app makes are here too. A name not in the table (a batch of another view)
// is shown as it is.

/// English, 简体中文.
const NAMES: &[(&str, &str)] = &[
    ("Edit Properties", "编辑属性"),
    ("Change Profile", "更改规范"),
    ("Change Rule Setting", "更改规则设置"),
    ("Add Stage", "添加阶段"),
    ("Rename Stage", "重命名阶段"),
    ("Move Stage", "移动阶段"),
    ("Delete Stage", "删除阶段"),
    ("Add Lane", "添加泳道"),
    ("Edit Lane", "编辑泳道"),
    ("Edit Lanes", "编辑泳道"),
    ("Rename Lane", "重命名泳道"),
    ("Move Lane", "移动泳道"),
    ("Delete Lane", "删除泳道"),
    ("Remove Line", "移除分界线"),
    ("Move Line", "移动分界线"),
    ("Add Card", "添加卡片"),
    ("Move Card", "移动卡片"),
    ("Typing", "输入"),
    ("Edit Card", "编辑卡片"),
    ("Edit Cards", "编辑卡片"),
    ("Delete Card", "删除卡片"),
    ("Delete Cards", "删除卡片"),
    ("Add Connector", "添加连线"),
    ("Edit Connector", "编辑连线"),
    ("Delete Connector", "删除连线"),
    ("Delete", "删除"),
    ("Cut", "剪切"),
    ("Paste", "粘贴"),
    ("Duplicate", "创建副本"),
    ("Move Cards", "移动卡片"),
    ("Change Direction", "更改方向"),
    ("Reverse Connectors", "反转连线"),
    ("Set Standard Time", "设置标准时间"),
    ("Change Display Settings", "更改显示设置"),
    ("Add KPI", "添加指标"),
    ("Edit KPI", "编辑指标"),
    ("Delete KPI", "删除指标"),
];

/// The edit `name` (English, as the history keeps it) in `lang`.
pub fn edit_name(lang: Language, name: &str) -> &str {
    match lang {
        Language::English => name,
        Language::SimplifiedChinese => NAMES.iter().find(|(en, _)| *en == name).map_or(name, |(_, zh)| zh),
    }
}

/// One line describing a template, `None` for a name that is no template.
pub fn template_description(name: &str, lang: Language) -> Option<&'static str> {
    let (en, zh) = match name {
        "bitner" => (
            "Bitner / NN/g: five lanes, lines of interaction, visibility and internal interaction (default)",
            "Bitner / NN/g：五条泳道，含互动线、可视线和内部互动线（默认）",
        ),
        "shostack" => (
            "Shostack (1984): customer, onstage and backstage, with the line of visibility only",
            "Shostack（1984）：客户、台前与后台，仅含可视线",
        ),
        "18f" => (
            "18F: four rows (customer, frontstage, backstage, support), evidence folded into frontstage",
            "18F：四行（客户、前台、后台、支持），有形展示并入前台",
        ),
        "fliess" => (
            "Fliess & Kleinaltenkamp: five lines, with order penetration and implementation",
            "Fliess 与 Kleinaltenkamp：五条线，含订单渗透线和执行线",
        ),
        "restaurant" => {
            ("Worked example: a restaurant dinner, four stages, in English", "示例：餐厅晚餐，四个阶段，英文")
        }
        "restaurant-zh" => ("示例：餐厅堂食晚餐（中文）", "示例：餐厅堂食晚餐（中文）"),
        _ => return None,
    };
    Some(lang.pick(en, zh))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{CardChanges, Command};
    use Language::{English as En, SimplifiedChinese as Zh};

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(En, 45), "45 s");
        assert_eq!(duration(En, 180), "3 min");
        assert_eq!(duration(En, 90), "1 min 30 s");
        assert_eq!(duration(En, 7500), "2 h 5 min");
        assert_eq!(duration(En, u32::MAX), "1193046 h 28 min");
        // From an hour up, to the nearest minute; below it, to the second.
        assert_eq!(duration(En, 5580), "1 h 33 min");
        assert_eq!(duration(En, 5610), "1 h 34 min");
        assert_eq!(duration(En, 5999), "1 h 40 min");
        assert_eq!(duration(En, 3629), "1 h");
        assert_eq!(duration(En, 3630), "1 h 1 min");
        assert_eq!(duration(En, 3599), "59 min 59 s");
        assert_eq!(duration(En, 7170), "2 h");
        assert_eq!(duration(Zh, 90), "1 分钟 30 秒");
        assert_eq!(duration(Zh, 7500), "2 小时 5 分钟");
    }

    #[test]
    fn words_follow_the_language() {
        assert_eq!(owner(En, "Ana"), "Owner: Ana");
        assert_eq!(owner(Zh, "前厅"), "负责人：前厅");
        assert_eq!(cards_hidden(En, 1), "1 card hidden");
        assert_eq!(cards_hidden(En, 3), "3 cards hidden");
        assert_eq!(cards_hidden(Zh, 3), "已隐藏 3 张卡片");
        assert_eq!(fail_point(Zh, FailKind::System), "系统失败点");
        assert_eq!(fail_point(En, FailKind::System), "F system");
        assert_eq!(wait(Zh), "等待点");
        assert_eq!(at_most(Zh, "3 分钟"), "最长 3 分钟");
        assert_eq!(time_against(En, "32 min", Some((Limit::Standard, "30 min"))), "32 min / standard 30 min");
        assert_eq!(time_against(Zh, "7 分钟", Some((Limit::Tolerance, "15 分钟"))), "7 分钟 / 最长 15 分钟");
        assert_eq!(time_against(En, "10 min", None), "10 min");
        assert_eq!(over_by(Zh, "2 分钟"), "超出 2 分钟");
        assert_eq!(untimed(En, 1), "1 step untimed");
        assert_eq!(untimed(Zh, 2), "2 步未计时");
        assert_eq!(steps_over_tolerance(En, 2), "2 steps over tolerance");
    }

    #[test]
    fn every_command_is_named_in_chinese() {
        let commands = [
            Command::RenameStage { stage: "s1".into(), name: "x".into() },
            Command::DeleteCards { cards: vec!["c1".into()] },
            Command::DeleteCards { cards: vec!["c1".into(), "c2".into()] },
            Command::UpdateCard {
                card: "c1".into(),
                changes: CardChanges { text: Some("x".into()), ..Default::default() },
            },
            Command::DeleteConnectors { connectors: vec![] },
            Command::SetStandard { stage: None, seconds: Some(60) },
            Command::SetDisplay {
                notes: None,
                legend: None,
                emotion_curve: Some(false),
                time_strip: None,
                overlay: None,
            },
            Command::DeleteKpi { kpi: "k1".into() },
        ];
        for c in commands {
            let label = c.label();
            assert_ne!(edit_name(Language::SimplifiedChinese, &label), label, "{label}");
            assert_eq!(edit_name(Language::English, &label), label);
        }
        assert!(NAMES.iter().all(|(en, zh)| !en.is_empty() && !zh.is_ascii()));
        for (i, (en, _)) in NAMES.iter().enumerate() {
            assert!(NAMES[..i].iter().all(|(e, _)| e != en), "{en} twice");
        }
    }

    #[test]
    fn names_the_table_lacks_stay_as_they_are() {
        assert_eq!(edit_name(Language::SimplifiedChinese, "Typing"), "输入");
        assert_eq!(edit_name(Language::SimplifiedChinese, "Add Lanes from Paste"), "Add Lanes from Paste");
    }
}
