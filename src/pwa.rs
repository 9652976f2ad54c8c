//! Offline support: registers the service worker (`/sw.js`, written at build time by
//! `scripts/post-build.mjs` from `public/sw.js`) and offers a reload when a newer build has been
//! installed behind the running one.
//!
//! The worker precaches every built file under a content-derived version; a new deployment is a
//! new `sw.js`, which the browser installs and keeps waiting. This module notices the waiting
//! worker, shows the prompt, and on "Reload" asks the worker to take over (`"skip-waiting"`)
//! and reloads once it has. It caches nothing itself and never reloads without being asked.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The worker's address; its scope is the whole app.
const WORKER_URL: &str = "/sw.js";

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static RELOAD_REQUESTED: Cell<bool> = const { Cell::new(false) };
}

/// A polite status region that offers a reload when a new version is ready. Registers the
/// service worker when mounted.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let (update_ready, set_update_ready) = signal(false);
    register(set_update_ready);
    view! {
        <div class="update-region" role="status">
            <Show when=move || update_ready.get()>
                <div class="update-prompt">
                    <p>"A new version of Dossier is available."</p>
                    <button type="button" class="update-reload" on:click=|_| apply_update()>"Reload"</button>
                    <button type="button" class="update-later" on:click=move |_| set_update_ready.set(false)>"Later"</button>
                </div>
            </Show>
        </div>
    }
}

/// The service worker container, when the browser has one (not in insecure contexts).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

fn register(on_ready: WriteSignal<bool>) {
    let Some(container) = container() else { return };
    let registering = JsFuture::from(container.register(WORKER_URL));
    leptos::task::spawn_local(async move {
        // Anything but a registration (blocked, unsupported) means no offline support, no prompt.
        let Ok(Ok(registration)) = registering.await.map(JsCast::dyn_into::<ServiceWorkerRegistration>) else { return };
        watch(&container, &registration, on_ready);
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

/// Wires the events that matter: a worker that finished installing while an older one controls
/// the page means a new build is ready; a change of controller after "Reload" means reload now.
fn watch(container: &ServiceWorkerContainer, registration: &ServiceWorkerRegistration, on_ready: WriteSignal<bool>) {
    // A first visit has no controller: the worker that installs then is not an update.
    if registration.waiting().is_some() && container.controller().is_some() {
        on_ready.set(true);
    }
    let on_update_found = {
        let registration = registration.clone();
        let container = container.clone();
        Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = registration.installing() else { return };
            let installing = worker.clone();
            let container = container.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if installing.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                    on_ready.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        })
    };
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();

    let on_controller_change = Closure::<dyn FnMut()>::new(|| {
        if RELOAD_REQUESTED.with(Cell::get) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    // Look for a new build whenever the reader comes back to the tab.
    let on_visible = {
        let registration = registration.clone();
        Closure::<dyn FnMut()>::new(move || {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                let _ = registration.update();
            }
        })
    };
    let _ = document().add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    on_visible.forget();
}

/// "Reload": let the waiting worker take over; `oncontrollerchange` then reloads the page.
fn apply_update() {
    RELOAD_REQUESTED.with(|r| r.set(true));
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(ServiceWorkerRegistration::waiting));
    match waiting {
        Some(worker) => {
            let _ = worker.post_message(&"skip-waiting".into());
        }
        None => {
            let _ = window().location().reload();
        }
    }
}
