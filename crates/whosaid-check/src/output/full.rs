//! The rustc/ruff-style report: header, location, the source line with a
//! caret under the finding, and the help.

use crate::Diagnostic;
use std::io::Write;
use unicode_width::UnicodeWidthChar;

/// Longest source line shown whole; longer lines are cut around the finding.
const MAX_LINE: usize = 100;
/// Characters of context kept before the finding on a cut line.
const BEFORE: usize = 30;

pub(super) fn write(diags: &[Diagnostic], out: &mut dyn Write) -> std::io::Result<()> {
    for d in diags {
        writeln!(
            out,
            "{}[{}]: {}",
            d.severity.as_str(),
            d.code,
            super::one_line(&d.message)
        )?;
        let gutter = d.start.line.to_string().len();
        let pad = " ".repeat(gutter);
        writeln!(
            out,
            "{pad}--> {}:{}:{}",
            super::one_line(&d.path),
            d.start.line,
            d.start.column
        )?;
        writeln!(out, "{pad} |")?;
        let chars: Vec<char> = d
            .line_text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        // Columns relative to `line_text`, which may start inside the line.
        let base = d.line_text_column.max(1);
        let col = d.start.column.saturating_sub(base).min(chars.len());
        let end_col = if d.end.line == d.start.line {
            d.end
                .column
                .saturating_sub(base)
                .clamp(col + 1, chars.len().max(col + 1))
        } else {
            chars.len().max(col + 1)
        };
        let (from, to) = if chars.len() > MAX_LINE {
            let from = col.saturating_sub(BEFORE);
            (from, (from + MAX_LINE).min(chars.len()))
        } else {
            (0, chars.len())
        };
        let lead = if from > 0 || base > 1 { "…" } else { "" };
        let tail = if to < chars.len() { "…" } else { "" };
        let shown: String = chars[from..to].iter().collect();
        writeln!(out, "{} | {lead}{}{tail}", d.start.line, shown.trim_end())?;
        // Terminal columns, not characters: a CJK character or an emoji
        // takes two, a combining mark none.
        let width = |cs: &[char]| cs.iter().map(|c| c.width().unwrap_or(0)).sum::<usize>();
        let caret_from = width(&chars[from..col]) + lead.chars().count();
        let carets = width(&chars[col..end_col.min(to.max(col + 1)).min(chars.len())]);
        let more = if d.end.line > d.start.line {
            " …"
        } else {
            ""
        };
        writeln!(
            out,
            "{pad} | {}{}{more}",
            " ".repeat(caret_from),
            "^".repeat(carets.max(1))
        )?;
        if let Some(help) = &d.help {
            writeln!(out, "{pad} = help: {}", super::one_line(help))?;
        }
        writeln!(out)?;
    }
    Ok(())
}
