//! `whosaid extract`: the batch job. Streams documents from every input,
//! extracts claims on all cores with results kept in input order, and writes
//! claims, documents, speakers and a summary.

use crate::same_file::Outputs;
use anyhow::{Context, Result};
use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use whosaid_attribution::{Claim, Document, Extractor};
use whosaid_corpus::{
    Batch, CorpusError, DocError, Encoding, Globs, InputDoc, InputFormat, MISSING_ID_NOTE, Record,
    SourceOptions, discover_sources_with, display_path, make_ids_unique, open_input,
    run_ordered_batches, run_ordered_batches_live,
};
use whosaid_report::{
    CLAIM_COLUMNS, ClaimRecord, ClaimWriter, CsvOptions, DOCUMENT_COLUMNS, DocStatus,
    DocumentRecord, Format, RecordWriter, ReportError, SPEAKER_COLUMNS, SPEAKER_SUMMARY_COLUMNS,
    SpeakerRecord, SpeakerRollup, SpeakerSummaryRecord, Summary, render_rows, speaker_records,
};
use whosaid_text::{OffsetMap, mask_markdown};

#[derive(Clone, Copy, ValueEnum)]
pub enum OutFormat {
    Csv,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum InFormat {
    /// From the file name: .jsonl/.ndjson/.json (JSON Lines; .json only
    /// when named, never found in a directory), .csv, .html/.htm,
    /// .md/.markdown (Markdown), else text.
    Auto,
    Text,
    /// Text with Markdown markup, which is blanked (offsets kept) before
    /// the text is read.
    Markdown,
    Html,
    Jsonl,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum EncodingArg {
    /// Strict UTF-8 (or UTF-16, told by its BOM or zero bytes): other bytes,
    /// and damaged UTF-16 (an unpaired surrogate, an odd last byte), make the
    /// document an error (a row of documents.csv) naming the byte offset.
    Utf8,
    /// UTF-8 where the bytes are valid UTF-8; each byte that is not is read
    /// as Windows-1252 (a stray curly quote pasted into a UTF-8 article, or
    /// a whole Windows-1252 file), and damaged UTF-16 as U+FFFD, with a note
    /// in documents.csv's message.
    Auto,
}

/// How the inputs are read: the arguments `whosaid extract` and `whosaid
/// split` share (flattened into both), so that they read the same
/// documents under the same ids and cannot drift apart.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Files, directories (searched recursively for .txt, .md, .markdown,
    /// .html, .htm, .jsonl, .ndjson, .csv and their .gz; a .json file is read
    /// only when named; hidden files and folders, whose name starts with a
    /// dot, and `__MACOSX` are skipped, as ripgrep skips them) or `-` for
    /// standard input. A file's doc_id is its
    /// name, or its path relative to the directory argument; files that
    /// would share one (a/story.txt, b/story.txt) take their paths as given
    /// instead.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Input format (default: from each file's name).
    #[arg(long, value_enum, default_value = "auto")]
    input_format: InFormat,
    /// JSON Lines field holding the document id [default: id]. A record
    /// without one takes its file's doc_id and line number (`news.jsonl:7`);
    /// when the field is named here, a record without it is also said on
    /// standard error, once per file.
    #[arg(long)]
    id_field: Option<String>,
    /// JSON Lines field holding the document text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// CSV column holding the document id (default: --id-field). Named
    /// here or with --id-field, a column the header lacks is an error.
    #[arg(long)]
    id_column: Option<String>,
    /// CSV column holding the document text (default: --text-field).
    #[arg(long)]
    text_column: Option<String>,
    /// How to read bytes that are not UTF-8.
    #[arg(long, value_enum, default_value = "utf8")]
    encoding: EncodingArg,
    /// Include files of a directory whose path (relative to it) or name
    /// matches GLOB; `!GLOB` excludes, a folder with all it holds when it
    /// matches the folder (`!drafts`). Repeatable, as ripgrep's --glob:
    /// `--glob '*.txt' --glob '!drafts'`. Files named directly are always
    /// read.
    #[arg(short = 'g', long = "glob", value_name = "GLOB")]
    globs: Vec<String>,
}

impl InputArgs {
    /// How each source is read.
    pub fn source_options(&self) -> SourceOptions {
        SourceOptions {
            format: match self.input_format {
                InFormat::Auto => InputFormat::Auto,
                InFormat::Text | InFormat::Markdown => InputFormat::Text,
                InFormat::Html => InputFormat::Html,
                InFormat::Jsonl => InputFormat::Jsonl,
                InFormat::Csv => InputFormat::Csv,
            },
            id_field: (self.id_column.clone())
                .or(self.id_field.clone())
                .unwrap_or_else(|| "id".to_string()),
            id_named: self.id_column.is_some() || self.id_field.is_some(),
            text_field: self.text_column.clone().unwrap_or(self.text_field.clone()),
            encoding: match self.encoding {
                EncodingArg::Utf8 => Encoding::Utf8,
                EncodingArg::Auto => Encoding::Auto,
            },
        }
    }

    /// Which documents are Markdown.
    pub fn markdown(&self) -> Markdown {
        match self.input_format {
            InFormat::Auto => Markdown::ByName,
            InFormat::Markdown => Markdown::All,
            _ => Markdown::None,
        }
    }

    /// The documents of every path, as one lazy stream (see [`records`]),
    /// leaving out the files of `outputs`.
    pub fn records(
        &self,
        outputs: Vec<PathBuf>,
    ) -> Result<(impl Iterator<Item = Record> + Send + use<>, Option<u64>)> {
        let globs = Globs::new(&self.globs)?;
        records(&self.paths, &globs, &self.source_options(), outputs)
    }
}

/// Arguments of `whosaid extract`.
#[derive(Parser)]
pub struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Write claims to this file instead of standard output (`-` is
    /// standard output).
    #[arg(short, long, conflicts_with = "out_dir")]
    output: Option<PathBuf>,
    /// Write claims.csv, documents.csv, speakers.csv and summary.json in
    /// this folder (created if need be; `-` is refused).
    #[arg(long)]
    out_dir: Option<PathBuf>,
    /// Output format of the claims (to standard output or -o; --out-dir
    /// writes CSV).
    #[arg(long, value_enum, default_value = "csv")]
    format: OutFormat,
    /// Extra cue lexicon entries (same tab-separated format as the built-in).
    #[arg(long)]
    lexicon: Vec<PathBuf>,
    /// Per-document speakers report (CSV); --out-dir writes its own
    /// speakers.csv.
    #[arg(long, conflicts_with = "out_dir")]
    speakers: Option<PathBuf>,
    /// Corpus-level speaker roll-up (CSV).
    #[arg(long)]
    speakers_summary: Option<PathBuf>,
    /// Worker threads (default: all cores; use 1 on Spark executors).
    #[arg(short, long, default_value_t = 0)]
    jobs: usize,
    /// CSV for Excel: a UTF-8 byte order mark before the header row and CRLF
    /// line ends. With --no-header there is no mark, as the part goes after
    /// one with a header, where a mark would land mid-file.
    #[arg(long)]
    excel: bool,
    /// No CSV header row, nor --excel's byte order mark (for partitions
    /// concatenated later).
    #[arg(long)]
    no_header: bool,
    /// Stop at the first document that cannot be read, with exit code 1.
    #[arg(long, conflicts_with = "exit_zero")]
    fail_fast: bool,
    /// Exit 0 even when some documents failed: they are reported in place
    /// (documents.csv, or error records in a JSON Lines stream), so a
    /// Hadoop Streaming or Spark task is not failed for them.
    #[arg(long)]
    exit_zero: bool,
    /// No progress bar or summary on standard error.
    #[arg(short, long)]
    quiet: bool,
}

/// What became of one document, ready to be written. The claim and
/// speaker rows are rendered to bytes on the worker thread, so that the one
/// writing thread only copies them out.
struct Done {
    claims: Rendered,
    speakers: Vec<SpeakerRecord>,
    speaker_rows: Rendered,
    document: DocumentRecord,
    /// The last document of a worker's batch: the rows written so far are
    /// flushed after it, so that a reader on a live pipe gets each batch's
    /// rows as soon as they are ready, not at the end of the input.
    ends_batch: bool,
}

/// Rows rendered by a worker, or why they could not be.
type Rendered = Result<Vec<u8>, ReportError>;

/// How a worker renders rows: the formats and options of the writers.
#[derive(Clone, Copy)]
struct Render {
    claims: Format,
    csv: CsvOptions,
    /// Speaker rows are written (`--speakers` or `--out-dir`).
    speakers: bool,
    /// The corpus-level speaker roll-up is kept.
    rollup: bool,
    /// Which documents are Markdown.
    markdown: Markdown,
}

/// Which documents are read as Markdown: their markup (code, HTML and
/// comments, link targets, emphasis marks) is blanked with spaces before
/// extraction, as `whosaid check` does, while every offset and text in the
/// output is still that of the original file.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Markdown {
    /// Files named `.md` or `.markdown` (`.gz` or not).
    ByName,
    /// All documents (`--input-format markdown`).
    All,
    /// None (`--input-format text` and the others).
    None,
}

impl Markdown {
    /// Whether the document read from `source` is Markdown.
    pub fn applies(self, source: &str) -> bool {
        match self {
            Markdown::All => true,
            Markdown::None => false,
            Markdown::ByName => {
                let name = source.to_ascii_lowercase();
                let name = name.strip_suffix(".gz").unwrap_or(&name);
                name.ends_with(".md") || name.ends_with(".markdown")
            }
        }
    }
}

/// How much text a worker extracts at once: several short articles go
/// through `extract_all` together, but a batch of long documents (books,
/// transcripts) is taken a few at a time, so that a worker never holds the
/// tokens and claims of more than about this much text.
const GROUP_BYTES: usize = 1 << 20;

/// Extracts the claims of a worker's batch of records, in groups of up to
/// [`GROUP_BYTES`] of text (see [`Extractor::extract_all`]), and renders
/// each document's rows.
fn process(extractor: &Extractor, render: Render, records: Vec<Record>) -> Vec<Done> {
    let mut out = Vec::with_capacity(records.len());
    let len = |r: &Record| r.text.as_ref().map_or(0, String::len);
    let mut records = records.into_iter().peekable();
    while records.peek().is_some() {
        // One group: records up to the byte budget, and always at least one.
        let mut group = Vec::new();
        let mut bytes = 0;
        while let Some(r) = records.next_if(|r| group.is_empty() || bytes + len(r) <= GROUP_BYTES) {
            bytes += len(&r);
            group.push(r);
        }
        let mut docs = Vec::with_capacity(group.len());
        let mut rest = Vec::with_capacity(group.len());
        for Record {
            id,
            source,
            text,
            note,
        } in group
        {
            match text {
                Ok(text) if render.markdown.applies(&source) => {
                    // Extraction reads the masked text; the rows quote the
                    // original, at the same byte offsets.
                    docs.push(Document::new(mask_markdown(&text).text));
                    rest.push(Ok((id, source, note, Some(text))));
                }
                Ok(text) => {
                    docs.push(Document::new(text));
                    rest.push(Ok((id, source, note, None)));
                }
                Err(e) => rest.push(Err(failed(id, source, &e))),
            }
        }
        let mut found = docs.iter().zip(extractor.extract_all(&docs));
        // `extract_all` gives one claim list per document; were one missing,
        // the driver would stop on the short batch rather than lose a row.
        out.extend(rest.into_iter().filter_map(|r| match r {
            Ok((id, source, note, original)) => found.next().map(|(doc, claims)| {
                done(render, id, source, note, doc, original.as_deref(), &claims)
            }),
            Err(done) => Some(done),
        }));
    }
    if let Some(last) = out.last_mut() {
        last.ends_batch = true;
    }
    out
}

/// The rows of a document that was read. `original` is the text before
/// Markdown masking, when `doc` holds the masked text.
fn done(
    render: Render,
    id: String,
    source: String,
    note: Option<String>,
    doc: &Document,
    original: Option<&str>,
    claims: &[Claim],
) -> Done {
    let original_map;
    let (text, map) = match original {
        Some(text) => {
            original_map = OffsetMap::new(text);
            (text, &original_map)
        }
        None => (doc.text(), doc.offsets()),
    };
    let claims: Vec<ClaimRecord> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| ClaimRecord::from_text(&id, i, text, map, c))
        .collect();
    // Speaker rows only when a speakers file or roll-up wants them.
    let speakers = if render.speakers || render.rollup {
        speaker_records(&claims)
    } else {
        Vec::new()
    };
    let speaker_rows = if render.speakers {
        render_rows(Format::Csv, render.csv, &speakers)
    } else {
        Ok(Vec::new())
    };
    let status = if doc.text().trim().is_empty() {
        DocStatus::Empty
    } else {
        DocStatus::Ok
    };
    Done {
        document: DocumentRecord {
            doc_id: id,
            source,
            bytes: doc.text().len(),
            sentences: doc.sentences().len(),
            claims: claims.len(),
            status,
            message: note,
        },
        claims: render_rows(render.claims, render.csv, &claims),
        speakers,
        speaker_rows,
        ends_batch: false,
    }
}

/// The error row of a document that could not be read. Bytes that are not
/// UTF-8 are most often a Windows-1252 or Latin-1 file: the message says
/// how to read it.
fn failed(id: String, source: String, e: &DocError) -> Done {
    let message = error_message(e);
    Done {
        claims: Ok(Vec::new()),
        speakers: Vec::new(),
        speaker_rows: Ok(Vec::new()),
        document: DocumentRecord {
            doc_id: id,
            source,
            bytes: 0,
            sentences: 0,
            claims: 0,
            status: DocStatus::Error,
            message: Some(message),
        },
        ends_batch: false,
    }
}

/// An error about the input `source`, naming it unless the message does
/// already (a stream's errors name their file and line).
pub(crate) fn located(source: &str, message: &str) -> String {
    if message.starts_with(source) {
        message.to_string()
    } else {
        format!("{source}: {message}")
    }
}

/// Why a document could not be read, with what to do about it when the
/// encoding is the cause.
pub(crate) fn error_message(e: &DocError) -> String {
    let mut message = e.to_string();
    if matches!(e, DocError::Encoding { .. } | DocError::EncodingAt { .. }) {
        message.push_str(&format!(" ({})", crate::ENCODING_HINT));
    }
    if matches!(e, DocError::Utf16At { .. } | DocError::Utf16 { .. }) {
        message.push_str(&format!(" ({UTF16_HINT})"));
    }
    if matches!(e, DocError::Binary { .. }) {
        message.push_str(&format!(" ({BINARY_HINT})"));
    }
    message
}

/// What to do about a file refused as binary: a text in an encoding that
/// is neither UTF-8 nor UTF-16 (UTF-32, say) can be saved as one.
const BINARY_HINT: &str = "if it is text, save it as UTF-8 or UTF-16 with a BOM";

/// What to do about damaged UTF-16 (an unpaired surrogate, an odd last
/// byte): the rest of such a file is still worth reading.
const UTF16_HINT: &str = "use --encoding auto to read it with U+FFFD for each damaged character";

/// "FILE: cannot write", for the context of a write error on an output.
fn write_error(path: Option<&Path>) -> String {
    format!(
        "{}: cannot write",
        path.map_or_else(String::new, display_path)
    )
}

fn create(path: &Path) -> Result<BufWriter<File>> {
    Ok(BufWriter::new(File::create(path).with_context(|| {
        format!("{}: cannot create output file", path.display())
    })?))
}

/// The documents of every path argument, as one lazy stream. A directory
/// gives its files with ids relative to it; a source that cannot be opened at
/// all (a dangling link, a CSV without the text column) becomes one error
/// record, so it is accounted for.
///
/// Also returns the number of documents when it is known up front: when
/// every input is one document (text, Markdown, HTML), not a stream.
fn records(
    paths: &[PathBuf],
    globs: &Globs,
    opts: &SourceOptions,
    outputs: Vec<PathBuf>,
) -> Result<(impl Iterator<Item = Record> + Send + use<>, Option<u64>)> {
    // Missing paths fail here, before any output is written.
    let mut inputs = discover_sources_with(paths, globs)?;
    skip_outputs(&mut inputs, &outputs)?;
    skip_old_outputs(paths, &mut inputs);
    warn_shared_ids(&make_ids_unique(&mut inputs));
    warn_nothing_found(paths, &inputs);
    let one_each = inputs.iter().all(|d| {
        d.path.as_os_str() != "-"
            && match opts.format {
                InputFormat::Auto => matches!(
                    InputFormat::from_path(&d.path),
                    InputFormat::Text | InputFormat::Html
                ),
                f => matches!(f, InputFormat::Text | InputFormat::Html),
            }
    });
    let total = one_each.then_some(inputs.len() as u64);
    let opts = opts.clone();
    let stream =
        inputs
            .into_iter()
            .flat_map(move |doc| -> Box<dyn Iterator<Item = Record> + Send> {
                match open_input(&doc, &opts) {
                    Ok(recs) => Box::new(recs),
                    Err(e) => Box::new(std::iter::once(Record {
                        id: doc.id.clone(),
                        source: doc.path.display().to_string(),
                        // The row and the message name the path already.
                        text: Err(DocError::Io(match e {
                            CorpusError::Path { source, .. } => source.to_string(),
                            e => e.to_string(),
                        })),
                        note: None,
                    })),
                }
            });
    Ok((stream, total))
}

/// Says on standard error which inputs had to be told apart by their paths
/// (see [`make_ids_unique`]).
pub(crate) fn warn_shared_ids(shared: &[(String, Vec<String>)]) {
    for (id, now) in shared {
        let mut distinct = now.clone();
        distinct.sort();
        distinct.dedup();
        if distinct.len() < now.len() {
            say!(
                "whosaid: warning: {} is given more than once; its rows appear once for each time, under the same doc_id",
                distinct.join(", ")
            );
        }
        if distinct.len() > 1 {
            say!(
                "whosaid: warning: {} inputs are named {id}; their doc_ids are their paths instead: {}",
                now.len(),
                distinct.join(", ")
            );
        }
    }
}

/// Says on standard error which directory arguments gave no file to read
/// (none of a readable kind, or none left by `--glob`): a run over them
/// succeeds with "0 documents", which a typo in a glob makes easy to miss.
pub(crate) fn warn_nothing_found(paths: &[PathBuf], inputs: &[InputDoc]) {
    for p in paths {
        if p.is_dir() && !inputs.iter().any(|d| d.path.starts_with(p)) {
            say!(
                "whosaid: warning: {}: no file to read in this directory (.txt, .md, .markdown, .html, .htm, .jsonl, .ndjson, .csv, or their .gz, kept by any --glob)",
                display_path(p)
            );
        }
    }
}

/// Leaves out of `inputs` the files this run writes (`-o`, `--out-dir`'s
/// files, `--speakers`, `--speakers-summary`): a directory walk would
/// otherwise read a previous run's output back in, after truncating it.
/// `outputs` that do not exist yet cannot have been found, so only the
/// existing ones are compared, as [`Outputs`] compares files (a link or
/// another spelling of an output is the output). An output found that is
/// no earlier output but a document ([`may_replace`]) fails the run before
/// anything is written, as `check` refuses to write over a draft.
fn skip_outputs(inputs: &mut Vec<InputDoc>, outputs: &[PathBuf]) -> Result<()> {
    let outputs = Outputs::existing(outputs);
    // No system call per file of a large corpus when nothing is written
    // over an existing file.
    if outputs.is_empty() {
        return Ok(());
    }
    let mut kept = Vec::with_capacity(inputs.len());
    for d in inputs.drain(..) {
        let Some(out) = outputs.written_as(&d.path) else {
            kept.push(d);
            continue;
        };
        if !may_replace(&d.path) {
            let (out, found) = (display_path(out), display_path(&d.path));
            let also = if found == out {
                String::new()
            } else {
                format!(" as {found}")
            };
            anyhow::bail!(
                "{out}: written by this run and found{also} as a document to read, not an earlier whosaid output; writing it would replace it, so nothing was done"
            );
        }
        say!(
            "whosaid: warning: {}: not read, it is an output of this run",
            display_path(&d.path)
        );
    }
    *inputs = kept;
    Ok(())
}

/// Whether a file found in a walk that this run would write holds an
/// earlier output rather than a document: empty, or opening with a header
/// whosaid writes or a JSON Lines claim. A CSV file is taken as one
/// whatever it holds: `--no-header` output opens with a row, which cannot
/// be told from a corpus file.
fn may_replace(path: &Path) -> bool {
    if InputFormat::from_path(path) == InputFormat::Csv {
        return true;
    }
    first_line(path).is_some_and(|line| {
        line.is_empty() || output_headers().contains(&line) || line.starts_with("{\"doc_id\":")
    })
}

/// The header lines of the CSV tables whosaid writes.
fn output_headers() -> [String; 4] {
    [
        CLAIM_COLUMNS.join(","),
        DOCUMENT_COLUMNS.join(","),
        SPEAKER_COLUMNS.join(","),
        SPEAKER_SUMMARY_COLUMNS.join(","),
    ]
}

/// Leaves out of `inputs` the CSV files found in a directory walk whose
/// header is exactly that of a table whosaid writes (claims, documents,
/// speakers, the speaker roll-up): an earlier run's `--out-dir` inside the
/// corpus would otherwise be read back as documents, once more on each run.
/// Said in one warning line. A file named on the command line is read
/// whatever it holds.
pub(crate) fn skip_old_outputs(paths: &[PathBuf], inputs: &mut Vec<InputDoc>) {
    let headers = output_headers();
    let mut skipped: Vec<String> = Vec::new();
    inputs.retain(|d| {
        let walked_csv = d
            .path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
            && !paths.contains(&d.path);
        let ours = walked_csv && first_line(&d.path).is_some_and(|line| headers.contains(&line));
        if ours {
            skipped.push(display_path(&d.path));
        }
        !ours
    });
    if let Some(first) = skipped.first() {
        let more = match skipped.len() {
            1 => String::new(),
            n => format!(" and {} more", n - 1),
        };
        say!(
            "whosaid: warning: {first}{more}: not read, the header is that of a whosaid output (claims, documents or speakers table); name such a file to read it"
        );
    }
}

/// The first line of a file without its line end or a UTF-8 byte order
/// mark (`--excel` writes both), if it can be read and is short.
fn first_line(path: &Path) -> Option<String> {
    use std::io::{BufRead, Read};
    let file = File::open(path).ok()?;
    let mut line = Vec::new();
    // A header is short: a file whose first line is not is no output.
    io::BufReader::new(file)
        .take(4096)
        .read_until(b'\n', &mut line)
        .ok()?;
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&line);
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    String::from_utf8(line.to_vec()).ok()
}

/// Refuses to run when a file named on the command line is also one this
/// run would write (`extract a.txt -o a.txt`): creating the output would
/// empty the article before it is read. Said before anything is written.
fn refuse_output_as_input(paths: &[PathBuf], outputs: &[PathBuf]) -> Result<()> {
    let outputs = Outputs::existing(outputs);
    for p in paths {
        if p.as_os_str() == "-" || !p.is_file() {
            continue;
        }
        if let Some(out) = outputs.written_as(p) {
            anyhow::bail!(
                "{}: named as an input and written as an output ({}); writing it would empty it first, so nothing was done",
                display_path(p),
                display_path(out)
            );
        }
    }
    Ok(())
}

/// Refuses two outputs that are one file (`-o x.csv --speakers x.csv`, or
/// a link to it): both tables would be written into it, one over the other.
/// Said before anything is written.
fn refuse_shared_outputs(named: &[(PathBuf, String)]) -> Result<()> {
    for (i, (a, a_opt)) in named.iter().enumerate() {
        if let Some((_, b_opt)) = named[i + 1..]
            .iter()
            .find(|(b, _)| crate::same_file::same_output(a, b))
        {
            anyhow::bail!(
                "{b_opt}: the same file as {a_opt}; each output needs a file of its own, so nothing was done"
            );
        }
    }
    Ok(())
}

/// The files `--out-dir` writes.
const OUT_DIR_FILES: [&str; 4] = [
    "claims.csv",
    "documents.csv",
    "speakers.csv",
    "summary.json",
];

/// The files `args` asks to be written (those that may already exist),
/// each with how the command line names it, for messages.
fn output_paths(args: &ExtractArgs) -> Vec<(PathBuf, String)> {
    let mut named: Vec<(PathBuf, String)> = Vec::new();
    if let Some(dir) = &args.out_dir {
        for name in OUT_DIR_FILES {
            let file = dir.join(name);
            let label = format!("--out-dir's {}", display_path(&file));
            named.push((file, label));
        }
    }
    for (path, opt) in [
        (&args.output, "-o"),
        (&args.speakers, "--speakers"),
        (&args.speakers_summary, "--speakers-summary"),
    ] {
        if let Some(p) = path {
            named.push((p.clone(), format!("{opt} {}", display_path(p))));
        }
    }
    named
}

/// Runs `whosaid extract`.
pub fn run(mut args: ExtractArgs) -> Result<ExitCode> {
    args.output = crate::file_or_stdout(args.output.take());
    if args.out_dir.as_ref().is_some_and(|d| d.as_os_str() == "-") {
        // A folder named `-` would be a surprise where `-` is standard
        // output for -o; four tables cannot share standard output.
        anyhow::bail!(
            "--out-dir -: --out-dir writes a folder of files; for the claims on standard output leave out --out-dir (or use -o -)"
        );
    }
    crate::no_dash(&args.speakers, "--speakers")?;
    crate::no_dash(&args.speakers_summary, "--speakers-summary")?;
    let extractor = Extractor::new(crate::load_lexicon(&args.lexicon)?);
    let source_opts = args.input.source_options();
    if args.out_dir.is_some() && matches!(args.format, OutFormat::Jsonl) {
        // Said before any work: --out-dir's files are CSV, and writing
        // claims.csv when JSON Lines was asked for would go unnoticed.
        anyhow::bail!(
            "--format jsonl does not apply to --out-dir, which writes CSV files; use -o FILE (or standard output) for JSON Lines"
        );
    }
    let named = output_paths(&args);
    refuse_shared_outputs(&named)?;
    let outputs: Vec<PathBuf> = named.into_iter().map(|(p, _)| p).collect();
    refuse_output_as_input(&args.input.paths, &outputs)?;
    let (stream, total) = args.input.records(outputs)?;
    let csv_opts = CsvOptions {
        header: !args.no_header,
        excel: args.excel,
    };
    // Every output is created before the work starts, the roll-up (written
    // last) first: a path that cannot be written fails the run at once, not
    // after the whole corpus was read. The output directory comes before
    // all, as the roll-up may be written into it.
    if let Some(dir) = &args.out_dir {
        fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create directory", dir.display()))?;
    }
    let summary_out = match &args.speakers_summary {
        Some(p) => Some((create(p)?, display_path(p))),
        None => None,
    };
    let (format, claims_out): (Format, Box<dyn Write>) = match (&args.out_dir, &args.output) {
        (Some(dir), _) => (Format::Csv, Box::new(create(&dir.join("claims.csv"))?)),
        (None, Some(p)) => (fmt(args.format), Box::new(create(p)?)),
        (None, None) => (
            fmt(args.format),
            Box::new(BufWriter::new(io::stdout().lock())),
        ),
    };
    // Write errors name what was being written: "No space left on device"
    // alone does not say it was standard output.
    let claims_name = match (&args.out_dir, &args.output) {
        (Some(dir), _) => display_path(&dir.join("claims.csv")),
        (None, Some(p)) => display_path(p),
        (None, None) => "standard output".to_string(),
    };
    let claims_err = || format!("{claims_name}: cannot write");
    let mut claims_w = ClaimWriter::new(format, claims_out, csv_opts).with_context(claims_err)?;
    let docs_path = args.out_dir.as_ref().map(|d| d.join("documents.csv"));
    let docs_err = || write_error(docs_path.as_deref());
    let mut docs_w: Option<RecordWriter<_, DocumentRecord>> = match &docs_path {
        Some(p) => {
            Some(RecordWriter::new(Format::Csv, create(p)?, csv_opts).with_context(docs_err)?)
        }
        None => None,
    };
    let speakers_path = args
        .out_dir
        .as_ref()
        .map(|d| d.join("speakers.csv"))
        .or(args.speakers.clone());
    let speakers_err = || write_error(speakers_path.as_deref());
    let mut speakers_w: Option<RecordWriter<_, SpeakerRecord>> = match &speakers_path {
        Some(p) => {
            Some(RecordWriter::new(Format::Csv, create(p)?, csv_opts).with_context(speakers_err)?)
        }
        None => None,
    };
    let json_path = args.out_dir.as_ref().map(|d| d.join("summary.json"));
    let json_out = match &json_path {
        Some(p) => Some(create(p)?),
        None => None,
    };
    let mut rollup = args
        .speakers_summary
        .as_ref()
        .map(|_| SpeakerRollup::default());

    let claims_on_stdout = args.out_dir.is_none() && args.output.is_none();
    let progress = progress_bar(args.quiet, claims_on_stdout, total);
    let started = Instant::now();
    let mut summary = Summary::default();
    let mut first_error: Option<String> = None;
    // Files whose records lack the id field named on the command line,
    // said once each.
    let mut missing_id: HashSet<String> = HashSet::new();
    let stream_errors = format == Format::Jsonl;
    let render = Render {
        claims: format,
        csv: csv_opts,
        speakers: speakers_w.is_some(),
        rollup: rollup.is_some(),
        markdown: args.input.markdown(),
    };
    let batch = Batch {
        jobs: args.jobs,
        ..Batch::default()
    };
    let sink = |done: Done| -> Result<()> {
        let d = &done.document;
        summary.documents += 1;
        summary.bytes += d.bytes;
        summary.claims += d.claims;
        if d.status != DocStatus::Error
            && d.message
                .as_deref()
                .is_some_and(|m| m.split("; ").any(|n| n == MISSING_ID_NOTE))
        {
            let file = d
                .source
                .rsplit_once(':')
                .map_or(d.source.as_str(), |(f, _)| f);
            if missing_id.insert(file.to_string()) {
                let field = &source_opts.id_field;
                progress.suspend(|| {
                    say!(
                        "whosaid: warning: {}: no field {field:?} (the id field asked for); such records of this file take their file and line as doc_id ({})",
                        d.source, d.doc_id
                    )
                });
            }
        }
        match d.status {
            DocStatus::Ok => summary.ok += 1,
            DocStatus::Empty => summary.empty += 1,
            DocStatus::Error => {
                summary.errors += 1;
                let msg = located(&d.source, d.message.as_deref().unwrap_or(""));
                progress.suspend(|| say!("whosaid: {msg}"));
                if stream_errors {
                    claims_w
                        .write_json_line(&serde_json::json!({
                            "doc_id": d.doc_id,
                            "source": d.source,
                            "error": d.message,
                        }))
                        .with_context(claims_err)?;
                }
                if first_error.is_none() {
                    first_error = Some(msg);
                }
            }
        }
        claims_w
            .write_rendered(&done.claims?)
            .with_context(claims_err)?;
        if let Some(w) = &mut speakers_w {
            w.write_rendered(&done.speaker_rows?)
                .with_context(speakers_err)?;
        }
        if let Some(r) = &mut rollup {
            r.add(&done.speakers);
        }
        if let Some(w) = &mut docs_w {
            w.write(&done.document).with_context(docs_err)?;
        }
        // One write per batch of up to 16 documents: no cost to speak
        // of, and a pipe's reader is never kept waiting for rows that
        // are done.
        if done.ends_batch {
            claims_w.flush().with_context(claims_err)?;
        }
        progress.inc(1);
        // No bar drawn (--quiet, or not a terminal): no message to format.
        if !progress.is_hidden() {
            progress.set_message(format!("{:.1} MB", summary.bytes as f64 / 1e6));
        }
        if args.fail_fast && d.status == DocStatus::Error {
            anyhow::bail!(FailFast);
        }
        Ok(())
    };
    let work = |rs| process(&extractor, render, rs);
    // On input that may pause (a pipe, a terminal), finished documents are
    // written while the next is awaited; on files, batches stay full.
    let result = if may_pause(&args.input.paths) {
        run_ordered_batches_live(batch, stream, work, sink)
    } else {
        run_ordered_batches(batch, stream, work, sink)
    };
    let failed_fast = match result {
        Ok(()) => false,
        Err(e) if e.is::<FailFast>() => true,
        Err(e) => return Err(e),
    };
    claims_w.flush().with_context(claims_err)?;
    if let Some(w) = &mut docs_w {
        w.flush().with_context(docs_err)?;
    }
    if let Some(w) = &mut speakers_w {
        w.flush().with_context(speakers_err)?;
    }
    summary.elapsed_seconds = started.elapsed().as_secs_f64();
    if let (Some((file, name)), Some(r)) = (summary_out, &rollup) {
        let err = || format!("{name}: cannot write");
        let mut w: RecordWriter<_, SpeakerSummaryRecord> =
            RecordWriter::new(Format::Csv, file, csv_opts).with_context(err)?;
        for rec in r.records() {
            w.write(&rec).with_context(err)?;
        }
        w.flush().with_context(err)?;
    }
    if let (Some(mut file), Some(path)) = (json_out, &json_path) {
        let json = serde_json::json!({
            "documents": summary.documents,
            "ok": summary.ok,
            "empty": summary.empty,
            "errors": summary.errors,
            "claims": summary.claims,
            "bytes": summary.bytes,
            "elapsed_seconds": summary.elapsed_seconds,
            "mb_per_second": summary.mb_per_second(),
        });
        file.write_all(format!("{json:#}\n").as_bytes())
            .and_then(|()| file.flush())
            .with_context(|| write_error(Some(path)))?;
    }
    progress.finish_and_clear();
    if !args.quiet {
        say!("whosaid: {}", summary.line());
    }
    if let (true, Some(msg)) = (failed_fast, first_error) {
        say!("whosaid: stopped at the first failed document (--fail-fast): {msg}");
    }
    Ok(if summary.errors > 0 && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Whether reading `paths` may pause between documents, waiting for a
/// writer: standard input or a named path that is not a regular file or
/// directory (a pipe, `<(zcat …)`, a terminal, a socket). A regular file
/// or directory never does.
pub(crate) fn may_pause(paths: &[PathBuf]) -> bool {
    paths.iter().any(|p| {
        if p.as_os_str() == "-" {
            !stdin_is_regular_file()
        } else {
            fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir())
        }
    })
}

/// Whether standard input is a regular file (`< corpus.jsonl`), which
/// never pauses.
#[cfg(unix)]
fn stdin_is_regular_file() -> bool {
    use std::os::fd::AsFd;
    io::stdin()
        .as_fd()
        .try_clone_to_owned()
        .map(File::from)
        .and_then(|f| f.metadata())
        .is_ok_and(|m| m.is_file())
}

#[cfg(not(unix))]
fn stdin_is_regular_file() -> bool {
    false
}

/// The sink's signal to stop under `--fail-fast`.
#[derive(Debug)]
struct FailFast;

impl std::fmt::Display for FailFast {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("stopped at the first failed document")
    }
}

impl std::error::Error for FailFast {}

fn fmt(f: OutFormat) -> Format {
    match f {
        OutFormat::Csv => Format::Csv,
        OutFormat::Jsonl => Format::Jsonl,
    }
}

/// Progress on standard error (documents, MB, rate, ETA), drawn only when it
/// is a terminal: never on standard output, never into CI logs, and not
/// when the claims themselves are printed on a terminal (`claims_on_stdout`),
/// which is most likely the same one: bar and rows would share its lines.
fn progress_bar(quiet: bool, claims_on_stdout: bool, total: Option<u64>) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() || (claims_on_stdout && io::stdout().is_terminal()) {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    // A bar with an ETA when the number of documents is known, a spinner
    // for streams. The bar takes what the rest of the line leaves of the
    // terminal's width, so the line never wraps.
    let template = match total {
        Some(_) => "{wide_bar} {pos}/{len} {documents}  {msg}  {rate}  ETA {eta}",
        None => "{spinner} {pos} {documents}  {msg}  {rate}  {elapsed}",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        let style = style
            .with_key(
                "documents",
                |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let n = s.len().unwrap_or(s.pos());
                    let _ = w.write_str(documents_word(n));
                },
            )
            .with_key(
                "rate",
                |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = w.write_str(&rate(s.per_sec()));
                },
            );
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// "1 document", "2 documents".
fn documents_word(n: u64) -> &'static str {
    if n == 1 { "document" } else { "documents" }
}

/// Documents per second as a whole number (`1076/s`): the decimals of an
/// estimate only flicker.
fn rate(per_sec: f64) -> String {
    if per_sec.is_finite() && per_sec >= 0.0 {
        format!("{per_sec:.0}/s")
    } else {
        "-/s".to_string()
    }
}
