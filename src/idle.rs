//! Work for when the browser is idle, in every browser.

use std::time::Duration;

use leptos::prelude::{request_idle_callback_with_handle, set_timeout};

/// The wait where the browser has no idle callback: past the paint of what
/// was just built and the tasks queued behind it.
const WITHOUT_IDLE_CALLBACKS: Duration = Duration::from_millis(200);

/// Runs `work` once the browser is idle: in an idle callback where the
/// browser has them, after a short timer where it has none. Safari has
/// none, and there the work would otherwise never run.
pub fn when_idle(work: impl Fn() + Clone + 'static) {
    if request_idle_callback_with_handle(work.clone()).is_err() {
        set_timeout(work, WITHOUT_IDLE_CALLBACKS);
    }
}
