//! Entry point of the browser app: install the panic hook, then mount the app.

fn main() {
    dossier_app::start();
}
