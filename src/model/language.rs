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

    /// The language `texts` are evidently written in, or `None` when they do not say.
    ///
    /// Han characters and Latin letters are counted, a character as much as three letters
    /// (a Chinese word is one or two characters, an English one five letters or so).
    /// Chinese is evident when it has at least [`EVIDENT_HAN`] characters and weighs twice
    /// the Latin letters; English when it has at least [`EVIDENT_LATIN`] letters and weighs
    /// twice the Han characters. So a product name or an "ID" in a Chinese text, or one
    /// Chinese name in an English one, does not sway it, and a few words are no evidence.
    /// Reading stops once [`ENOUGH_EVIDENCE`] weighed characters are counted, so the cost is
    /// bounded whatever the document's size.
    pub fn evident_in<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<Language> {
        let (mut han, mut latin) = (0usize, 0usize);
        'texts: for text in texts {
            for c in text.chars() {
                if is_han(c) {
                    han += 1;
                } else if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) {
                    latin += 1;
                }
                if HAN_WEIGHT * han + latin >= ENOUGH_EVIDENCE {
                    break 'texts;
                }
            }
        }
        let han_weight = HAN_WEIGHT * han;
        if han >= EVIDENT_HAN && han_weight >= 2 * latin {
            Some(Language::SimplifiedChinese)
        } else if latin >= EVIDENT_LATIN && latin >= 2 * han_weight {
            Some(Language::English)
        } else {
            None
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

/// A Han character weighs as much as this many Latin letters ([`Language::evident_in`]).
const HAN_WEIGHT: usize = 3;
/// The fewest Han characters that can make a text evidently Chinese: a title and a few
/// cards.
pub const EVIDENT_HAN: usize = 20;
/// The fewest Latin letters that can make a text evidently English: a dozen words.
pub const EVIDENT_LATIN: usize = 60;
/// Weighed characters after which [`Language::evident_in`] reads no further.
const ENOUGH_EVIDENCE: usize = 6000;

/// CJK unified ideographs, their extension A and the compatibility ideographs.
fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
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

    #[test]
    fn the_evident_language_of_a_text() {
        use Language::{English as En, SimplifiedChinese as Zh};
        let evident = |texts: &[&str]| Language::evident_in(texts.iter().copied());
        assert_eq!(evident(&["餐厅：堂食晚餐", "走进餐厅", "看菜单并点菜", "等待上菜"]), Some(Zh));
        // A product name or two in a Chinese text does not sway it.
        assert_eq!(evident(&["在 POS 系统里记录点单", "打印小票给客人", "告诉客人 Wi-Fi 密码"]), Some(Zh));
        let dinner = ["Restaurant dinner", "Enter the restaurant", "Read the menu and order", "Wait for the food"];
        assert_eq!(evident(&dinner), Some(En));
        assert_eq!(
            evident(&[
                "Greet the guest: 欢迎光临",
                "Lead them to a table",
                "Take the order",
                "Bring the menu and the specials"
            ]),
            Some(En)
        );
        // Too little to tell, or as much of each: the document's setting decides.
        assert_eq!(evident(&["Stage 1", "Stage 2"]), None);
        assert_eq!(evident(&["点菜", "上菜"]), None);
        assert_eq!(evident(&["Enter the restaurant", "走进餐厅然后坐下来看看"]), None);
        assert_eq!(evident(&[]), None);
        // Reading stops early on a large text, with the answer of its beginning.
        let big = "走进餐厅".repeat(10_000);
        assert_eq!(evident(&[big.as_str(), &"English ".repeat(100_000)]), Some(Zh));
    }
}
