//! The languages the UI and the menus speak, and how an OS locale maps onto them.
//! `ui/src/i18n/match.ts` applies the same rules (for the UI outside the app) and the
//! tests of both use the same cases.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language the app is translated into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::ZhCn];

    /// The supported language a BCP 47 or POSIX locale (`zh-Hans-CN`, `zh_CN.UTF-8`)
    /// asks for, or `None` when it is none of them. Every Chinese locale gets Simplified
    /// Chinese, Traditional ones (`zh-TW`, `zh-Hant`) too: there is no Traditional
    /// translation yet and Chinese readers are closer to it than to English; View ›
    /// Language switches to English.
    pub fn matching(tag: &str) -> Option<Locale> {
        let language = tag.split(['-', '_', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        match language.as_str() {
            "zh" => Some(Locale::ZhCn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The first supported language in the user's preference list; English when none is.
    pub fn from_preferences<S: AsRef<str>>(tags: impl IntoIterator<Item = S>) -> Locale {
        tags.into_iter().find_map(|t| Locale::matching(t.as_ref())).unwrap_or_default()
    }

    /// The language the core writes in for this UI language (diagnostics, new documents).
    pub fn language(self) -> frontstage::model::Language {
        match self {
            Locale::En => frontstage::model::Language::English,
            Locale::ZhCn => frontstage::model::Language::SimplifiedChinese,
        }
    }

    /// The OS's language preference (on Linux: LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    pub fn system() -> Locale {
        Locale::from_preferences(sys_locale::get_locales())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_locales_get_simplified_chinese() {
        for tag in ["zh", "zh-CN", "zh-Hans-CN", "zh_CN.UTF-8", "ZH-cn", "zh-SG", "zh-TW", "zh-Hant-HK"] {
            assert_eq!(Locale::matching(tag), Some(Locale::ZhCn), "{tag}");
        }
    }

    #[test]
    fn english_and_unknown_locales_get_english() {
        assert_eq!(Locale::matching("en-GB"), Some(Locale::En));
        assert_eq!(Locale::matching("en_US.UTF-8"), Some(Locale::En));
        for tag in ["fr-FR", "C", "POSIX", "", "zhx"] {
            assert_eq!(Locale::matching(tag), None, "{tag}");
        }
        assert_eq!(Locale::from_preferences(["fr-FR", "C"]), Locale::En);
        assert_eq!(Locale::from_preferences(Vec::<String>::new()), Locale::En);
    }

    #[test]
    fn the_first_supported_preference_wins() {
        assert_eq!(Locale::from_preferences(["fr-FR", "zh-CN", "en-US"]), Locale::ZhCn);
        assert_eq!(Locale::from_preferences(["en-GB", "zh-CN"]), Locale::En);
    }
}
