//! The library's records in IndexedDB: database `film-site`, object store
//! `entries` keyed `[section, key]`, each value the JSON text of one entry
//! ([`Record`]); store `meta` holds the format `version`; store `unreadable`
//! keeps what could not be read, never deleted by the site.
//!
//! Every write is one transaction: all of its records are stored, or (storage
//! full, the tab closing) none is.

use js_sys::{Array, Promise};
use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStoreParameters, IdbRequest, IdbTransaction, IdbTransactionMode,
};

use crate::model::records::{Record, UnreadableRecord};
use crate::model::user_data::SCHEMA_VERSION;

/// The database's name; its schema version is [`DB_VERSION`].
pub const DB_NAME: &str = "film-site";
const DB_VERSION: u32 = 1;
const ENTRIES: &str = "entries";
const META: &str = "meta";
const UNREADABLE: &str = "unreadable";
const VERSION_KEY: &str = "version";

/// Why IndexedDB could not be used; the name is the browser's
/// `DOMException` name (`QuotaExceededError`, `InvalidStateError`, …).
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum StoreError {
    #[error("this browser offers no IndexedDB")]
    Unavailable,
    #[error("IndexedDB refused: {0}")]
    Refused(String),
}

fn refused(error: JsValue) -> StoreError {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(web_sys::DomException::name)
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned());
    StoreError::Refused(name)
}

/// Waits for a request's `success` (its result) or `error`.
async fn finished(request: &IdbRequest) -> Result<JsValue, StoreError> {
    let done = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(done).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    match outcome {
        Ok(_) => request.result().map_err(refused),
        Err(_) => Err(request
            .error()
            .ok()
            .flatten()
            .map_or(StoreError::Refused("request failed".into()), |e| {
                StoreError::Refused(e.name())
            })),
    }
}

/// Waits for a transaction to commit; an error or abort rolls all of it back.
async fn committed(transaction: &IdbTransaction) -> Result<(), StoreError> {
    let done = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    let outcome = JsFuture::from(done).await;
    match outcome {
        Ok(_) => Ok(()),
        Err(_) => Err(transaction
            .error()
            .map_or(StoreError::Refused("AbortError".into()), |e| {
                StoreError::Refused(e.name())
            })),
    }
}

fn entry_key(section: &str, key: &str) -> JsValue {
    Array::of2(&section.into(), &key.into()).into()
}

/// What the database holds: its format version (none before the first
/// write) and every record as `(section, key, value)`.
pub struct StoredRecords {
    pub version: Option<u32>,
    pub records: Vec<(String, String, String)>,
}

/// An open connection to the site's database.
#[derive(Clone)]
pub struct Db(IdbDatabase);

impl Db {
    /// Opens the database, creating its stores on first use.
    pub async fn open() -> Result<Db, StoreError> {
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or(StoreError::Unavailable)?;
        let request = factory
            .open_with_u32(DB_NAME, DB_VERSION)
            .map_err(refused)?;
        let upgrade = Closure::once(move |event: web_sys::IdbVersionChangeEvent| {
            let db = event
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok())
                .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
            if let Some(db) = db {
                // Version 1 is the first: from nothing, create every store.
                let _ = db.create_object_store(ENTRIES);
                let _ = db.create_object_store(META);
                let params = IdbObjectStoreParameters::new();
                params.set_auto_increment(true);
                let _ = db.create_object_store_with_optional_parameters(UNREADABLE, &params);
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = finished(&request).await;
        request.set_onupgradeneeded(None);
        let db: IdbDatabase = opened?.dyn_into().map_err(refused)?;
        // Another tab of a later release asking for a newer schema: let it
        // go ahead rather than blocking it, and stop writing here.
        let closing = db.clone();
        let on_change = Closure::<dyn Fn()>::new(move || closing.close());
        db.set_onversionchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        Ok(Db(db))
    }

    fn transaction(
        &self,
        mode: IdbTransactionMode,
        stores: &[&str],
    ) -> Result<IdbTransaction, StoreError> {
        let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
        self.0
            .transaction_with_str_sequence_and_mode(&names, mode)
            .map_err(refused)
    }

    /// Reads every record and the format version, in one transaction.
    pub async fn read_all(&self) -> Result<StoredRecords, StoreError> {
        let transaction = self.transaction(IdbTransactionMode::Readonly, &[ENTRIES, META])?;
        let entries = transaction.object_store(ENTRIES).map_err(refused)?;
        let keys = entries.get_all_keys().map_err(refused)?;
        let values = entries.get_all().map_err(refused)?;
        let meta = transaction.object_store(META).map_err(refused)?;
        let version = meta.get(&VERSION_KEY.into()).map_err(refused)?;
        let keys: Array = finished(&keys).await?.unchecked_into();
        let values: Array = finished(&values).await?.unchecked_into();
        let version = finished(&version).await?.as_f64().map(|v| v as u32);
        let records = keys
            .iter()
            .zip(values.iter())
            .filter_map(|(key, value)| {
                let key: Array = key.dyn_into().ok()?;
                Some((
                    key.get(0).as_string()?,
                    key.get(1).as_string()?,
                    value.as_string()?,
                ))
            })
            .collect();
        Ok(StoredRecords { version, records })
    }

    /// Stores `records` (and this build's format version), all or none.
    pub async fn write(&self, records: &[Record]) -> Result<(), StoreError> {
        let transaction = self.transaction(IdbTransactionMode::Readwrite, &[ENTRIES, META])?;
        let queued = queue_writes(&transaction, records);
        if let Err(error) = queued {
            let _ = transaction.abort();
            return Err(error);
        }
        committed(&transaction).await
    }

    /// Moves unreadable records to the `unreadable` store, with why, in one
    /// transaction: copied there first, then removed from the entries.
    pub async fn set_aside(&self, unreadable: &[UnreadableRecord]) -> Result<(), StoreError> {
        let transaction =
            self.transaction(IdbTransactionMode::Readwrite, &[ENTRIES, UNREADABLE])?;
        let queued = (|| {
            let aside = transaction.object_store(UNREADABLE).map_err(refused)?;
            let entries = transaction.object_store(ENTRIES).map_err(refused)?;
            for record in unreadable {
                let kept = SetAside {
                    section: &record.section,
                    key: &record.key,
                    value: &record.value,
                    reason: record.reason.to_string(),
                    at: js_sys::Date::new_0().to_iso_string().into(),
                };
                let kept = serde_json::to_string(&kept).unwrap_or_default();
                aside.add(&kept.into()).map_err(refused)?;
                entries
                    .delete(&entry_key(&record.section, &record.key))
                    .map_err(refused)?;
            }
            Ok(())
        })();
        if let Err(error) = queued {
            let _ = transaction.abort();
            return Err(error);
        }
        committed(&transaction).await
    }
}

/// What the `unreadable` store keeps of a record, as JSON text.
#[derive(serde::Serialize)]
struct SetAside<'a> {
    section: &'a str,
    key: &'a str,
    value: &'a str,
    reason: String,
    at: String,
}

fn queue_writes(transaction: &IdbTransaction, records: &[Record]) -> Result<(), StoreError> {
    let entries = transaction.object_store(ENTRIES).map_err(refused)?;
    for record in records {
        let key = entry_key(record.section.name(), &record.key);
        match &record.value {
            Some(value) => entries.put_with_key(&value.into(), &key),
            None => entries.delete(&key),
        }
        .map_err(refused)?;
    }
    let meta = transaction.object_store(META).map_err(refused)?;
    meta.put_with_key(&SCHEMA_VERSION.into(), &VERSION_KEY.into())
        .map_err(refused)?;
    Ok(())
}
