//! GitHub Actions workflow commands: one annotation per finding.

use crate::{Diagnostic, Severity};
use std::io::Write;

/// Escapes the message part of a workflow command.
pub(crate) fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
pub(crate) fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub(super) fn write(diags: &[Diagnostic], out: &mut dyn Write) -> std::io::Result<()> {
    for d in diags {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut props = vec![
            format!("file={}", escape_property(&d.path)),
            format!("line={}", d.start.line),
            format!("endLine={}", d.end.line),
        ];
        // Columns only on single-line ranges, as GitHub requires.
        if d.start.line == d.end.line {
            props.push(format!("col={}", d.start.column));
            props.push(format!(
                "endColumn={}",
                d.end.column.max(d.start.column + 1)
            ));
        }
        props.push(format!(
            "title={}",
            escape_property(&format!("{} {}", d.code, d.name))
        ));
        let mut msg = d.message.clone();
        if let Some(h) = &d.help {
            msg.push_str("\nhelp: ");
            msg.push_str(h);
        }
        writeln!(out, "::{level} {}::{}", props.join(","), escape_data(&msg))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_cannot_start_a_command() {
        assert_eq!(escape_data("50%\r\n::error::x"), "50%25%0D%0A::error::x");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
