//! The rule documentation is generated from the rule doc comments: the full
//! `docs/rules.md` and the short table in README.md between the
//! `rules-table` markers. These tests fail when either is stale; regenerate
//! both with `UPDATE_DOCS=1 cargo test --test check_docs`.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn rules_md_is_up_to_date() {
    let path = root().join("docs/rules.md");
    let want = whosaid_check::rule_table_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is stale: run `UPDATE_DOCS=1 cargo test --test check_docs`"
    );
}

#[test]
fn readme_rule_table_is_up_to_date() {
    const START: &str =
        "<!-- rules-table:start (generated; UPDATE_DOCS=1 cargo test --test check_docs) -->\n";
    const END: &str = "<!-- rules-table:end -->";
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let a = readme
        .find(START)
        .expect("README has the rules-table start marker")
        + START.len();
    let b = readme[a..]
        .find(END)
        .expect("README has the rules-table end marker")
        + a;
    let want = whosaid_check::rule_summary_table();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{}{}", &readme[..a], want, &readme[b..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert!(
        readme[a..b] == want,
        "the rule table in README.md is stale: run `UPDATE_DOCS=1 cargo test --test check_docs`"
    );
}

/// Review12 item 2: pre-commit's `text` tag matches every text file (YAML,
/// Python); the hook and the documented configs must ask for Markdown and
/// plain text only.
#[test]
fn pre_commit_hooks_lint_markdown_and_plain_text_only() {
    let hooks = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap_or_default();
    assert!(
        hooks.contains("types_or: [markdown, plain-text]"),
        ".pre-commit-hooks.yaml: {hooks}"
    );
    for doc in ["README.md", "docs/check.md"] {
        let text = std::fs::read_to_string(root().join(doc)).unwrap();
        let hooks: Vec<&str> = text.lines().filter(|l| l.contains("types_or:")).collect();
        assert!(!hooks.is_empty(), "{doc} shows no pre-commit hook");
        for l in hooks {
            assert!(l.contains("[markdown, plain-text]"), "{doc}: {l}");
        }
    }
}
