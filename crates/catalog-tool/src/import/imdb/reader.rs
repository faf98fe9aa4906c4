//! Reading one dataset file line by line, into one reused buffer. A gzipped
//! file is inflated on a second thread: inflating is a good part of the
//! work, and parsing need not wait for it.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use flate2::read::MultiGzDecoder;

use super::{ImdbError, split_row};
use crate::import::{InputError, Origin};

/// One of the six files: its name without `.gz`, and its columns.
pub(super) struct Dataset<const N: usize> {
    pub name: &'static str,
    pub columns: [&'static str; N],
}

/// Read buffer of a plain file.
const READ_BUFFER: usize = 256 * 1024;

/// Inflated bytes handed from the inflating thread at a time.
const BLOCK: usize = 1024 * 1024;

/// Blocks inflated ahead of the parser: enough to smooth out both sides,
/// few enough that memory stays at a few MB.
const BLOCKS_AHEAD: usize = 4;

/// A file read line by line into one reused buffer.
pub(super) struct TsvReader {
    /// The name shown in errors: `title.basics.tsv.gz`.
    pub file: String,
    input: Box<dyn BufRead>,
    buffer: Vec<u8>,
    /// The line last read, from 1 (the header).
    pub line: u64,
    /// Non-empty lines after the header.
    pub rows: u64,
}

/// One non-empty line, without its line ending.
pub(super) struct Line<'a> {
    pub file: &'a str,
    pub number: u64,
    pub bytes: &'a [u8],
}

impl Line<'_> {
    pub fn origin(&self) -> Origin {
        Origin {
            file: self.file.to_owned(),
            line: self.number,
        }
    }

    pub fn error(&self, field: &str, message: impl Into<String>) -> InputError {
        InputError::new(&self.origin(), field, message)
    }

    /// The line split into `N` fields, or the error saying how many it has.
    pub fn fields<const N: usize>(&self) -> Result<[&[u8]; N], InputError> {
        split_row::<N>(self.bytes).map_err(|found| {
            self.error(
                "",
                format!("expected {N} tab-separated columns, found {found}"),
            )
        })
    }
}

impl TsvReader {
    /// Opens `NAME.gz`, or else `NAME`, and checks its header.
    pub fn open<const N: usize>(dir: &Path, dataset: &Dataset<N>) -> Result<TsvReader, ImdbError> {
        let gz_name = format!("{}.gz", dataset.name);
        let (file, gzipped) = if dir.join(&gz_name).is_file() {
            (gz_name, true)
        } else if dir.join(dataset.name).is_file() {
            (dataset.name.to_owned(), false)
        } else {
            return Err(ImdbError::Missing {
                dir: dir.to_owned(),
                file: dataset.name.to_owned(),
            });
        };
        let io_error = |source| ImdbError::Io {
            file: file.clone(),
            source,
        };
        let opened = File::open(dir.join(&file)).map_err(io_error)?;
        let input: Box<dyn BufRead> = if gzipped {
            Box::new(Inflater::spawn(opened).map_err(io_error)?)
        } else {
            Box::new(BufReader::with_capacity(READ_BUFFER, opened))
        };
        let mut reader = TsvReader {
            file,
            input,
            buffer: Vec::with_capacity(1024),
            line: 0,
            rows: 0,
        };
        reader.check_header(&dataset.columns)?;
        Ok(reader)
    }

    fn check_header(&mut self, columns: &[&str]) -> Result<(), ImdbError> {
        let expected = columns.join("\t");
        let found = match self.read_line()? {
            Some(len) => self.buffer.get(..len).unwrap_or_default(),
            None => &[],
        };
        // A byte-order mark is no part of the first column's name.
        let found = found.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(found);
        if found == expected.as_bytes() {
            return Ok(());
        }
        Err(ImdbError::Header {
            file: self.file.clone(),
            found: String::from_utf8_lossy(found).replace('\t', " "),
            expected: columns.join(", "),
        })
    }

    /// Reads the next line into the buffer; its length without the line
    /// ending, or `None` at the end of the file.
    fn read_line(&mut self) -> Result<Option<usize>, ImdbError> {
        self.buffer.clear();
        let read = self
            .input
            .read_until(b'\n', &mut self.buffer)
            .map_err(|source| ImdbError::Io {
                file: self.file.clone(),
                source,
            })?;
        if read == 0 {
            return Ok(None);
        }
        self.line += 1;
        Ok(Some(trim_line_end(&self.buffer).len()))
    }

    /// The next line that is not empty (files may end with blank lines).
    pub fn next_line(&mut self) -> Result<Option<Line<'_>>, ImdbError> {
        let len = loop {
            match self.read_line()? {
                None => return Ok(None),
                Some(0) => continue,
                Some(len) => break len,
            }
        };
        self.rows += 1;
        Ok(Some(Line {
            file: &self.file,
            number: self.line,
            bytes: self.buffer.get(..len).unwrap_or_default(),
        }))
    }
}

/// The line without its `\n` or `\r\n`.
pub(super) fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The inflated bytes of a gzip file, made by a thread of their own and
/// read in blocks.
struct Inflater {
    blocks: Receiver<io::Result<Vec<u8>>>,
    /// Blocks read, sent back to be filled again.
    spent: SyncSender<Vec<u8>>,
    block: Vec<u8>,
    position: usize,
    worker: Option<JoinHandle<()>>,
}

impl Inflater {
    fn spawn(file: File) -> io::Result<Inflater> {
        let (full, blocks) = sync_channel(BLOCKS_AHEAD);
        let (spent, empty) = sync_channel(BLOCKS_AHEAD + 2);
        let worker = std::thread::Builder::new()
            .name("imdb-inflate".into())
            .spawn(move || inflate(file, &full, &empty))?;
        Ok(Inflater {
            blocks,
            spent,
            block: Vec::new(),
            position: 0,
            worker: Some(worker),
        })
    }

    /// At the end: a thread that stopped without saying why has failed.
    fn finish(&mut self) -> io::Result<()> {
        match self.worker.take().map(JoinHandle::join) {
            Some(Err(_)) => Err(io::Error::other("the thread inflating the file failed")),
            _ => Ok(()),
        }
    }
}

/// Inflates `file` into blocks until its end, an error, or nobody reads.
fn inflate(file: File, full: &SyncSender<io::Result<Vec<u8>>>, empty: &Receiver<Vec<u8>>) {
    // Multi-member: a gzip file may be several gzip streams one after another.
    let mut decoder = MultiGzDecoder::new(file);
    loop {
        let mut block = empty
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(BLOCK));
        block.clear();
        match (&mut decoder).take(BLOCK as u64).read_to_end(&mut block) {
            Ok(0) => return,
            Ok(_) => {
                if full.send(Ok(block)).is_err() {
                    return;
                }
            }
            Err(error) => {
                let _ = full.send(Err(error));
                return;
            }
        }
    }
}

impl Read for Inflater {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let count = available.len().min(out.len());
        if let (Some(to), Some(from)) = (out.get_mut(..count), available.get(..count)) {
            to.copy_from_slice(from);
        }
        self.consume(count);
        Ok(count)
    }
}

impl BufRead for Inflater {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.position >= self.block.len() {
            match self.blocks.recv() {
                Ok(Ok(block)) => {
                    let spent = std::mem::replace(&mut self.block, block);
                    // If the thread has enough blocks, this one is freed.
                    let _ = self.spent.try_send(spent);
                    self.position = 0;
                }
                Ok(Err(error)) => return Err(error),
                Err(_) => {
                    self.finish()?;
                    return Ok(&[]);
                }
            }
        }
        Ok(self.block.get(self.position..).unwrap_or_default())
    }

    fn consume(&mut self, amount: usize) {
        self.position = (self.position + amount).min(self.block.len());
    }
}
