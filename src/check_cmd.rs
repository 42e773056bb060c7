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
/// b.json` renews it), or a draft found in a searched directory. A report
/// of an earlier run found in a searched directory may be replaced: it is
/// told by its first line, and not checked.
fn refuse_overwrites(args: &CheckArgs) -> Result<()> {
    let canon = |p: &std::path::Path| std::fs::canonicalize(p).ok();
    let outputs: Vec<(&PathBuf, PathBuf, &str)> = [
        (&args.output, "-o"),
        (&args.write_baseline, "--write-baseline"),
    ]
    .into_iter()
    .filter_map(|(p, opt)| p.as_ref().map(|p| (p, opt)))
    .filter_map(|(p, opt)| canon(p).map(|c| (p, c, opt)))
    .collect();
    let refuse = |out: &PathBuf, opt: &str, what: String| -> Result<()> {
        anyhow::bail!(
            "{opt} {}: {what}; writing it would replace it, so nothing was done",
            display_path(out)
        )
    };
    for (out, c, opt) in &outputs {
        // -o alongside --write-baseline writes nothing.
        if *opt == "-o" && args.write_baseline.is_some() {
            continue;
        }
        if c.file_name()
            .is_some_and(|n| n == whosaid_check::CONFIG_FILE)
            || args.config.as_deref().and_then(canon).as_ref() == Some(c)
        {
            refuse(out, opt, "it is a config file".into())?;
        }
        if *opt == "-o" && args.baseline.as_deref().and_then(canon).as_ref() == Some(c) {
            refuse(out, opt, "it is the baseline given with --baseline".into())?;
        }
        for p in &args.paths {
            if p.as_os_str() == whosaid_check::STDIN {
                continue;
            }
            if canon(p).as_ref() == Some(c) {
                refuse(
                    out,
                    opt,
                    format!("it is named as a draft to check ({})", display_path(p)),
                )?;
            }
            if p.is_dir()
                && canon(p).is_some_and(|d| c.starts_with(&d))
                && whosaid_check::is_walked(c)
                && !whosaid_check::looks_like_output(c)
            {
                refuse(
                    out,
                    opt,
                    format!(
                        "it is a draft under {}, not an earlier report",
                        display_path(p)
                    ),
                )?;
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
    refuse_overwrites(&args)?;
    // Opened before the work, so that a path that cannot be written fails
    // at once, not after every file was checked.
    let existed = |p: &Option<PathBuf>| p.as_ref().is_some_and(|p| p.exists());
    let (report_existed, baseline_existed) = (existed(&args.output), existed(&args.write_baseline));
    // --write-baseline writes no report: -o is then left alone.
    let out: Option<Box<dyn Write>> = match (&args.output, &args.write_baseline) {
        (_, Some(_)) => None,
        (Some(p), None) => Some(Box::new(BufWriter::new(
            std::fs::File::create(p)
                .with_context(|| format!("{}: cannot create output file", p.display()))?,
        ))),
        (None, None) => Some(Box::new(BufWriter::new(io::stdout().lock()))),
    };
    let mut discovered = discover_files(&args.paths);
    // The report written into a searched directory is no draft: a second
    // run would flag it.
    let own: Vec<PathBuf> = [&args.output, &args.write_baseline]
        .into_iter()
        .flatten()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    discovered.files.retain(|f| {
        // No file system call per file when no output can be among them.
        let is_own = !own.is_empty() && std::fs::canonicalize(f).is_ok_and(|c| own.contains(&c));
        // Said only of a file from an earlier run, not of the one just
        // created empty.
        if is_own && (report_existed || baseline_existed) {
            say!(
                "whosaid: warning: {}: not checked, it is an output of this run",
                display_path(f)
            );
        }
        !is_own
    });
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
            CheckError::Missing(p) | CheckError::Walk { path: p, .. } => display_path(p),
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
                let msg = match e {
                    CheckError::Utf8 { .. } => {
                        format!("{e}; {}", crate::ENCODING_HINT)
                    }
                    CheckError::Utf16 { .. } => {
                        format!("{e}; use --encoding auto to read each damaged unit as U+FFFD")
                    }
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
