//! A suppression comment that suppresses nothing, or names an unknown rule.
//!
//! # What it does
//!
//! Reports `<!-- whosaid-disable … -->`, `<!-- whosaid-disable-next-line …
//! -->` and `<!-- whosaid-disable-file … -->` comments that silenced no
//! finding, `whosaid-enable` comments with no matching `whosaid-disable`,
//! and rule codes or names in a suppression that no rule has.
//!
//! # Why
//!
//! Suppressions outlive the text they were written for. A stale one hides
//! the next real problem in its range; a misspelt code silences nothing while
//! looking as if it did.
//!
//! # Example
//!
//! ```markdown
//! <!-- whosaid-disable-next-line WS004 -->
//! The mayor said the vote was fair.
//! ```
//!
//! # How to fix
//!
//! Delete the comment, or correct the rule code it names.

use super::{Ctx, Hit, RuleInfo};
use crate::Severity;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "WS100",
    name: "unused-suppression",
    default_severity: Severity::Warning,
    source: include_str!("ws100_unused_suppression.rs"),
    check,
};

/// Found by the suppression pass, which sees every other rule's findings.
fn check(_ctx: &Ctx, _out: &mut Vec<Hit>) {}
