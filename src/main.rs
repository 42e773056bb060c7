//! The `whosaid` command line: a thin layer over the library crates that
//! parses arguments, shows progress and decides exit codes.
//!
//! Exit codes: 0 when every document was processed, 1 when some documents
//! could not be read (all others are still written), 2 on a usage or fatal
//! I/O error.

/// `eprintln!` that cannot panic: a message to a standard error that is
/// closed (`2>&1 | head -1`) is dropped, and the exit code still says how
/// the run went.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod extract_cmd;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use whosaid_attribution::{Document, Extractor, Lexicon};
use whosaid_report::ReportError;
use whosaid_text::{OffsetMap, mask_markdown};

mod check_cmd;
mod same_file;

// Extraction allocates many small strings per document on every worker
// thread; mimalloc's per-thread heaps make that markedly faster than the
// system allocator and keep the threads from contending.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "Reads news text and reports who claimed what"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lint editorial drafts for attribution problems (a CI gate).
    Check(check_cmd::CheckArgs),
    /// Extract claims (who said what) from articles into CSV or JSON Lines.
    Extract(extract_cmd::ExtractArgs),
    /// Print the sentences of articles, one per line or as JSON Lines.
    Split(SplitArgs),
    /// Score extraction against gold BRAT annotations (PolNeAR layout).
    Eval(EvalArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum EvalFormat {
    Text,
    Json,
}

#[derive(Parser)]
struct EvalArgs {
    /// Gold directory (PolNeAR's layout): `text/NAME.txt` and, for each,
    /// `attributions/NAME.ann` or `attributions/NAME_ANNOTATOR.ann` (the
    /// first in sorted order when there are several).
    #[arg(long)]
    gold: PathBuf,
    /// Output format: a table, or JSON for scripts.
    #[arg(long, value_enum, default_value = "text")]
    format: EvalFormat,
    /// Extra cue lexicon entries.
    #[arg(long)]
    lexicon: Vec<PathBuf>,
    /// Also write every span that did not match exactly (missed, spurious,
    /// or with other boundaries) to this file as JSON Lines, for error
    /// analysis (`-` is refused: standard output has the scores).
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum SplitFormat {
    Text,
    Jsonl,
}

/// Arguments of `whosaid split`: the inputs are read as `extract` reads
/// them, with the same options.
#[derive(Parser)]
struct SplitArgs {
    #[command(flatten)]
    input: extract_cmd::InputArgs,
    /// Output format: one sentence per line, or JSON Lines with offsets
    /// (characters, as in extract's output).
    #[arg(long, value_enum, default_value = "text")]
    format: SplitFormat,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract_cmd::run(args),
        Command::Check(args) => check_cmd::run(args),
        Command::Split(args) => split(args),
        Command::Eval(args) => eval(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            // Each cause once: library errors already name their cause in
            // their own message ("path: No such file or directory").
            let mut msg = err.to_string();
            for cause in err.chain().skip(1) {
                let c = cause.to_string();
                if !msg.contains(&c) {
                    msg.push_str(": ");
                    msg.push_str(&c);
                }
            }
            say!("whosaid: error: {msg}");
            ExitCode::from(2)
        }
    }
}

/// One JSON line per span of `name` that did not match exactly, with its
/// character offsets and text.
fn write_mismatches(
    w: &mut impl Write,
    name: &str,
    doc: &Document,
    gold: &[whosaid_eval::Relation],
    predicted: &[whosaid_eval::Relation],
) -> io::Result<()> {
    let text = doc.text();
    let at = |c: usize| doc.offsets().byte_offset(c);
    let piece = |f: Option<(usize, usize)>| f.map(|(s, e)| &text[at(s)..at(e).max(at(s))]);
    /// Field order is the column order readers see.
    #[derive(serde::Serialize)]
    struct Row<'a> {
        doc: &'a str,
        role: whosaid_eval::Role,
        kind: whosaid_eval::MismatchKind,
        gold_start: Option<usize>,
        gold_end: Option<usize>,
        gold_text: Option<&'a str>,
        predicted_start: Option<usize>,
        predicted_end: Option<usize>,
        predicted_text: Option<&'a str>,
    }
    for m in whosaid_eval::mismatches(text, gold, predicted) {
        let row = serde_json::to_string(&Row {
            doc: name,
            role: m.role,
            kind: m.kind,
            gold_start: m.gold.map(|f| f.0),
            gold_end: m.gold.map(|f| f.1),
            gold_text: piece(m.gold),
            predicted_start: m.predicted.map(|f| f.0),
            predicted_end: m.predicted.map(|f| f.1),
            predicted_text: piece(m.predicted),
        })?;
        writeln!(w, "{row}")?;
    }
    Ok(())
}

/// A closed pipe (`whosaid extract … | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<ReportError>()
                .is_some_and(|e| e.io_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}

/// `-o -` names standard output, as `-` names standard input among the
/// paths: the common convention of command-line tools, where a file called
/// `-` would be a surprise. Returns the path with `-` taken out.
pub(crate) fn file_or_stdout(path: Option<PathBuf>) -> Option<PathBuf> {
    path.filter(|p| p.as_os_str() != "-")
}

/// Refuses `-` for a second output: standard output already carries the
/// main report (the claims, the lint report, the scores), and two reports
/// interleaved there could not be read back.
pub(crate) fn no_dash(path: &Option<PathBuf>, option: &str) -> Result<()> {
    if path.as_ref().is_some_and(|p| p.as_os_str() == "-") {
        anyhow::bail!(
            "{option} -: standard output is for the main report; give {option} a file name"
        );
    }
    Ok(())
}

/// What to do about bytes that are not UTF-8, added to that error by
/// `extract` and `check` alike: such a file is most often Windows-1252.
pub(crate) const ENCODING_HINT: &str = "if it is Windows-1252 or Latin-1, use --encoding auto";

/// The built-in lexicon extended with the user's files.
pub(crate) fn load_lexicon(paths: &[PathBuf]) -> Result<Lexicon> {
    let mut lexicon = Lexicon::builtin();
    for path in paths {
        let data = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read lexicon", path.display()))?;
        lexicon.extend_from_str(&data, &path.display().to_string())?;
    }
    Ok(lexicon)
}

fn split(args: SplitArgs) -> Result<ExitCode> {
    // The same inputs as extract, read by the same code: directories walked
    // for every format, globs, gzip, the encodings, HTML reduced to text,
    // Markdown masked, one document per JSON Lines line or CSV record, `-`
    // for standard input, the same ids.
    let markdown = args.input.markdown();
    // On input that may pause, each document's sentences go out before
    // the next is awaited, as extract's rows do.
    let live = extract_cmd::may_pause(&args.input.paths);
    let (records, _) = args.input.records(Vec::new())?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for record in records {
        let text = match record.text {
            Ok(t) => t,
            Err(e) => {
                let msg = extract_cmd::error_message(&e);
                say!("whosaid: {}", extract_cmd::located(&record.source, &msg));
                failed = true;
                continue;
            }
        };
        // Markdown is split on its prose, as extract reads it, and printed
        // as the file has it: masking keeps every byte offset.
        let (d, original) = if markdown.applies(&record.source) {
            (Document::new(mask_markdown(&text).text), Some(text))
        } else {
            (Document::new(text), None)
        };
        let original_map = original.as_deref().map(OffsetMap::new);
        let (text, map) = match (&original, &original_map) {
            (Some(t), Some(m)) => (t.as_str(), m),
            _ => (d.text(), d.offsets()),
        };
        for (i, s) in d.sentences().iter().enumerate() {
            let sentence = text.get(s.start..s.end).unwrap_or_else(|| s.text(d.text()));
            match args.format {
                SplitFormat::Text => writeln!(out, "{}", one_line(sentence))?,
                SplitFormat::Jsonl => {
                    let rec = serde_json::json!({
                        "doc_id": record.id,
                        "sentence_index": i,
                        "start": map.char_offset(s.start),
                        "end": map.char_offset(s.end),
                        "text": sentence,
                    });
                    writeln!(out, "{rec}")?;
                }
            }
        }
        if live {
            out.flush()?;
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A sentence on one line: every line break inside it (CR, LF, vertical
/// tab, form feed, NEL, the Unicode line and paragraph separators) becomes
/// a space in this view only, so that one line is one sentence for any
/// reader.
fn one_line(sentence: &str) -> String {
    sentence
        .chars()
        .map(|c| match c {
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => ' ',
            c => c,
        })
        .collect()
}

fn eval(args: EvalArgs) -> Result<ExitCode> {
    use whosaid_eval::{Relation, Scorer, load_gold, render_table};
    no_dash(&args.errors, "--errors")?;
    let extractor = Extractor::new(load_lexicon(&args.lexicon)?);
    let gold = load_gold(&args.gold)?;
    for name in &gold.report.texts_without_annotations {
        say!(
            "whosaid: {}: no annotation file; scored as having no attributions",
            name
        );
    }
    let mut errors = match &args.errors {
        Some(path) => Some((
            BufWriter::new(
                std::fs::File::create(path)
                    .with_context(|| format!("cannot create {}", path.display()))?,
            ),
            path,
        )),
        None => None,
    };
    let mut scorer = Scorer::new();
    for g in &gold.docs {
        let doc = Document::new(g.text.as_str());
        let map = doc.offsets();
        let frag =
            |s: whosaid_attribution::Span| vec![(map.char_offset(s.start), map.char_offset(s.end))];
        let predicted: Vec<Relation> = extractor
            .extract(&doc)
            .iter()
            // Scored in the gold's conventions: the cue with its verb group
            // ("has said"), the content with its complementizer ("that …"),
            // and the object of a target cue as content ("criticized
            // Clinton for accepting …" → "Clinton for accepting …").
            .map(|c| {
                let content = c
                    .content
                    .map(|k| c.complementizer.map_or(k, |m| m.cover(k)));
                let content = match c.target {
                    Some(t) if t.start >= c.cue.end => Some(content.map_or(t, |k| t.cover(k))),
                    _ => content,
                }
                // '"…," he said on Tuesday, "…"': the pieces around the
                // attribution, as the gold marks a discontinuous span.
                .map(|k| {
                    c.without_gap(k)
                        .into_iter()
                        .flat_map(frag)
                        .collect::<Vec<_>>()
                });
                Relation::new(c.source.map(frag), Some(frag(c.cue_group)), content)
            })
            .collect();
        scorer.add(&g.text, &g.relations, &predicted);
        if let Some((w, path)) = &mut errors {
            write_mismatches(w, &g.name, &doc, &g.relations, &predicted)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    if let Some((mut w, path)) = errors {
        w.flush()
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let scores = scorer.scores();
    let mut out = io::stdout().lock();
    match args.format {
        EvalFormat::Text => write!(out, "{}", render_table(&scores))?,
        EvalFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&scores)?)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
