//! The fixed words the layout draws around the user's text, in the blueprint's language.

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

pub fn fail_point(lang: Language, kind: FailKind) -> String {
    let (en, zh) = match kind {
        FailKind::Process => ("process", "流程"),
        FailKind::Outcome => ("outcome", "结果"),
        FailKind::Interaction => ("interaction", "互动"),
        FailKind::System => ("system", "系统"),
    };
    format!("F {}", lang.pick(en, zh))
}

pub fn wait(lang: Language) -> &'static str {
    lang.pick("W wait", "W 等待")
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

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(fail_point(Zh, FailKind::System), "F 系统");
        assert_eq!(at_most(Zh, "3 分钟"), "最长 3 分钟");
    }
}
