//! The words of the shell's own dialogs (titles, questions, buttons, file filters) in
//! the UI's language. The menus have their own table (`menu.rs`); messages that come
//! from the core (a file that cannot be read) stay as the core writes them.

use crate::locale::Locale;

/// One text: English, 简体中文. `{name}` placeholders are filled by [`fill`].
pub type Words = (&'static str, &'static str);

pub const OPEN_TITLE: Words = ("Open Blueprint", "打开服务蓝图");
pub const SAVE_TITLE: Words = ("Save Blueprint", "保存服务蓝图");
pub const BLUEPRINT_FILTER: Words = ("Frontstage blueprint", "Frontstage 服务蓝图");
pub const EXPORT_TITLE: Words = ("Export {format}", "导出 {format}");
pub const SVG_FILTER: Words = ("SVG image", "SVG 图像");
pub const JSON_FILTER: Words = ("JSON document", "JSON 文档");
pub const CANNOT_OPEN: Words = ("Cannot Open", "无法打开");
pub const CANNOT_SAVE: Words = ("Cannot Save", "无法保存");
pub const CANNOT_EXPORT: Words = ("Cannot Export", "无法导出");
pub const FILE_NOT_FOUND: Words = ("File Not Found", "找不到文件");
pub const GONE_FROM_RECENT: Words =
    ("“{path}” no longer exists, so it was removed from Open Recent.", "“{path}”已不存在，已从“最近打开”中移除。");
pub const NEW_FROM_TEMPLATE: Words = ("New from Template", "从模板新建");
pub const SAVE_CHANGES_TITLE: Words = ("Save Changes?", "保存更改？");
pub const SAVE_CHANGES: Words = (
    "Do you want to save the changes you made to “{name}”?\n\nYour changes will be lost if you don't save them.",
    "要保存对“{name}”所做的更改吗？\n\n如果不保存，你的更改将会丢失。",
);
pub const SAVE: Words = ("Save", "保存");
pub const DONT_SAVE: Words = ("Don't Save", "不保存");
pub const CANCEL: Words = ("Cancel", "取消");
pub const NEW_BLUEPRINT: Words = ("New Blueprint", "新建服务蓝图");
pub const DISCARD_AND_NEW: Words = (
    "“{name}” has unsaved changes. Discard them and start a new blueprint?",
    "“{name}”有未保存的更改。要放弃这些更改并新建服务蓝图吗？",
);
pub const DISCARD_CHANGES: Words = ("Discard Changes", "放弃更改");
pub const NO_WINDOW: Words = ("Could not open a window: {error}", "无法打开窗口：{error}");
pub const RECOVERED: Words = ("Recovered {name}", "{name}（已恢复）");
pub const ABOUT_COMMENTS: Words = ("Service blueprint editor", "服务蓝图编辑器");

/// Every text, for the test that both languages are there.
#[cfg(test)]
const ALL: &[Words] = &[
    OPEN_TITLE,
    SAVE_TITLE,
    BLUEPRINT_FILTER,
    EXPORT_TITLE,
    SVG_FILTER,
    JSON_FILTER,
    CANNOT_OPEN,
    CANNOT_SAVE,
    CANNOT_EXPORT,
    FILE_NOT_FOUND,
    GONE_FROM_RECENT,
    NEW_FROM_TEMPLATE,
    SAVE_CHANGES_TITLE,
    SAVE_CHANGES,
    SAVE,
    DONT_SAVE,
    CANCEL,
    NEW_BLUEPRINT,
    DISCARD_AND_NEW,
    DISCARD_CHANGES,
    NO_WINDOW,
    RECOVERED,
    ABOUT_COMMENTS,
];

/// The text in `locale`.
pub fn get(locale: Locale, words: Words) -> &'static str {
    match locale {
        Locale::En => words.0,
        Locale::ZhCn => words.1,
    }
}

/// The text in `locale` with its `{key}` placeholders filled.
pub fn fill(locale: Locale, words: Words, values: &[(&str, &str)]) -> String {
    values.iter().fold(get(locale, words).to_owned(), |text, (k, v)| text.replace(&format!("{{{k}}}"), v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> Vec<&str> {
        let mut found: Vec<&str> = s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(k, _)| k)).collect();
        found.sort();
        found
    }

    #[test]
    fn every_text_is_in_both_languages_with_the_same_placeholders() {
        for &(en, zh) in ALL {
            assert!(!en.is_empty() && !zh.is_empty());
            assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "not Chinese: {zh}");
            assert_eq!(placeholders(en), placeholders(zh), "{en}");
        }
    }

    #[test]
    fn fill_puts_values_in_place() {
        assert_eq!(fill(Locale::ZhCn, EXPORT_TITLE, &[("format", "SVG")]), "导出 SVG");
        assert_eq!(
            fill(Locale::En, SAVE_CHANGES, &[("name", "Plan {x}")]).lines().next().unwrap(),
            "Do you want to save the changes you made to “Plan {x}”?"
        );
    }
}
