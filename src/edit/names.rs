//! The names of edits in each language, as Undo and Redo show them ("Undo Move Card").
//! A command's name is its [`Command::label`](super::Command::label) in English; the
//! batches a view makes name themselves, and the ones the desktop app makes are here too.
//! A name not in the table (a batch of another view) is shown as it is.

use crate::model::Language;

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
    ("Move Lane", "移动泳道"),
    ("Delete Lane", "删除泳道"),
    ("Remove Line", "移除分界线"),
    ("Move Line", "移动分界线"),
    ("Add Card", "添加卡片"),
    ("Move Card", "移动卡片"),
    ("Typing", "输入"),
    ("Edit Card", "编辑卡片"),
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
];

/// The edit `name` (English, as the history keeps it) in `lang`.
pub fn edit_name(lang: Language, name: &str) -> &str {
    match lang {
        Language::English => name,
        Language::SimplifiedChinese => NAMES.iter().find(|(en, _)| *en == name).map_or(name, |(_, zh)| zh),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{CardChanges, Command};

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
