//! View › Language, Theme, Overlay and Notes each choose one of several, which a menu
//! shows with radio items. Tauri's menus have no radio item (muda builds check items
//! only), so on Linux the check items of every submenu made of check items alone are
//! drawn as radio items (GtkCheckMenuItem's `draw-as-radio`), once a window's menu bar is
//! built. macOS marks the chosen item of such a group with a tick, as these items are.

use tauri::WebviewWindow;

/// Draw the choices of `window`'s menu bar as radio items, after what is queued on the
/// main thread already (Tauri builds a window's bar there).
pub fn draw_choices(window: &WebviewWindow) {
    #[cfg(target_os = "linux")]
    {
        let w = window.clone();
        let _ = window.run_on_main_thread(move || {
            for item in gtk_bar::choices(&w) {
                gtk::prelude::CheckMenuItemExt::set_draw_as_radio(&item, true);
            }
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

/// The items of `window`'s bar drawn as radio items, with whether each is chosen, in
/// menu order (GTK's main thread only; none where GTK does not draw the bar).
pub fn radio_items(window: &WebviewWindow) -> Vec<(String, bool)> {
    #[cfg(target_os = "linux")]
    {
        use gtk::prelude::*;
        gtk_bar::all_checks(window)
            .into_iter()
            .filter(|c| c.draws_as_radio())
            .map(|c| (c.label().map(String::from).unwrap_or_default(), c.is_active()))
            .collect()
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = window;
        Vec::new()
    }
}

#[cfg(target_os = "linux")]
mod gtk_bar {
    use gtk::prelude::*;
    use tauri::WebviewWindow;

    /// The check items of the submenus made of two or more check items alone.
    pub fn choices(window: &WebviewWindow) -> Vec<gtk::CheckMenuItem> {
        let mut out = Vec::new();
        walk(window, &mut |checks, others| {
            if checks.len() >= 2 && others == 0 {
                out.extend_from_slice(checks);
            }
        });
        out
    }

    /// Every check item of the bar, in menu order.
    pub fn all_checks(window: &WebviewWindow) -> Vec<gtk::CheckMenuItem> {
        let mut out = Vec::new();
        walk(window, &mut |checks, _| out.extend_from_slice(checks));
        out
    }

    /// Each submenu's check items and how many other items (separators aside) it has.
    fn walk(window: &WebviewWindow, each: &mut dyn FnMut(&[gtk::CheckMenuItem], usize)) {
        let Ok(vbox) = window.default_vbox() else { return };
        for bar in vbox.children().into_iter().filter_map(|w| w.downcast::<gtk::MenuBar>().ok()) {
            for item in bar.children() {
                visit(&item, each);
            }
        }
    }

    fn visit(item: &gtk::Widget, each: &mut dyn FnMut(&[gtk::CheckMenuItem], usize)) {
        let Some(menu) = item.downcast_ref::<gtk::MenuItem>().and_then(|i| i.submenu()) else { return };
        let Ok(menu) = menu.downcast::<gtk::Menu>() else { return };
        let children = menu.children();
        let items: Vec<&gtk::Widget> = children.iter().filter(|c| !c.is::<gtk::SeparatorMenuItem>()).collect();
        let checks: Vec<gtk::CheckMenuItem> =
            items.iter().filter_map(|c| c.downcast_ref::<gtk::CheckMenuItem>().cloned()).collect();
        each(&checks, items.len() - checks.len());
        for child in &children {
            visit(child, each);
        }
    }
}
