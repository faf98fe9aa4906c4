//! What this browser keeps between visits: the library ([`UserData`]) in
//! IndexedDB, one record per entry ([`indexed`]), shared by every page
//! through [`UserStore`].
//!
//! Earlier releases kept it as one JSON document in `localStorage`, which
//! had to be rewritten whole on every change (tens of milliseconds at a few
//! thousand films) and holds about 5 MB. Such a document, and one an old tab
//! of an earlier release writes later, is merged into IndexedDB, then removed.
//!
//! Nothing is ever silently lost: an unreadable stored value is set aside
//! before anything new is written, data from a newer version of the site is
//! left untouched (this tab then works in memory), and a failed write keeps
//! the in-memory state and tells the person.

pub mod indexed;

use leptos::prelude::*;
use wasm_bindgen_futures::spawn_local;

use crate::model::backup;
use crate::model::records::{Record, decode_records, encode_records};
use crate::model::user_data::{DecodeError, SCHEMA_VERSION, UserData};
use indexed::Db;

/// Key of the document earlier releases kept in `localStorage`.
pub const DATA_KEY: &str = "film-site/user-data";
/// Where the first release kept its recently-viewed list (format 1).
pub const LEGACY_RECENT_KEY: &str = "film-site/recently-viewed/v1";
/// Prefix of the `localStorage` keys an unreadable document is kept under.
pub const SET_ASIDE_PREFIX: &str = "film-site/unreadable/";
/// The date of the last export, kept apart from the library: it is about
/// this browser, not part of what an export carries.
pub const LAST_EXPORT_KEY: &str = "film-site/last-export";
/// The channel tabs of this site tell each other what they saved on.
pub const CHANNEL_NAME: &str = "film-site/user-data";
/// Prefix of the `localStorage` keys a closing tab writes its unsaved
/// changes under ([`UserStore::flush`]), one key per tab.
pub const UNSAVED_PREFIX: &str = "film-site/unsaved/";

/// Something about storage the person should know; the banner words it in
/// the interface language ([`Texts::storage_notice`](crate::i18n::Texts::storage_notice)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// A stored document could not be read; it was kept under `kept_as`.
    SetAside {
        reason: DecodeError,
        kept_as: String,
    },
    /// This many stored entries could not be read and were moved to the
    /// database's `unreadable` store; everything else loaded.
    RecordsSetAside(usize),
    /// Stored by a newer version: read-only here so it is not overwritten.
    NewerVersion(u32),
    /// Saving failed (quota full, storage disabled); changes live in this tab only.
    WriteFailed,
    /// The browser offers no storage.
    Unavailable,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What reading storage found, before the app starts: the library, whether
/// it may be written, and news for the person.
pub struct Stored {
    data: UserData,
    /// What the database holds, to tell a change's records from the rest.
    saved: UserData,
    db: Option<Db>,
    writable: bool,
    notice: Option<StorageNotice>,
}

impl Stored {
    /// Opens the database and reads the library, bringing in a document an
    /// earlier release left in `localStorage`.
    pub async fn read() -> Stored {
        let mut stored = match Db::open().await {
            Ok(db) => Stored::from_db(db).await,
            Err(_) => Stored {
                data: UserData::default(),
                saved: UserData::default(),
                db: None,
                writable: false,
                notice: Some(StorageNotice::Unavailable),
            },
        };
        stored.bring_in_legacy().await;
        stored.bring_in_unsaved().await;
        stored
    }

    async fn from_db(db: Db) -> Stored {
        let mut stored = Stored {
            data: UserData::default(),
            saved: UserData::default(),
            db: Some(db.clone()),
            writable: true,
            notice: None,
        };
        let found = match db.read_all().await {
            Ok(found) => found,
            Err(_) => {
                stored.writable = false;
                stored.notice = Some(StorageNotice::Unavailable);
                return stored;
            }
        };
        if let Some(version) = found.version.filter(|v| *v > SCHEMA_VERSION) {
            stored.writable = false;
            stored.notice = Some(StorageNotice::NewerVersion(version));
            return stored;
        }
        let (data, unreadable) = UserData::from_records(found.records);
        if !unreadable.is_empty() {
            stored.notice = Some(StorageNotice::RecordsSetAside(unreadable.len()));
            // Only write again once the unreadable entries are kept elsewhere.
            stored.writable = db.set_aside(&unreadable).await.is_ok();
        }
        stored.saved = data.clone();
        stored.data = data;
        stored
    }

    /// Merges the `localStorage` document of an earlier release, if any,
    /// and removes it once the database holds it.
    async fn bring_in_legacy(&mut self) {
        let Some(storage) = local_storage() else {
            return;
        };
        let raw = storage.get_item(DATA_KEY).ok().flatten();
        let Some(raw) = raw.or_else(|| storage.get_item(LEGACY_RECENT_KEY).ok().flatten()) else {
            return;
        };
        match UserData::decode(&raw) {
            Ok(theirs) => {
                self.data.merge(theirs);
                let written = match (&self.db, self.writable) {
                    (Some(db), true) => db.write(&self.data.changes_since(&self.saved)).await,
                    _ => return,
                };
                if written.is_ok() {
                    self.saved = self.data.clone();
                    remove_legacy(&storage);
                }
            }
            Err(DecodeError::NewerVersion(version)) => {
                self.writable = false;
                self.notice = Some(StorageNotice::NewerVersion(version));
            }
            Err(reason) => {
                let kept_as = format!("{SET_ASIDE_PREFIX}{}", js_sys::Date::now() as u64);
                // Removed only once a copy of it is kept elsewhere.
                let kept_as = match storage.set_item(&kept_as, &raw) {
                    Ok(()) => {
                        remove_legacy(&storage);
                        kept_as
                    }
                    Err(_) => DATA_KEY.to_owned(),
                };
                self.notice = Some(StorageNotice::SetAside { reason, kept_as });
            }
        }
    }
}

impl Stored {
    /// Changes a tab was closed with before IndexedDB had them
    /// ([`UserStore::flush`]): they are the latest, so they are applied,
    /// written, then removed.
    async fn bring_in_unsaved(&mut self) {
        let (Some(storage), Some(db), true) = (local_storage(), &self.db, self.writable) else {
            return;
        };
        let keys = unsaved_keys(&storage);
        if keys.is_empty() {
            return;
        }
        for key in &keys {
            let text = storage.get_item(key).ok().flatten().unwrap_or_default();
            for record in decode_records(&text).unwrap_or_default() {
                let _ = self.data.apply(&record);
            }
        }
        if db
            .write(&self.data.changes_since(&self.saved))
            .await
            .is_ok()
        {
            self.saved = self.data.clone();
            for key in &keys {
                let _ = storage.remove_item(key);
            }
        }
    }
}

/// The keys of [`UNSAVED_PREFIX`], oldest first (their names end in the time).
fn unsaved_keys(storage: &web_sys::Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(UNSAVED_PREFIX))
        .collect();
    keys.sort();
    keys
}

fn remove_legacy(storage: &web_sys::Storage) {
    let _ = storage.remove_item(DATA_KEY);
    let _ = storage.remove_item(LEGACY_RECENT_KEY);
}

/// This browser's ratings, reviews, drafts, votes, reports, watchlist,
/// diary and history, shared through context and saved on every change.
#[derive(Clone, Copy)]
pub struct UserStore {
    data: RwSignal<UserData>,
    /// What the database holds (as far as this tab knows).
    saved: StoredValue<UserData>,
    db: StoredValue<Option<Db>, LocalStorage>,
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
    writable: RwSignal<bool>,
    notice: RwSignal<Option<StorageNotice>>,
    last_export: RwSignal<Option<String>>,
    /// A save is scheduled and has not run yet.
    save_pending: StoredValue<bool>,
    /// A write is under way; another waits for it.
    saving: StoredValue<bool>,
    /// This tab's key for changes written out as it closes ([`UNSAVED_PREFIX`]).
    unsaved_key: StoredValue<String>,
    /// Changes are kept under `unsaved_key` and not all in the database yet.
    journaled: StoredValue<bool>,
}

impl UserStore {
    /// The store for what [`Stored::read`] found; follows other tabs' saves.
    pub fn new(stored: Stored) -> Self {
        let store = UserStore::with(
            stored,
            web_sys::BroadcastChannel::new(CHANNEL_NAME).ok(),
            local_storage().and_then(|s| s.get_item(LAST_EXPORT_KEY).ok().flatten()),
            format!(
                "{UNSAVED_PREFIX}{}-{}",
                js_sys::Date::now() as u64,
                (js_sys::Math::random() * 1e9) as u64
            ),
        );
        store.follow_other_tabs();
        store
    }

    /// An empty library that is never saved and follows no other tab: what a
    /// first visit shows, for pages written out as HTML ahead of time
    /// (`crate::prerender`), where no browser storage exists.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn empty() -> Self {
        let stored = Stored {
            data: UserData::default(),
            saved: UserData::default(),
            db: None,
            writable: true,
            notice: None,
        };
        UserStore::with(stored, None, None, String::new())
    }

    /// The store over `stored`, with this tab's channel to the others, the
    /// date of the last export, and the key this tab's unsaved changes are
    /// kept under ([`UNSAVED_PREFIX`]).
    fn with(
        stored: Stored,
        channel: Option<web_sys::BroadcastChannel>,
        last_export: Option<String>,
        unsaved_key: String,
    ) -> Self {
        UserStore {
            data: RwSignal::new(stored.data),
            saved: StoredValue::new(stored.saved),
            db: StoredValue::new_local(stored.db),
            channel: StoredValue::new_local(channel),
            writable: RwSignal::new(stored.writable),
            notice: RwSignal::new(stored.notice),
            last_export: RwSignal::new(last_export),
            save_pending: StoredValue::new(false),
            saving: StoredValue::new(false),
            unsaved_key: StoredValue::new(unsaved_key),
            journaled: StoredValue::new(false),
        }
    }

    /// Takes in what other tabs save (this release's, and a document an
    /// earlier release's tab writes to `localStorage`), and writes a
    /// scheduled save before the tab is closed or hidden.
    fn follow_other_tabs(self) {
        let on_message = self.channel.with_value(|channel| {
            let channel = channel.clone()?;
            let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    if let Some(text) = event.data().as_string() {
                        self.take_theirs(&text);
                    }
                },
            );
            channel.set_onmessage(Some(wasm_bindgen::JsCast::unchecked_ref(listener.as_ref())));
            // Kept until cleanup, when the channel stops calling it.
            Some(send_wrapper::SendWrapper::new(listener))
        });
        let old_tab = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(DATA_KEY) && event.new_value().is_some() {
                spawn_local(self.bring_in_legacy());
            }
        });
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let on_hidden = window_event_listener(leptos::ev::visibilitychange, move |_| self.flush());
        on_cleanup(move || {
            if let Some(channel) = self.channel.get_value() {
                channel.set_onmessage(None);
                channel.close();
            }
            drop(on_message);
            old_tab.remove();
            on_hide.remove();
            on_hidden.remove();
        });
    }

    /// Before the tab is closed or hidden: changes not yet in the database
    /// are written to `localStorage` at once, since an IndexedDB write
    /// begun while a page unloads may never finish; the next start applies
    /// them ([`Stored::bring_in_unsaved`]), and this tab removes them
    /// itself once its write is done.
    fn flush(self) {
        if !self.writable.get_untracked() {
            return;
        }
        let changes = self
            .data
            .with_untracked(|now| self.saved.with_value(|saved| now.changes_since(saved)));
        if changes.is_empty() {
            return;
        }
        if let Some(storage) = local_storage()
            && storage
                .set_item(&self.unsaved_key.get_value(), &encode_records(&changes))
                .is_ok()
        {
            self.journaled.set_value(true);
        }
        // Written now, or right after a write under way.
        self.save_now();
    }

    /// Another tab saved these records: the database holds them now. An
    /// entry this tab changed and has not saved yet keeps this tab's value
    /// (it is written next); every other one takes theirs.
    fn take_theirs(self, text: &str) {
        let Ok(records) = decode_records(text) else {
            return;
        };
        let theirs_only: Vec<&Record> = self.saved.with_value(|saved| {
            self.data.with_untracked(|now| {
                records
                    .iter()
                    .filter(|r| now.same_entry(saved, r.section, &r.key))
                    .collect()
            })
        });
        self.saved.update_value(|saved| {
            for record in &records {
                let _ = saved.apply(record);
            }
        });
        if !theirs_only.is_empty() {
            self.data.update(|now| {
                for record in theirs_only {
                    let _ = now.apply(record);
                }
            });
        }
    }

    /// A document an earlier release's tab wrote to `localStorage`: merged
    /// in, saved, then removed.
    async fn bring_in_legacy(self) {
        let raw = local_storage().and_then(|s| s.get_item(DATA_KEY).ok().flatten());
        if let Some(Ok(theirs)) = raw.map(|raw| UserData::decode(&raw)) {
            self.update(|mine| mine.merge(theirs));
            if self.write_changes().await
                && let Some(storage) = local_storage()
            {
                remove_legacy(&storage);
            }
        }
    }

    /// Changes the data, and saves it once the change is on screen.
    ///
    /// A save writes only the records the change touched, in a task after
    /// the next paint: a click shows its effect within the frame, and
    /// changes made together are written at once.
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

    /// Starts writing what changed since the last save.
    fn save_now(self) {
        self.save_pending.set_value(false);
        spawn_local(async move {
            self.write_changes().await;
        });
    }

    /// Writes the records that changed since the last save, one write at a
    /// time; returns whether the database holds this tab's data now.
    async fn write_changes(self) -> bool {
        if !self.writable.get_untracked() {
            return false;
        }
        if self.saving.get_value() {
            // The write under way is followed by this one.
            self.save_pending.set_value(true);
            return false;
        }
        let changes = self
            .data
            .with_untracked(|now| self.saved.with_value(|saved| now.changes_since(saved)));
        if changes.is_empty() {
            return true;
        }
        self.saving.set_value(true);
        let written = self.write(&changes).await;
        self.saving.set_value(false);
        if !written {
            // The changes stay on this page; the next save tries them again.
            self.notice.set(Some(StorageNotice::WriteFailed));
        }
        if self.save_pending.get_value() {
            self.save_now();
        }
        written
    }

    /// Writes `changes` in one transaction and tells other tabs; on failure
    /// nothing is written (the caller tells the person).
    async fn write(self, changes: &[Record]) -> bool {
        let Some(db) = self.db.get_value() else {
            return false;
        };
        if db.write(changes).await.is_err() {
            return false;
        }
        self.saved.update_value(|saved| {
            for change in changes {
                let _ = saved.apply(change);
            }
        });
        if let Some(channel) = self.channel.get_value() {
            let _ = channel.post_message(&encode_records(changes).into());
        }
        // Only a tab that wrote a copy on hiding pays for a second comparison.
        let all_saved = || {
            self.data.with_untracked(|now| {
                self.saved
                    .with_value(|saved| now.changes_since(saved).is_empty())
            })
        };
        if self.journaled.get_value() && all_saved() {
            if let Some(storage) = local_storage() {
                let _ = storage.remove_item(&self.unsaved_key.get_value());
            }
            self.journaled.set_value(false);
        }
        if self.notice.get_untracked() == Some(StorageNotice::WriteFailed) {
            self.notice.set(None);
        }
        ask_to_persist(self.data.with_untracked(backup::entries));
        true
    }

    /// Merges `imported` all at once: it is saved whole, or (storage full,
    /// read-only tab) nothing changes, here or in storage. Returns how many
    /// entries were added or updated, `None` if nothing could be saved.
    pub async fn merge_all(self, imported: UserData) -> Option<usize> {
        if !self.writable.get_untracked() {
            return None;
        }
        let before = self.data.get_untracked();
        let mut merged = before.clone();
        merged.merge(imported);
        let changed = merged.differences(&before);
        // With whatever this tab has not saved yet, so the two go together.
        let changes = self.saved.with_value(|saved| merged.changes_since(saved));
        if !self.write(&changes).await {
            return None;
        }
        // The person may have changed something while it was written.
        self.data.update(|now| {
            for change in &changes {
                let _ = now.apply(change);
            }
        });
        Some(changed)
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
