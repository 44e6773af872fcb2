//! The fixed words the core writes, in both languages: what the layout draws around the
//! user's text (in the blueprint's language, `Blueprint::words_language`), the names of
//! edits and of an untitled document, and the templates' descriptions (in the UI's). A
//! rule's messages and summary are in the rule's own file, beside its doc and tests; the
//! desktop shell and the web UI have catalogues of their own (src-tauri/src/texts.rs,
//! ui/src/i18n/).

use crate::model::{Channel, FailKind, Language};

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
        LegendWord::KeyMoment => (
            "key moment: a step that decides how the customer judges the service",
            "关键时刻：决定客户如何评价服务的一步",
        ),
    };
    lang.pick(en, zh)
}

/// A tolerance alone: "max 3 min".
pub fn at_most(lang: Language, d: &str) -> String {
    match lang {
        Language::English => format!("max {d}"),
        Language::SimplifiedChinese => format!("最长 {d}"),
    }
}

/// Seconds as people say them: "45 s", "1 min 30 s", "2 h 5 min".
pub fn duration(lang: Language, seconds: u32) -> String {
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
            Command::SetDisplay { notes: None, legend: None, emotion_curve: Some(false), time_strip: None },
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
