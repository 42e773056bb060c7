//! `whosaid check`: lint editorial drafts for attribution problems, as a CI
//! gate. Exit codes: 0 when no finding reaches `fail-on`, 1 when one does, 2
//! on an error (a missing path, an unreadable or non-UTF-8 file, a bad
//! config or baseline file). Files are decoded as `extract` decodes them
//! (`--encoding`).

use anyhow::{Context, Result};
use clap::ValueEnum;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::same_file::Outputs;
use whosaid_check::{
    Baseline, CheckError, Checker, Config, ConfigStore, Failure, FileKind, FileReport, Layer,
    OutputFormat, Severity, Summary, discover_files, display_path, render,
};

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Source line with a caret under each finding.
    Full,
    /// One line per finding: path:line:col: CODE [severity] message.
    Concise,
    /// A JSON array of findings.
    Json,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// GitHub Actions annotations (workflow commands).
    Github,
    /// Spreadsheet-safe CSV.
    Csv,
}

/// How bytes that are not UTF-8 are read (as `extract --encoding`).
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EncodingArg {
    /// Strict UTF-8: a file that is not is an error (exit 2).
    Utf8,
    /// UTF-8, else Windows-1252 (Latin-1).
    Auto,
}

#[derive(Clone, Copy, ValueEnum)]
enum Level {
    Error,
    Warning,
    Info,
}

/// Arguments of `whosaid check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// Markdown or text files, directories (searched recursively for .md,
    /// .markdown, .mdx and .txt files, respecting .gitignore), or `-` for standard
    /// input. A file named here with another extension than .md, .markdown,
    /// .mdx or .txt (and not extensionless) is skipped with a warning.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "full")]
    output_format: Format,
    /// Write the report to this file instead of standard output (`-` is
    /// standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Use this config file for every file instead of the nearest whosaid.toml.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Run only these rules (codes or names, comma-separated; ALL for every rule).
    #[arg(long, value_delimiter = ',')]
    select: Option<Vec<String>>,
    /// Do not run these rules (codes or names, comma-separated).
    #[arg(long, value_delimiter = ',')]
    ignore: Vec<String>,
    /// The lowest severity that makes the run fail (default: from config, else error).
    #[arg(long, value_enum)]
    fail_on: Option<Level>,
    /// Exit 0 even when findings reach fail-on (errors still exit 2).
    #[arg(long)]
    exit_zero: bool,
    /// Report only findings not in this baseline file.
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// Write all current findings to this baseline file and exit 0.
    #[arg(long)]
    write_baseline: Option<PathBuf>,
    /// How to read files that are not UTF-8 (a UTF-16 or UTF-8 byte order
    /// mark is always honoured, and UTF-16 without one is told by its zero
    /// bytes).
    #[arg(long, value_enum, default_value = "utf8")]
    encoding: EncodingArg,
    /// Worker threads (default: all cores).
    #[arg(short, long, default_value_t = 0)]
    jobs: usize,
    /// The name under which text read from standard input (`-`) is
    /// reported and configured; its extension says whether it is Markdown
    /// (default: `-`, read as Markdown).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<PathBuf>,
}

/// Refuses, before anything is written, a run whose report (`-o`) or
/// baseline (`--write-baseline`) would replace a file it reads: a draft
/// named on the command line (`check a.md -o a.md`, or a shell glob that
/// names the output), the config (`--config`, or any `whosaid.toml`), the
/// baseline it filters by (`-o` only: `--baseline b.json --write-baseline
/// b.json` renews it), or a draft `found` in a searched directory. A report
/// of an earlier run found in a searched directory may be replaced: it is
/// told by its first line, and not checked. Files are compared as
/// [`Outputs`] compares them, however each path is spelled or linked.
fn refuse_overwrites(args: &CheckArgs, found: &[PathBuf]) -> Result<()> {
    // -o alongside --write-baseline writes nothing.
    let report = args
        .output
        .as_ref()
        .filter(|_| args.write_baseline.is_none());
    for (out, opt) in [
        (report, "-o"),
        (args.write_baseline.as_ref(), "--write-baseline"),
    ] {
        let Some(out) = out else { continue };
        let this = Outputs::existing([out]);
        if this.is_empty() {
            continue;
        }
        let is = |p: Option<&std::path::Path>| p.is_some_and(|p| this.written_as(p).is_some());
        let refuse = |what: String| -> Result<()> {
            anyhow::bail!(
                "{opt} {}: {what}; writing it would replace it, so nothing was done",
                display_path(out)
            )
        };
        let config_named = std::fs::canonicalize(out).is_ok_and(|c| {
            c.file_name()
                .is_some_and(|n| n == whosaid_check::CONFIG_FILE)
        });
        if config_named || is(args.config.as_deref()) {
            refuse("it is a config file".into())?;
        }
        if opt == "-o" && is(args.baseline.as_deref()) {
            refuse("it is the baseline given with --baseline".into())?;
        }
        for p in &args.paths {
            if p.as_os_str() != whosaid_check::STDIN && is(Some(p)) {
                refuse(format!(
                    "it is named as a draft to check ({})",
                    display_path(p)
                ))?;
            }
        }
        for f in found {
            if is(Some(f)) && !whosaid_check::looks_like_output(f) {
                let dir = args.paths.iter().find(|p| f.starts_with(p)).unwrap_or(f);
                refuse(format!(
                    "it is a draft under {} ({}), not an earlier report",
                    display_path(dir),
                    display_path(f)
                ))?;
            }
        }
    }
    Ok(())
}

/// Runs `whosaid check`.
pub fn run(mut args: CheckArgs) -> Result<ExitCode> {
    args.output = crate::file_or_stdout(args.output.take());
    crate::no_dash(&args.write_baseline, "--write-baseline")?;
    let fail_on = args.fail_on.map(|l| match l {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
        Level::Info => Severity::Info,
    });
    let cli = Layer::from_cli(args.select.as_deref(), &args.ignore, fail_on)
        .map_err(|m| anyhow::anyhow!("{m}"))?;
    let explicit = args.config.as_deref().map(Config::load).transpose()?;
    let baseline = args.baseline.as_deref().map(Baseline::load).transpose()?;
    let store = ConfigStore::new(explicit, cli);
    // Searched before any output is created, so that the outputs found
    // are files from before this run, compared with what it would replace.
    let mut discovered = discover_files(&args.paths);
    refuse_overwrites(&args, &discovered.files)?;
    // The report of an earlier run in a searched directory is no draft: a
    // second run would flag it.
    let own = Outputs::existing(args.output.iter().chain(&args.write_baseline));
    discovered.files.retain(|f| {
        let is_own = own.written_as(f).is_some();
        if is_own {
            say!(
                "whosaid: warning: {}: not checked, it is an output of this run",
                display_path(f)
            );
        }
        !is_own
    });
    // Opened before the work, so that a path that cannot be written fails
    // at once, not after every file was checked.
    // --write-baseline writes no report: -o is then left alone.
    let out: Option<Box<dyn Write>> = match (&args.output, &args.write_baseline) {
        (_, Some(_)) => None,
        (Some(p), None) => Some(Box::new(BufWriter::new(
            std::fs::File::create(p)
                .with_context(|| format!("{}: cannot create output file", p.display()))?,
        ))),
        (None, None) => Some(Box::new(BufWriter::new(io::stdout().lock()))),
    };
    let stdin_name = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| PathBuf::from(whosaid_check::STDIN));
    let stdin_kind = if args.stdin_filename.is_some() {
        FileKind::from_path(&stdin_name)
    } else {
        FileKind::Markdown
    };
    let stdin_bytes = if discovered
        .files
        .iter()
        .any(|f| f.as_os_str() == whosaid_check::STDIN)
    {
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes)
            .context("standard input: cannot read")?;
        Some(bytes)
    } else {
        None
    };
    for p in &discovered.skipped {
        say!(
            "whosaid: {}: skipped: not Markdown (.md, .markdown, .mdx) or plain text (.txt, or no extension)",
            display_path(p)
        );
    }
    let files = discovered.files;
    let mut failed_files = 0;
    let mut reported = std::collections::HashSet::new();
    let mut summary = Summary::default();
    // A path that cannot be searched fails the run (exit 2), and every
    // other file is still checked and reported.
    for e in discovered.errors {
        failed_files += 1;
        let msg = e.to_string();
        say!("whosaid: {msg}");
        let path = match &e {
            CheckError::Missing(p)
            | CheckError::Walk { path: p, .. }
            | CheckError::Read { path: p, .. } => display_path(p),
            _ => String::new(),
        };
        reported.insert(msg.clone());
        summary.failures.push(Failure { path, message: msg });
    }
    if files.is_empty() {
        // As ruff does: a gate that checks nothing should say so.
        say!("whosaid: warning: no Markdown or plain-text files found under the given paths");
    }

    let checker = Checker::new().with_encoding(match args.encoding {
        EncodingArg::Utf8 => whosaid_corpus::Encoding::Utf8,
        EncodingArg::Auto => whosaid_corpus::Encoding::Auto,
    });
    let jobs = if args.jobs == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        args.jobs
    }
    .clamp(1, files.len().max(1));
    let next = AtomicUsize::new(0);
    type Outcome = Result<(FileReport, Severity), CheckError>;
    let mut results: Vec<(usize, Outcome)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = files.get(i) else { break };
                        let outcome = match &stdin_bytes {
                            Some(bytes) if path.as_os_str() == whosaid_check::STDIN => {
                                store.settings_for(&stdin_name).and_then(|s| {
                                    checker
                                        .check_bytes(
                                            bytes.clone(),
                                            &stdin_name,
                                            &display_path(&stdin_name),
                                            stdin_kind,
                                            &s,
                                        )
                                        .map(|r| (r, s.fail_on))
                                })
                            }
                            _ => store.settings_for(path).and_then(|s| {
                                checker
                                    .check_file(path, &display_path(path), &s)
                                    .map(|r| (r, s.fail_on))
                            }),
                        };
                        done.push((i, outcome));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);

    let mut diags = Vec::new();
    let mut fail_levels = std::collections::HashMap::new();
    for (i, outcome) in results {
        match outcome {
            Ok((report, level)) => {
                summary.files += 1;
                summary.suppressed += report.suppressed;
                fail_levels.insert(report.path.clone(), level);
                diags.extend(report.diagnostics);
            }
            Err(e) => {
                failed_files += 1;
                // A bad config file fails every file under it: say it once.
                let msg = match &e {
                    // Worded as extract words it, hint included.
                    CheckError::Text { source, .. } => crate::extract_cmd::error_message(source),
                    _ => e.to_string(),
                };
                if reported.insert(msg.clone()) {
                    say!("whosaid: {msg}");
                }
                summary.failures.push(Failure {
                    path: files.get(i).map(|p| display_path(p)).unwrap_or_default(),
                    message: msg,
                });
            }
        }
    }

    if let Some(path) = &args.write_baseline {
        let b = Baseline::from_diagnostics(&diags, path);
        b.write(path)?;
        say!(
            "whosaid: wrote {} finding{} to {}",
            b.len(),
            if b.len() == 1 { "" } else { "s" },
            path.display()
        );
        return Ok(if failed_files > 0 {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        });
    }
    if let Some(b) = &baseline {
        let (new, matched) = b.filter(diags);
        diags = new;
        summary.baselined = matched;
    }

    let format = match args.output_format {
        Format::Full => OutputFormat::Full,
        Format::Concise => OutputFormat::Concise,
        Format::Json => OutputFormat::Json,
        Format::Sarif => OutputFormat::Sarif,
        Format::Github => OutputFormat::Github,
        Format::Csv => OutputFormat::Csv,
    };
    let Some(mut out) = out else {
        // Only a --write-baseline run has no report, and it returned above.
        return Ok(ExitCode::SUCCESS);
    };
    let written = render(format, &diags, &summary, &mut out)
        .map_err(anyhow::Error::from)
        .and_then(|()| out.flush().map_err(anyhow::Error::from));
    if let Err(e) = written {
        let broken = e.chain().any(|c| {
            c.downcast_ref::<CheckError>()
                .and_then(CheckError::io_kind)
                .or_else(|| c.downcast_ref::<io::Error>().map(io::Error::kind))
                == Some(io::ErrorKind::BrokenPipe)
        });
        // A reader that stops early (`| head`) ends the report, not the
        // verdict: the exit code still says whether there were findings,
        // as ripgrep's does.
        if !broken {
            return Err(e);
        }
    }

    let failing = diags.iter().any(|d| {
        let level = fail_levels.get(&d.path).copied().unwrap_or(Severity::Error);
        d.severity >= level
    });
    Ok(if failed_files > 0 {
        ExitCode::from(2)
    } else if failing && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
