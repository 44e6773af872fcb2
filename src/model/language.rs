//! The language of a blueprint's fixed words: line labels, default lane and stage names,
//! badges, "Owner:". The user's own text is whatever they type; these words are drawn on
//! the canvas and in exports, so a Chinese blueprint reads Chinese throughout.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    SimplifiedChinese,
}

impl Language {
    pub fn is_default(&self) -> bool {
        *self == Language::default()
    }

    /// The language for a locale tag such as `zh-CN`, `zh-Hans-SG` or `en-GB`: Chinese
    /// for Chinese tags other than the traditional-script ones, English otherwise.
    pub fn from_locale(tag: &str) -> Language {
        let t = tag.to_ascii_lowercase().replace('_', "-");
        let traditional = ["zh-hant", "zh-tw", "zh-hk", "zh-mo"].iter().any(|p| t.starts_with(p));
        if (t == "zh" || t.starts_with("zh-")) && !traditional {
            Language::SimplifiedChinese
        } else {
            Language::English
        }
    }

    /// Pick the text for this language.
    pub fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
        match self {
            Language::English => en,
            Language::SimplifiedChinese => zh,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_languages() {
        for zh in ["zh", "zh-CN", "zh_CN.UTF-8", "zh-Hans", "zh-Hans-SG", "zh-SG"] {
            assert_eq!(Language::from_locale(zh), Language::SimplifiedChinese, "{zh}");
        }
        for en in ["en", "en-GB", "de-DE", "", "zh-TW", "zh-Hant-HK", "C"] {
            assert_eq!(Language::from_locale(en), Language::English, "{en}");
        }
    }

    #[test]
    fn serialized_as_bcp47_tags() {
        assert_eq!(serde_json::to_string(&Language::SimplifiedChinese).unwrap(), "\"zh-Hans\"");
        assert_eq!(serde_json::from_str::<Language>("\"en\"").unwrap(), Language::English);
        assert!(serde_json::from_str::<Language>("\"fr\"").is_err());
    }
}
