//! What this browser keeps between visits: one [`UserData`] document in
//! `localStorage`, shared by every page through [`UserStore`].
//!
//! Nothing is ever silently lost: an unreadable stored value is copied aside
//! under its own key before anything new is written, a document from a newer
//! version of the site is left untouched (this tab then works in memory), and
//! a failed write keeps the in-memory state and tells the person.

use leptos::prelude::*;

use crate::model::backup;
use crate::model::user_data::{DecodeError, UserData};

/// Key of the current document; its format version is inside it.
pub const DATA_KEY: &str = "film-site/user-data";
/// Where the first release kept its recently-viewed list (format 1).
pub const LEGACY_RECENT_KEY: &str = "film-site/recently-viewed/v1";
/// Prefix of the keys an unreadable value is kept under.
pub const SET_ASIDE_PREFIX: &str = "film-site/unreadable/";
/// The date of the last export, kept apart from the document: it is about
/// this browser, not part of the library an export carries.
pub const LAST_EXPORT_KEY: &str = "film-site/last-export";

/// Something about storage the person should know; the banner words it in
/// the interface language ([`Texts::storage_notice`](crate::i18n::Texts::storage_notice)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// The stored data could not be read; it was kept under `kept_as`.
    SetAside {
        reason: DecodeError,
        kept_as: String,
    },
    /// Stored by a newer version: read-only here so it is not overwritten.
    NewerVersion(u32),
    /// Saving failed (quota full, storage disabled); changes live in this tab only.
    WriteFailed,
    /// The browser offers no storage at all.
    Unavailable,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Keeps an unreadable value under a key of its own, and says where.
fn set_aside(storage: &web_sys::Storage, raw: &str, reason: &DecodeError) -> StorageNotice {
    let kept_as = format!("{SET_ASIDE_PREFIX}{}", js_sys::Date::now() as u64);
    match storage.set_item(&kept_as, raw) {
        Ok(()) => StorageNotice::SetAside {
            reason: reason.clone(),
            kept_as,
        },
        // No room to copy it: leave it where it is and do not write over it.
        Err(_) => StorageNotice::SetAside {
            reason: reason.clone(),
            kept_as: DATA_KEY.to_owned(),
        },
    }
}

/// What loading found: the data, whether it may be written back, news,
/// and whether it came from the format-1 key (to be moved on first save).
struct Loaded {
    data: UserData,
    writable: bool,
    notice: Option<StorageNotice>,
    from_legacy: bool,
}

fn load_from(storage: Option<&web_sys::Storage>) -> Loaded {
    let Some(storage) = storage else {
        return Loaded {
            data: UserData::default(),
            writable: false,
            notice: Some(StorageNotice::Unavailable),
            from_legacy: false,
        };
    };
    let stored = storage.get_item(DATA_KEY).ok().flatten();
    let from_legacy = stored.is_none();
    let Some(raw) = stored.or_else(|| storage.get_item(LEGACY_RECENT_KEY).ok().flatten()) else {
        return Loaded {
            data: UserData::default(),
            writable: true,
            notice: None,
            from_legacy: false,
        };
    };
    let (data, writable, notice) = match UserData::decode(&raw) {
        Ok(data) => (data, true, None),
        Err(DecodeError::NewerVersion(v)) => (
            UserData::default(),
            false,
            Some(StorageNotice::NewerVersion(v)),
        ),
        Err(error) => {
            let notice = set_aside(storage, &raw, &error);
            // Only write over the original once a copy of it exists elsewhere.
            let copied =
                !matches!(&notice, StorageNotice::SetAside { kept_as, .. } if kept_as == DATA_KEY);
            (UserData::default(), copied, Some(notice))
        }
    };
    Loaded {
        data,
        writable,
        notice,
        from_legacy,
    }
}

/// This browser's ratings, reviews, drafts, votes, reports and history,
/// shared through context and saved on every change.
#[derive(Clone, Copy)]
pub struct UserStore {
    data: RwSignal<UserData>,
    writable: RwSignal<bool>,
    notice: RwSignal<Option<StorageNotice>>,
    last_export: RwSignal<Option<String>>,
    /// A save is scheduled and has not run yet.
    save_pending: StoredValue<bool>,
}

impl UserStore {
    /// Reads the stored document once and follows changes other tabs make.
    pub fn load() -> Self {
        let storage = local_storage();
        let loaded = load_from(storage.as_ref());
        let store = UserStore {
            data: RwSignal::new(loaded.data),
            writable: RwSignal::new(loaded.writable),
            notice: RwSignal::new(loaded.notice),
            last_export: RwSignal::new(
                storage
                    .as_ref()
                    .and_then(|s| s.get_item(LAST_EXPORT_KEY).ok().flatten()),
            ),
            save_pending: StoredValue::new(false),
        };
        // A first save moves format-1 data to the current key.
        if let Some(storage) = &storage
            && loaded.from_legacy
            && loaded.writable
            && store.save_now()
        {
            let _ = storage.remove_item(LEGACY_RECENT_KEY);
        }
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(DATA_KEY) {
                return;
            }
            // Another tab saved: take its document if this build can read it,
            // unless this tab holds changes not yet saved (failed, or
            // scheduled), which must survive: then the two are merged.
            if let Some(Ok(theirs)) = event.new_value().map(|raw| UserData::decode(&raw)) {
                let unsaved = store.save_pending.get_value()
                    || store.notice.get_untracked() == Some(StorageNotice::WriteFailed);
                if unsaved {
                    store.data.update(|mine| mine.merge(theirs));
                } else {
                    store.data.set(theirs);
                }
            }
        });
        // A scheduled save must not be lost to a closing or hidden tab.
        let flush = move || {
            if store.save_pending.get_value() {
                store.save_now();
            }
        };
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let on_hidden = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
        on_cleanup(move || {
            listener.remove();
            on_hide.remove();
            on_hidden.remove();
        });
        store
    }

    /// Changes the data, and saves it once the change is on screen.
    ///
    /// Writing the document (encoding it, then `localStorage.setItem`)
    /// takes tens of milliseconds for a library of thousands of films, so
    /// it runs in a task after the next paint: a click shows its effect
    /// within the frame, and changes made together are written once.
    pub fn update(self, change: impl FnOnce(&mut UserData)) {
        self.data.update(change);
        self.save_soon();
    }

    /// Schedules one save after the next paint, unless one is pending.
    fn save_soon(self) {
        if self.save_pending.get_value() {
            return;
        }
        self.save_pending.set_value(true);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if self.save_pending.get_value() {
                        self.save_now();
                    }
                },
                std::time::Duration::ZERO,
            );
        });
    }

    /// Merges `imported` all at once: it is saved whole, or (storage full,
    /// read-only tab) nothing changes, here or in storage. Returns how many
    /// entries were added or updated, `None` if nothing could be saved.
    pub fn merge_all(self, imported: UserData) -> Option<usize> {
        if !self.writable.get_untracked() {
            return None;
        }
        let before = self.data.get_untracked();
        let mut merged = before.clone();
        merged.merge(imported);
        let text = merged.encode();
        let saved = local_storage().is_some_and(|s| s.set_item(DATA_KEY, &text).is_ok());
        if !saved {
            return None;
        }
        let changed = merged.differences(&before);
        self.data.set(merged);
        Some(changed)
    }

    /// Writes the document now; returns whether it was saved.
    fn save_now(self) -> bool {
        self.save_pending.set_value(false);
        if !self.writable.get_untracked() {
            return false;
        }
        let text = self.data.with_untracked(UserData::encode);
        let saved = local_storage().is_some_and(|s| s.set_item(DATA_KEY, &text).is_ok());
        if saved {
            if self.notice.get_untracked() == Some(StorageNotice::WriteFailed) {
                self.notice.set(None);
            }
            ask_to_persist(self.data.with_untracked(backup::entries));
        } else {
            self.notice.set(Some(StorageNotice::WriteFailed));
        }
        saved
    }

    /// The data, tracked.
    pub fn data(self) -> ReadSignal<UserData> {
        self.data.read_only()
    }

    /// What the person should be told about storage, if anything.
    pub fn notice(self) -> ReadSignal<Option<StorageNotice>> {
        self.notice.read_only()
    }

    /// Hides the current notice.
    pub fn dismiss_notice(self) {
        self.notice.set(None);
    }

    /// Notes that the person exported today, which quiets the reminder.
    pub fn exported(self) {
        let day = today();
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(LAST_EXPORT_KEY, &day);
        }
        self.last_export.set(Some(day));
    }

    /// The date of the last export from this browser, if any.
    pub fn last_export(self) -> ReadSignal<Option<String>> {
        self.last_export.read_only()
    }
}

/// Asks the browser, once per visit and once the library is worth keeping,
/// not to clear this site's storage when space runs low
/// (`navigator.storage.persist()`): Chromium grants or refuses without a
/// word, Firefox asks the person. The answer changes nothing here, so it
/// is not awaited.
fn ask_to_persist(entries: usize) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static ASKED: AtomicBool = AtomicBool::new(false);
    if entries < backup::REMIND_FROM || ASKED.swap(true, Ordering::Relaxed) {
        return;
    }
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().storage().persist();
    }
}

/// Today's date where the person is (not in UTC, which is tomorrow or
/// yesterday for part of the day in much of the world), as `YYYY-MM-DD`,
/// for dating ratings, reviews and viewings.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
