//! Prints the rule table and documentation for `docs/rules.md`:
//! `cargo run -p whosaid-check --example rules_doc > docs/rules.md`.
fn main() {
    print!("{}", whosaid_check::rule_table_markdown());
}
