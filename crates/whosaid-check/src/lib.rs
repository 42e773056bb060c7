//! `whosaid check`: attribution lint rules for editorial drafts.
//!
//! A [`Checker`] reads Markdown or plain text, runs the attribution extractor
//! of `whosaid-attribution` and the quotation spans of `whosaid-text`
//! through the rules in [`rules`] (`WS001`…), applies the per-file
//! [`Config`], inline suppressions (`<!-- whosaid-disable … -->`) and an
//! optional [`Baseline`], and returns [`Diagnostic`]s with positions in the
//! original file. [`render`] writes them in any [`OutputFormat`].
//!
//! The library never prints and never panics on input text; every failure is
//! a typed [`CheckError`].

mod baseline;
mod check;
mod config;
mod diagnostic;
mod discover;
mod error;
mod output;
mod phrases;
pub mod rules;
mod suppress;

pub use baseline::Baseline;
pub use check::{Checker, FileKind, FileReport};
pub use config::{CONFIG_FILE, Config, ConfigStore, Layer, Settings};
pub use diagnostic::{Diagnostic, Position, Severity};
pub use discover::{
    Discovered, EXTENSIONS, STDIN, discover_files, display_path, is_supported, is_walked,
    looks_like_output,
};
pub use error::CheckError;
pub use output::{Failure, OutputFormat, Summary, render};
pub use rules::{RuleInfo, rule_summary_table, rule_table_markdown, rules};
