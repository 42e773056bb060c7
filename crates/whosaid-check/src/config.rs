//! `whosaid.toml`: which rules run, at which severity, what fails the run,
//! per-glob overrides and extra word lists.
//!
//! ```toml
//! select = ["ALL"]                 # rule codes or names; default: all
//! ignore = ["WS007"]
//! fail-on = "warning"              # error (default) | warning | info
//! loaded-verbs = ["slam"]          # extra WS004 verbs
//! allowed-verbs = ["note"]         # WS004 verbs your style accepts
//! accepted-sources = ["police"]    # WS003 groups your style accepts
//! anonymity-reasons = ["per newsroom policy"]  # extra WS002 reasons
//!
//! [severity]
//! WS004 = "error"
//!
//! [[overrides]]
//! files = ["opinion/**"]
//! ignore = ["loaded-verb"]
//! ```

use crate::rules::{self, rules};
use crate::{CheckError, Severity};
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The configuration file name looked up from each checked file upwards.
pub const CONFIG_FILE: &str = "whosaid.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawLayer {
    files: Option<Vec<String>>,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
    fail_on: Option<String>,
    severity: Option<BTreeMap<String, String>>,
    loaded_verbs: Option<Vec<String>>,
    allowed_verbs: Option<Vec<String>>,
    accepted_sources: Option<Vec<String>>,
    anonymity_reasons: Option<Vec<String>>,
    #[serde(default)]
    overrides: Vec<RawLayer>,
}

/// One validated layer of settings: the top level of a file, an override,
/// or the command line.
#[derive(Debug, Clone, Default)]
pub struct Layer {
    select: Option<BTreeSet<&'static str>>,
    ignore: BTreeSet<&'static str>,
    fail_on: Option<Severity>,
    severity: BTreeMap<&'static str, Severity>,
    loaded_verbs: Vec<String>,
    allowed_verbs: Vec<String>,
    accepted_sources: Vec<String>,
    anonymity_reasons: Vec<String>,
}

/// Rule codes for a list of codes, names or `ALL`.
fn resolve_rules(ids: &[String]) -> Result<BTreeSet<&'static str>, String> {
    let mut out = BTreeSet::new();
    for id in ids {
        if id.trim().eq_ignore_ascii_case("all") {
            out.extend(rules().iter().map(|r| r.code));
        } else {
            let r = rules::rule(id).ok_or_else(|| format!("unknown rule {id:?}"))?;
            out.insert(r.code);
        }
    }
    Ok(out)
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s)
        .ok_or_else(|| format!("unknown severity {s:?} (expected error, warning or info)"))
}

fn lower_all(v: Option<Vec<String>>) -> Vec<String> {
    v.unwrap_or_default()
        .iter()
        .map(|s| crate::phrases::normalise_phrase(s))
        .filter(|s| !s.is_empty())
        .collect()
}

impl Layer {
    /// A layer from command-line values.
    pub fn from_cli(
        select: Option<&[String]>,
        ignore: &[String],
        fail_on: Option<Severity>,
    ) -> Result<Layer, String> {
        Ok(Layer {
            select: select.map(resolve_rules).transpose()?,
            ignore: resolve_rules(ignore)?,
            fail_on,
            ..Layer::default()
        })
    }

    fn from_raw(raw: RawLayer) -> Result<Layer, String> {
        let mut severity = BTreeMap::new();
        for (id, sev) in raw.severity.unwrap_or_default() {
            let r = rules::rule(&id).ok_or_else(|| format!("severity: unknown rule {id:?}"))?;
            severity.insert(r.code, parse_severity(&sev)?);
        }
        Ok(Layer {
            select: raw.select.as_deref().map(resolve_rules).transpose()?,
            ignore: resolve_rules(raw.ignore.as_deref().unwrap_or(&[]))?,
            fail_on: raw.fail_on.as_deref().map(parse_severity).transpose()?,
            severity,
            loaded_verbs: lower_all(raw.loaded_verbs),
            allowed_verbs: lower_all(raw.allowed_verbs),
            accepted_sources: lower_all(raw.accepted_sources),
            anonymity_reasons: lower_all(raw.anonymity_reasons),
        })
    }

    fn apply(&self, s: &mut Settings) {
        if let Some(sel) = &self.select {
            s.enabled = sel.clone();
        }
        for code in &self.ignore {
            s.enabled.remove(code);
        }
        if let Some(f) = self.fail_on {
            s.fail_on = f;
        }
        for (code, sev) in &self.severity {
            s.severity.insert(code, *sev);
        }
        s.loaded_verbs.extend(self.loaded_verbs.iter().cloned());
        s.allowed_verbs.extend(self.allowed_verbs.iter().cloned());
        s.accepted_sources
            .extend(self.accepted_sources.iter().cloned());
        s.anonymity_reasons
            .extend(self.anonymity_reasons.iter().cloned());
    }
}

/// A parsed `whosaid.toml`.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it was read from (none for the defaults).
    pub origin: Option<PathBuf>,
    /// Globs in overrides are relative to this directory.
    base_dir: PathBuf,
    base: Layer,
    overrides: Vec<(GlobSet, Layer)>,
}

/// The settings for one file, after the config file, its overrides and the
/// command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Codes of the rules that run.
    pub enabled: BTreeSet<&'static str>,
    /// Severity of each rule.
    pub severity: BTreeMap<&'static str, Severity>,
    /// The lowest severity that fails the run.
    pub fail_on: Severity,
    /// Extra loaded verbs (lemmas).
    pub loaded_verbs: Vec<String>,
    /// Loaded verbs accepted anyway (lemmas).
    pub allowed_verbs: Vec<String>,
    /// Unnamed groups accepted as sources.
    pub accepted_sources: Vec<String>,
    /// Extra reasons for anonymity.
    pub anonymity_reasons: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            enabled: rules().iter().map(|r| r.code).collect(),
            severity: rules()
                .iter()
                .map(|r| (r.code, r.default_severity))
                .collect(),
            fail_on: Severity::Error,
            loaded_verbs: Vec::new(),
            allowed_verbs: Vec::new(),
            accepted_sources: Vec::new(),
            anonymity_reasons: Vec::new(),
        }
    }
}

impl Settings {
    /// The severity of rule `code`.
    pub fn severity_of(&self, code: &str) -> Severity {
        self.severity
            .get(code)
            .copied()
            .or_else(|| rules::rule(code).map(|r| r.default_severity))
            .unwrap_or(Severity::Warning)
    }
}

impl Config {
    /// Parses the text of a config file; `path` names it in errors and its
    /// directory anchors override globs.
    pub fn parse(text: &str, path: &Path) -> Result<Config, CheckError> {
        let err = |message: String| CheckError::Config {
            path: path.to_path_buf(),
            message,
        };
        let raw: RawLayer = toml::from_str(text).map_err(|e| err(e.to_string()))?;
        if raw.files.is_some() {
            return Err(err("`files` belongs in an [[overrides]] table".into()));
        }
        let mut overrides = Vec::new();
        let mut raw = raw;
        for (i, mut o) in std::mem::take(&mut raw.overrides).into_iter().enumerate() {
            let files = o.files.take().filter(|f| !f.is_empty()).ok_or_else(|| {
                err(format!(
                    "overrides[{i}]: `files` (a list of globs) is required"
                ))
            })?;
            if !o.overrides.is_empty() {
                return Err(err(format!("overrides[{i}]: overrides cannot nest")));
            }
            let mut b = GlobSetBuilder::new();
            for g in &files {
                // `./drafts/**` means `drafts/**`: paths are matched without it.
                let g = g.trim_start_matches("./");
                b.add(Glob::new(g).map_err(|e| err(format!("overrides[{i}]: {e}")))?);
            }
            let set = b.build().map_err(|e| err(format!("overrides[{i}]: {e}")))?;
            let layer = Layer::from_raw(o).map_err(|m| err(format!("overrides[{i}]: {m}")))?;
            overrides.push((set, layer));
        }
        let base = Layer::from_raw(raw).map_err(err)?;
        // A bare file name (`--config whosaid.toml`) has the parent "".
        let base_dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => resolved(d),
            _ => resolved(Path::new(".")),
        };
        Ok(Config {
            origin: Some(path.to_path_buf()),
            base_dir,
            base,
            overrides,
        })
    }

    /// Reads and parses a config file.
    pub fn load(path: &Path) -> Result<Config, CheckError> {
        let text = std::fs::read_to_string(path).map_err(|source| CheckError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Config::parse(&text, path)
    }

    /// The settings for `file`, with `cli` applied last.
    pub fn settings_for(&self, file: &Path, cli: &Layer) -> Settings {
        let mut s = Settings::default();
        self.base.apply(&mut s);
        let abs = resolved(file);
        let rel = abs.strip_prefix(&self.base_dir).unwrap_or(file);
        for (set, layer) in &self.overrides {
            // A glob naming a directory (`drafts/opinion`) covers the files
            // under it, as in .gitignore.
            if rel
                .ancestors()
                .any(|a| !a.as_os_str().is_empty() && set.is_match(a))
            {
                layer.apply(&mut s);
            }
        }
        cli.apply(&mut s);
        s
    }
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// `p` as the file system names it (symbolic links and `..` resolved), so
/// that a file and a config reached by different spellings (`../opinion/a.md`,
/// `./whosaid.toml`) compare; a path that does not exist is made absolute
/// with `..` taken out by its words.
fn resolved(p: &Path) -> PathBuf {
    if let Ok(c) = std::fs::canonicalize(p) {
        return c;
    }
    let mut out = PathBuf::new();
    for c in absolute(p).components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// Finds the config of each file: the `--config` file when given, else the
/// nearest `whosaid.toml` in the file's directory or above; caches per
/// directory.
#[derive(Debug)]
pub struct ConfigStore {
    explicit: Option<Arc<Config>>,
    cli: Layer,
    cache: Mutex<HashMap<PathBuf, Arc<Config>>>,
}

impl ConfigStore {
    /// A store using `explicit` for every file when given.
    pub fn new(explicit: Option<Config>, cli: Layer) -> Self {
        ConfigStore {
            explicit: explicit.map(Arc::new),
            cli,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The config that applies to `file`.
    pub fn config_for(&self, file: &Path) -> Result<Arc<Config>, CheckError> {
        if let Some(c) = &self.explicit {
            return Ok(c.clone());
        }
        // A pipe or device (`/dev/stdin`, `<(git show …)`) has no place in
        // the project: its config is the working directory's, as for `-`.
        let dir = if crate::discover::is_stream(file) {
            resolved(Path::new("."))
        } else {
            resolved(file)
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default()
        };
        self.lookup(&dir)
    }

    fn lookup(&self, dir: &Path) -> Result<Arc<Config>, CheckError> {
        if let Some(c) = self.cache.lock().ok().and_then(|m| m.get(dir).cloned()) {
            return Ok(c);
        }
        let candidate = dir.join(CONFIG_FILE);
        let found = if candidate.is_file() {
            Arc::new(Config::load(&candidate)?)
        } else if let Some(parent) = dir.parent() {
            self.lookup(parent)?
        } else {
            Arc::new(Config::default())
        };
        if let Ok(mut m) = self.cache.lock() {
            m.insert(dir.to_path_buf(), found.clone());
        }
        Ok(found)
    }

    /// The settings for `file`.
    pub fn settings_for(&self, file: &Path) -> Result<Settings, CheckError> {
        Ok(self.config_for(file)?.settings_for(file, &self.cli))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_apply_in_order() {
        let cfg = Config::parse(
            "select = [\"ALL\"]\nignore = [\"late-attribution\"]\nfail-on = \"warning\"\n\
             accepted-sources = [\"Police\"]\n[severity]\nloaded-verb = \"error\"\n\
             [[overrides]]\nfiles = [\"opinion/**\"]\nignore = [\"WS004\"]\n",
            Path::new("/tmp/x/whosaid.toml"),
        )
        .unwrap();
        let s = cfg.settings_for(Path::new("/tmp/x/news/a.md"), &Layer::default());
        assert!(s.enabled.contains("WS004") && !s.enabled.contains("WS007"));
        assert_eq!(s.severity_of("WS004"), Severity::Error);
        assert_eq!(s.fail_on, Severity::Warning);
        assert_eq!(s.accepted_sources, vec!["police"]);
        let o = cfg.settings_for(Path::new("/tmp/x/opinion/b.md"), &Layer::default());
        assert!(!o.enabled.contains("WS004"));
        let cli = Layer::from_cli(Some(&["WS001".into()]), &[], Some(Severity::Info)).unwrap();
        let c = cfg.settings_for(Path::new("/tmp/x/a.md"), &cli);
        assert_eq!(c.enabled.iter().copied().collect::<Vec<_>>(), vec!["WS001"]);
        assert_eq!(c.fail_on, Severity::Info);
    }

    #[test]
    fn overrides_apply_however_the_paths_are_spelled() {
        let cfg = |at: &str| {
            Config::parse(
                "[[overrides]]\nfiles = [\"opinion/**\"]\nignore = [\"WS004\"]\n\
                 [[overrides]]\nfiles = [\"./news/**\"]\nignore = [\"WS001\"]\n\
                 [[overrides]]\nfiles = [\"desk\"]\nignore = [\"WS002\"]\n",
                Path::new(at),
            )
            .unwrap()
        };
        let here = std::env::current_dir().unwrap();
        let off = |c: &Config, file: &Path, code: &str| {
            !c.settings_for(file, &Layer::default())
                .enabled
                .contains(code)
        };
        for c in [
            cfg("whosaid.toml"),
            cfg("./whosaid.toml"),
            cfg("x/../whosaid.toml"),
        ] {
            assert!(off(&c, Path::new("opinion/a.md"), "WS004"));
            assert!(off(&c, &here.join("opinion/b/../a.md"), "WS004"));
            assert!(off(&c, Path::new("x/../opinion/a.md"), "WS004"));
            assert!(!off(&c, Path::new("news/a.md"), "WS004"));
            assert!(off(&c, Path::new("./news/a.md"), "WS001"));
            assert!(off(&c, Path::new("desk/2024/a.md"), "WS002"));
            assert!(!off(&c, Path::new("desktop/a.md"), "WS002"));
        }
    }

    #[test]
    fn errors_name_the_problem() {
        let p = Path::new("w.toml");
        for (text, needle) in [
            ("select = [\"WS999\"]", "unknown rule"),
            ("fail-on = \"fatal\"", "unknown severity"),
            ("colour = 1", "unknown field"),
            ("[[overrides]]\nignore = [\"WS001\"]", "`files`"),
            ("[[overrides]]\nfiles = [\"[\"]", "overrides[0]"),
            ("select = ", "w.toml"),
        ] {
            let e = Config::parse(text, p).unwrap_err().to_string();
            assert!(e.contains(needle), "{text}: {e}");
        }
    }
}
