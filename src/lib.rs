//! Dossier's browser app (Leptos CSR): renders the embedded corpus model as a timeline, claims,
//! search and a reader. It never parses article text: everything it shows was computed at build
//! time by `dossier-corpus` and arrives as a [`dossier_model::Corpus`].

mod app;
#[cfg(any(test, dossier_chunked_search))]
#[cfg_attr(not(test), allow(dead_code))]
mod chunk_plan;
mod data;
mod embed;
mod panic;
mod pwa;
mod routes;
#[cfg(dossier_chunked_search)]
mod search_chunks;
mod share;

pub use app::App;
pub use data::corpus;

/// Installs the panic hook, prepares embed mode when asked for, and mounts [`App`] on the body.
pub fn start() {
    panic::install_hook();
    embed::prepare_document();
    leptos::mount::mount_to_body(App);
}
