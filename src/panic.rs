//! A panic hook that shows a readable message in the page (as text) besides the console.

use wasm_bindgen::JsCast;

/// Installs the hook; call once at start-up.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(element) = document.create_element("div") else { return };
    element.set_id("panic");
    let _ = element.set_attribute("role", "alert");
    element.set_text_content(Some(&format!(
        "Dossier stopped because of an internal error. Reload the page to start again. Details: {detail}"
    )));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&element);
    }
    if let Some(main) = document.get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.set_attribute("aria-busy", "false");
    }
}
