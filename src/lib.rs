//! Dossier's browser app (Leptos CSR): renders the embedded corpus model as a timeline, claims,
//! search and a reader. It never parses article text: everything it shows was computed at build
//! time by `dossier-corpus` and arrives as a [`dossier_model::Corpus`].

mod app;
mod data;
mod panic;
mod routes;

pub use app::App;
pub use data::corpus;

/// Installs the panic hook and mounts [`App`] on the page's body.
pub fn start() {
    panic::install_hook();
    leptos::mount::mount_to_body(App);
}
