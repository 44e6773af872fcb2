//! Why a command was refused, in Simplified Chinese: what a view whose language is Chinese
//! shows (`EditError::message`). The English sentences are the errors' own (`Display`).

use super::error::EditError;
use crate::model::limits::Field;
use crate::model::Language;

impl EditError {
    /// The sentence for people, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match lang {
            Language::English => self.to_string(),
            Language::SimplifiedChinese => chinese(self),
        }
    }
}

fn chinese(e: &EditError) -> String {
    let line = |k: &crate::model::LineKind| k.label_in(Language::SimplifiedChinese);
    match e {
        EditError::UnknownStage(id) => format!("没有阶段“{id}”"),
        EditError::UnknownLane(id) => format!("没有泳道“{id}”"),
        EditError::UnknownCard(id) => format!("没有卡片“{id}”"),
        EditError::UnknownConnector(id) => format!("没有连线“{id}”"),
        EditError::UnknownKpi(id) => format!("没有指标“{id}”"),
        EditError::NotFinite(what) => {
            let what = match *what {
                "target" => "目标值",
                "actual" => "实际值",
                other => other,
            };
            format!("指标的{what}必须是有限的数字")
        }
        EditError::DuplicateId(id) => format!("标识“{id}”已被使用"),
        EditError::InvalidId(id) => format!("“{id}”不是有效的标识：请用 1–64 个 A–Z a–z 0–9 _ - . : 字符"),
        EditError::IndexOutOfRange { index, max } => format!("位置 {index} 超出范围（0…{max}）"),
        EditError::BoundaryOutOfRange { kind, boundary, lanes } => {
            format!("{}不能放在第 {boundary} 条泳道之下：只有 {lanes} 条泳道", line(kind))
        }
        EditError::BoundaryTaken { kind, other } => {
            format!("{}不能放在{}所在的位置：一条线会遮住另一条", line(kind), line(other))
        }
        EditError::InvalidColor(c) => format!("“{c}”不是 #rrggbb 形式的颜色"),
        EditError::EmotionOutOfRange(v) => format!("情绪值 {v} 超出 −2…+2"),
        EditError::SelfConnector => "连线的起点和终点不能是同一张卡片".into(),
        EditError::DuplicateConnector { from, to } => format!("“{from}”与“{to}”已经相连"),
        EditError::NothingSelected => "没有选中任何内容".into(),
        EditError::NamedTwice(what) => format!("一次移动中“{what}”出现了两次"),
        EditError::LeftWithoutPlace(id) => format!("卡片“{id}”将没有位置"),
        EditError::TooLong { field, length } => too_long(*field, *length),
    }
}

fn too_long(field: Field, length: usize) -> String {
    let limit = field.limit();
    if field == Field::Tags {
        return format!("一张卡片最多有 {limit} 个标签；这次编辑会有 {length} 个");
    }
    let name = match field {
        Field::Title => "标题",
        Field::Scenario => "场景",
        Field::Persona => "人物",
        Field::Description => "描述",
        Field::StageName => "阶段名称",
        Field::LaneName => "泳道名称",
        Field::CardText => "卡片文字",
        Field::Notes => "卡片备注",
        Field::Owner => "卡片负责人",
        Field::Recovery => "失败点的补救措施",
        Field::FailDescription => "失败点的描述",
        Field::Tag => "标签",
        Field::Tags => "卡片",
        Field::ConnectorLabel => "连线标签",
        Field::RuleSetting => "规则设置的规则标识",
        Field::EditName => "编辑名称",
        Field::KpiName => "指标名称",
        Field::KpiUnit => "指标单位",
        Field::KpiSource => "指标来源",
    };
    format!("{name}最多 {limit} 个字符；这一项有 {length} 个")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LineKind;

    #[test]
    fn every_refusal_reads_in_chinese_and_in_english() {
        let errors = [
            EditError::UnknownCard("c9".into()),
            EditError::NotFinite("target"),
            EditError::BoundaryTaken { kind: LineKind::Interaction, other: LineKind::Visibility },
            EditError::TooLong { field: Field::CardText, length: 3000 },
            EditError::SelfConnector,
        ];
        for e in &errors {
            assert_eq!(e.message(Language::English), e.to_string());
            let zh = e.message(Language::SimplifiedChinese);
            assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{zh}");
        }
        assert_eq!(
            errors[2].message(Language::SimplifiedChinese),
            "互动线不能放在可视线所在的位置：一条线会遮住另一条"
        );
        assert_eq!(errors[1].message(Language::SimplifiedChinese), "指标的目标值必须是有限的数字");
    }
}
