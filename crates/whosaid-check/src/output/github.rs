//! GitHub Actions workflow commands: one annotation per finding.

use super::Failure;
use crate::{Diagnostic, Severity};
use std::io::Write;

/// Escapes the message part of a workflow command; other control
/// characters (an escape sequence in a quotation) become spaces, as the
/// log would print them raw.
pub(crate) fn escape_data(s: &str) -> String {
    super::printable(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
pub(crate) fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub(super) fn write(
    diags: &[Diagnostic],
    failures: &[Failure],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    // A file that could not be checked is an error on the file, so the pull
    // request shows it, not only the job log.
    for f in failures {
        writeln!(
            out,
            "::error file={},title={}::{}",
            escape_property(&f.path),
            escape_property("whosaid: file not checked"),
            escape_data(&f.message)
        )?;
    }
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

    #[test]
    fn files_not_checked_are_annotated() {
        let f = Failure {
            path: "drafts/b,1.txt".into(),
            message: "drafts/b,1.txt: not valid UTF-8\n::error::x".into(),
        };
        let mut out = Vec::new();
        write(&[], &[f], &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::error file=drafts/b%2C1.txt,title=whosaid%3A file not checked::drafts/b,1.txt: not valid UTF-8%0A::error::x\n"
        );
    }
}
