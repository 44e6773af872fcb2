//! The shell's words in the UI's languages: its dialogs (titles, questions, buttons, file
//! filters) and its menus. The core writes its own words (messages, edit names, the
//! blueprint's fixed words) and the web UI has its own catalogue (ui/src/i18n); nothing
//! here is read by either.

use crate::locale::Locale;

/// One text: English, 简体中文. `{name}` placeholders are filled by [`fill`].
pub type Text = (&'static str, &'static str);

pub const OPEN_TITLE: Text = ("Open Blueprint", "打开服务蓝图");
pub const SAVE_TITLE: Text = ("Save Blueprint", "保存服务蓝图");
pub const BLUEPRINT_FILTER: Text = ("Frontstage blueprint", "Frontstage 服务蓝图");
pub const EXPORT_TITLE: Text = ("Export {format}", "导出 {format}");
pub const SVG_FILTER: Text = ("SVG image", "SVG 图像");
pub const JSON_FILTER: Text = ("JSON document", "JSON 文档");
pub const PNG_FILTER: Text = ("PNG image", "PNG 图像");
pub const PDF_FILTER: Text = ("PDF document", "PDF 文档");
pub const CANNOT_OPEN: Text = ("Cannot Open", "无法打开");
pub const CANNOT_SAVE: Text = ("Cannot Save", "无法保存");
pub const CANNOT_EXPORT: Text = ("Cannot Export", "无法导出");
pub const FILE_NOT_FOUND: Text = ("File Not Found", "找不到文件");
pub const GONE_FROM_RECENT: Text =
    ("“{path}” no longer exists, so it was removed from Open Recent.", "“{path}”已不存在，已从“最近打开”中移除。");
pub const NEW_FROM_TEMPLATE: Text = ("New from Template", "从模板新建");
pub const SAVE_CHANGES_TITLE: Text = ("Save Changes?", "保存更改？");
pub const SAVE_CHANGES: Text = (
    "Do you want to save the changes you made to “{name}”?\n\nYour changes will be lost if you don't save them.",
    "要保存对“{name}”所做的更改吗？\n\n如果不保存，你的更改将会丢失。",
);
pub const SAVE: Text = ("Save", "保存");
pub const DONT_SAVE: Text = ("Don't Save", "不保存");
pub const CANCEL: Text = ("Cancel", "取消");
pub const NEW_BLUEPRINT: Text = ("New Blueprint", "新建服务蓝图");
pub const DISCARD_AND_NEW: Text = (
    "“{name}” has unsaved changes. Discard them and start a new blueprint?",
    "“{name}”有未保存的更改。要放弃这些更改并新建服务蓝图吗？",
);
pub const DISCARD_CHANGES: Text = ("Discard Changes", "放弃更改");
pub const NO_WINDOW: Text = ("Could not open a window: {error}", "无法打开窗口：{error}");
pub const RECOVERED: Text = ("Recovered {name}", "{name}（已恢复）");
pub const ABOUT_COMMENTS: Text = ("Service blueprint editor", "服务蓝图编辑器");

/// Menu texts by the id of the item they label (`menu.rs`), or by the key of a submenu
/// or platform item; `{}` is filled in with the edit's name by `menu::undo_text`.
pub const MENU: &[(&str, Text)] = &[
    ("menu.app", ("Frontstage", "Frontstage")),
    ("menu.file", ("File", "文件")),
    ("menu.edit", ("Edit", "编辑")),
    ("menu.view", ("View", "视图")),
    ("menu.insert", ("Insert", "插入")),
    ("menu.arrange", ("Arrange", "排列")),
    ("menu.help", ("Help", "帮助")),
    ("file.new", ("New", "新建")),
    ("file.templates", ("New from Template", "从模板新建")),
    ("file.new_window", ("New Window", "新建窗口")),
    ("file.open", ("Open…", "打开…")),
    ("file.recent", ("Open Recent", "最近打开")),
    ("file.recent.none", ("No Recent Files", "没有最近的文件")),
    ("file.recent_clear", ("Clear Menu", "清除菜单")),
    ("file.save", ("Save", "保存")),
    ("file.save_as", ("Save As…", "另存为…")),
    ("file.export", ("Export", "导出")),
    ("file.export_png", ("PNG Image…", "PNG 图像…")),
    ("file.export_pdf", ("PDF Document…", "PDF 文档…")),
    ("file.export_svg", ("SVG Image…", "SVG 图像…")),
    ("file.export_json", ("JSON Document…", "JSON 文档…")),
    ("file.print", ("Print…", "打印…")),
    ("file.close", ("Close", "关闭")),
    ("file.quit", ("Quit", "退出")),
    ("edit.undo", ("Undo", "撤销")),
    ("edit.redo", ("Redo", "重做")),
    ("edit.undo_named", ("Undo {}", "撤销 {}")),
    ("edit.redo_named", ("Redo {}", "重做 {}")),
    ("edit.cut", ("Cut", "剪切")),
    ("edit.copy", ("Copy", "复制")),
    ("edit.paste", ("Paste", "粘贴")),
    ("edit.delete", ("Delete", "删除")),
    ("edit.duplicate", ("Duplicate", "创建副本")),
    ("cards.new", ("New Card", "新建卡片")),
    ("cards.edit_text", ("Edit Card Text", "编辑卡片文字")),
    ("lane.add", ("Lane", "泳道")),
    ("stage.add", ("Stage", "阶段")),
    ("structure.rename", ("Rename Lane or Stage", "重命名泳道或阶段")),
    ("lane.move_up", ("Move Lane Up", "泳道上移")),
    ("lane.move_down", ("Move Lane Down", "泳道下移")),
    ("stage.move_left", ("Move Stage Left", "阶段左移")),
    ("stage.move_right", ("Move Stage Right", "阶段右移")),
    ("lane.toggle_collapsed", ("Collapse or Expand Lane", "折叠或展开泳道")),
    ("connector.toggle_direction", ("One-Way or Two-Way Arrow", "单向或双向箭头")),
    ("connector.reverse", ("Reverse Arrow", "反转箭头")),
    ("connector.edit_label", ("Edit Arrow Label", "编辑箭头标签")),
    ("edit.select_all", ("Select All", "全选")),
    ("view.zoom_in", ("Zoom In", "放大")),
    ("view.zoom_out", ("Zoom Out", "缩小")),
    ("view.fit", ("Fit All", "显示全部")),
    ("view.fit_width", ("Fit Width", "适合宽度")),
    ("view.fit_stage", ("Fit Stage", "适合阶段")),
    ("view.inspector", ("Show Inspector", "显示属性")),
    ("connector.connect_to", ("Connect To…", "连接到…")),
    ("view.actual_size", ("Actual Size", "实际大小")),
    ("view.minimap", ("Minimap", "缩略图")),
    ("view.overlay", ("Overlay", "热力图")),
    ("view.overlay.none", ("None", "无")),
    ("view.overlay.fail_points", ("Fail Points", "失败点")),
    ("view.overlay.waits", ("Waits", "等待点")),
    ("view.overlay.time", ("Time", "时长")),
    ("view.present", ("Present", "演示")),
    ("view.emotion_curve", ("Emotion Curve", "情绪曲线")),
    ("view.time_strip", ("Time Strip", "时间条")),
    ("view.legend", ("Legend", "图例")),
    ("view.notes", ("Notes", "注释")),
    ("view.notes.hidden", ("Hidden", "隐藏")),
    ("view.notes.on_card", ("On Cards", "显示在卡片上")),
    ("view.notes.footnotes", ("As Footnotes", "作为脚注")),
    ("view.language", ("Language", "语言")),
    ("view.language.system", ("System", "跟随系统")),
    // Each language is named in itself, so it can be found in either.
    ("view.language.en", ("English", "English")),
    ("view.language.zh-CN", ("简体中文", "简体中文")),
    ("view.theme", ("Theme", "主题")),
    ("view.theme.system", ("System", "跟随系统")),
    ("view.theme.light", ("Light", "浅色")),
    ("view.theme.dark", ("Dark", "深色")),
    ("help.getting_started", ("Getting Started", "入门")),
    ("help.shortcuts", ("Keyboard Shortcuts", "键盘快捷键")),
    ("help.about", ("About Frontstage", "关于 Frontstage")),
    ("app.services", ("Services", "服务")),
    ("app.hide", ("Hide Frontstage", "隐藏 Frontstage")),
    ("app.hide_others", ("Hide Others", "隐藏其他")),
    ("app.show_all", ("Show All", "全部显示")),
    ("app.quit", ("Quit Frontstage", "退出 Frontstage")),
];

/// Every dialog text, for the test that both languages are there.
#[cfg(test)]
const DIALOGS: &[Text] = &[
    OPEN_TITLE,
    SAVE_TITLE,
    BLUEPRINT_FILTER,
    EXPORT_TITLE,
    SVG_FILTER,
    JSON_FILTER,
    PNG_FILTER,
    PDF_FILTER,
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
pub fn get(locale: Locale, text: Text) -> &'static str {
    match locale {
        Locale::En => text.0,
        Locale::ZhCn => text.1,
    }
}

/// The text in `locale` with its `{key}` placeholders filled.
pub fn fill(locale: Locale, text: Text, values: &[(&str, &str)]) -> String {
    values.iter().fold(get(locale, text).to_owned(), |t, (k, v)| t.replace(&format!("{{{k}}}"), v))
}

/// The menu text of `key` in `locale`; empty when it has none (a test in `menu.rs` keeps
/// every key the menus use in the table).
pub fn menu(locale: Locale, key: &str) -> &'static str {
    match MENU.iter().find(|(k, _)| *k == key) {
        Some((_, text)) => get(locale, *text),
        None => {
            debug_assert!(false, "menu text {key} is missing");
            ""
        }
    }
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
    fn every_dialog_text_is_in_both_languages_with_the_same_placeholders() {
        for &(en, zh) in DIALOGS {
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

    #[test]
    fn menu_texts_are_translated_where_english_words_are() {
        for (key, (en, zh)) in MENU {
            assert!(!en.trim().is_empty() && !zh.trim().is_empty(), "{key}");
            assert_eq!(en.matches("{}").count(), zh.matches("{}").count(), "{key}: placeholders differ");
        }
        for (i, (k, _)) in MENU.iter().enumerate() {
            assert!(MENU[..i].iter().all(|(j, _)| j != k), "{k} twice");
        }
        // Only names (the app's, the languages' own) read the same in both.
        let same: Vec<&str> = MENU.iter().filter(|(_, (en, zh))| en == zh).map(|(k, _)| *k).collect();
        assert_eq!(same, ["menu.app", "view.language.en", "view.language.zh-CN"]);
        assert_eq!(menu(Locale::ZhCn, "file.save"), "保存");
        assert_eq!(menu(Locale::En, "file.save"), "Save");
    }
}
