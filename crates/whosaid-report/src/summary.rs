use serde::Serialize;

/// The figures of a whole run, for `summary.json` and the closing line on
/// standard error.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Input documents seen.
    pub documents: usize,
    /// Processed with text.
    pub ok: usize,
    /// Processed, without text.
    pub empty: usize,
    /// Not processed (unreadable, undecodable, malformed).
    pub errors: usize,
    /// Claims written.
    pub claims: usize,
    /// Bytes of text processed.
    pub bytes: usize,
    /// Wall-clock seconds.
    pub elapsed_seconds: f64,
}

impl Summary {
    /// Megabytes of text per second.
    pub fn mb_per_second(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.elapsed_seconds.max(1e-9)
    }

    /// A one-paragraph account of the run.
    pub fn line(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{} ({} ok, {} empty, {}), {}, {:.2}s, {:.1} MB/s",
            plural(self.documents, "document", "documents"),
            self.ok,
            self.empty,
            plural(self.errors, "error", "errors"),
            plural(self.claims, "claim", "claims"),
            self.elapsed_seconds,
            self.mb_per_second()
        )
    }
}
