//! The user's language and theme choices, persisted as `settings.json` in the app's data
//! folder (beside `recent.json`), so they survive restarts. A missing, damaged or
//! partly unknown file gives the defaults for what cannot be read, never an error.

use crate::locale::Locale;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::Mutex;
use ts_rs::TS;

/// View › Language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum LanguageChoice {
    #[default]
    #[serde(rename = "system")]
    System,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl LanguageChoice {
    pub const ALL: [LanguageChoice; 3] = [LanguageChoice::System, LanguageChoice::En, LanguageChoice::ZhCn];

    /// The name used in settings.json and in menu ids.
    pub fn tag(self) -> &'static str {
        match self {
            LanguageChoice::System => "system",
            LanguageChoice::En => "en",
            LanguageChoice::ZhCn => "zh-CN",
        }
    }

    pub fn from_tag(tag: &str) -> Option<LanguageChoice> {
        LanguageChoice::ALL.into_iter().find(|c| c.tag() == tag)
    }

    pub fn resolve(self, system: Locale) -> Locale {
        match self {
            LanguageChoice::System => system,
            LanguageChoice::En => Locale::En,
            LanguageChoice::ZhCn => Locale::ZhCn,
        }
    }
}

/// View › Theme. Only the chrome follows it; the blueprint keeps its exported colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    pub fn tag(self) -> &'static str {
        match self {
            ThemeChoice::System => "system",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    pub fn from_tag(tag: &str) -> Option<ThemeChoice> {
        ThemeChoice::ALL.into_iter().find(|c| c.tag() == tag)
    }

    /// The window theme to force, `None` to follow the OS.
    pub fn window_theme(self) -> Option<tauri::Theme> {
        match self {
            ThemeChoice::System => None,
            ThemeChoice::Light => Some(tauri::Theme::Light),
            ThemeChoice::Dark => Some(tauri::Theme::Dark),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Settings {
    pub language: LanguageChoice,
    pub theme: ThemeChoice,
}

impl Settings {
    /// Each field on its own: an unknown theme does not cost the language.
    pub fn parse(bytes: &[u8]) -> Settings {
        let Ok(serde_json::Value::Object(fields)) = serde_json::from_slice(bytes) else {
            return Settings::default();
        };
        fn field<T: serde::de::DeserializeOwned + Default>(
            f: &serde_json::Map<String, serde_json::Value>,
            k: &str,
        ) -> T {
            f.get(k).and_then(|v| serde_json::from_value(v.clone()).ok()).unwrap_or_default()
        }
        Settings { language: field(&fields, "language"), theme: field(&fields, "theme") }
    }
}

/// What the UI needs: the choices (for the UI's own View menu state) and the language
/// to speak now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Preferences {
    pub language: LanguageChoice,
    pub theme: ThemeChoice,
    pub locale: Locale,
}

/// The language the shell speaks now (menus, dialogs): the settings' choice, English
/// until the settings are loaded.
pub fn locale(app: &tauri::AppHandle) -> Locale {
    use tauri::Manager;
    app.try_state::<SettingsStore>().map_or_else(Locale::default, |s| s.locale())
}

pub struct SettingsStore {
    file: Option<PathBuf>,
    system: Locale,
    settings: Mutex<Settings>,
}

impl SettingsStore {
    /// Read `file` (missing or damaged: the defaults); `system` is the OS's language.
    pub fn load(file: Option<PathBuf>, system: Locale) -> SettingsStore {
        let settings =
            file.as_deref().and_then(|f| std::fs::read(f).ok()).map(|b| Settings::parse(&b)).unwrap_or_default();
        SettingsStore { file, system, settings: Mutex::new(settings) }
    }

    pub fn get(&self) -> Settings {
        *self.lock()
    }

    pub fn locale(&self) -> Locale {
        self.get().language.resolve(self.system)
    }

    pub fn preferences(&self) -> Preferences {
        let s = self.get();
        Preferences { language: s.language, theme: s.theme, locale: s.language.resolve(self.system) }
    }

    pub fn set_language(&self, language: LanguageChoice) {
        self.lock().language = language;
        self.persist();
    }

    pub fn set_theme(&self, theme: ThemeChoice) {
        self.lock().theme = theme;
        self.persist();
    }

    /// Best effort: a file that cannot be written only costs the choice at the next start.
    fn persist(&self) {
        let Some(file) = &self.file else { return };
        if let Some(dir) = file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Ok(text) = serde_json::to_vec_pretty(&self.get()) {
            if let Err(e) = frontstage::io::write_atomically(file, &text) {
                eprintln!("Frontstage: could not keep the settings: {e}");
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Settings> {
        self.settings.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("frontstage-app-settings-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir.join("data/settings.json")
    }

    #[test]
    fn choices_survive_a_restart() {
        let file = temp("restart");
        let store = SettingsStore::load(Some(file.clone()), Locale::En);
        assert_eq!(store.get(), Settings::default());
        store.set_language(LanguageChoice::ZhCn);
        store.set_theme(ThemeChoice::Dark);
        let again = SettingsStore::load(Some(file.clone()), Locale::En);
        assert_eq!(again.get(), Settings { language: LanguageChoice::ZhCn, theme: ThemeChoice::Dark });
        assert_eq!(again.locale(), Locale::ZhCn);
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains("\"zh-CN\"") && text.contains("\"dark\""), "{text}");
        let _ = std::fs::remove_dir_all(file.parent().unwrap().parent().unwrap());
    }

    #[test]
    fn system_follows_the_os_language() {
        let store = SettingsStore::load(None, Locale::ZhCn);
        assert_eq!(store.locale(), Locale::ZhCn);
        store.set_language(LanguageChoice::En);
        assert_eq!(
            store.preferences(),
            Preferences { language: LanguageChoice::En, theme: ThemeChoice::System, locale: Locale::En }
        );
    }

    #[test]
    fn a_bad_file_gives_the_defaults_without_a_panic() {
        for bad in [
            &b""[..],
            b"not json",
            b"[1,2]",
            b"null",
            b"{\"language\": 7}",
            b"\xff\xfe",
            b"{\"language\": \"klingon\", \"theme\": {}}",
        ] {
            assert_eq!(Settings::parse(bad), Settings::default(), "{:?}", String::from_utf8_lossy(bad));
        }
        // One bad field keeps the other.
        assert_eq!(
            Settings::parse(br#"{"language": "zh-CN", "theme": "purple", "extra": 1}"#),
            Settings { language: LanguageChoice::ZhCn, theme: ThemeChoice::System }
        );
        let file = temp("bad");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "{ broken").unwrap();
        assert_eq!(SettingsStore::load(Some(file.clone()), Locale::En).get(), Settings::default());
        // A folder where the file should be: read fails, writing fails, neither panics.
        std::fs::remove_file(&file).unwrap();
        std::fs::create_dir_all(&file).unwrap();
        let store = SettingsStore::load(Some(file.clone()), Locale::En);
        store.set_theme(ThemeChoice::Light);
        assert_eq!(store.get().theme, ThemeChoice::Light);
        let _ = std::fs::remove_dir_all(file.parent().unwrap().parent().unwrap());
    }

    #[test]
    fn tags_round_trip() {
        for c in LanguageChoice::ALL {
            assert_eq!(LanguageChoice::from_tag(c.tag()), Some(c));
            assert_eq!(serde_json::to_value(c).unwrap(), c.tag());
        }
        for c in ThemeChoice::ALL {
            assert_eq!(ThemeChoice::from_tag(c.tag()), Some(c));
            assert_eq!(serde_json::to_value(c).unwrap(), c.tag());
        }
        assert_eq!(LanguageChoice::from_tag("fr"), None);
    }
}
