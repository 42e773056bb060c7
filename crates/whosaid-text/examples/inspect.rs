//! Prints the sentences of each file given on the command line, one per
//! line, for eyeballing the splitter on real text.
//!
//! `cargo run -p whosaid-text --example inspect -- FILE...`

fn main() -> std::io::Result<()> {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        for s in whosaid_text::split_sentences(&text) {
            println!("{}", s.text(&text).replace('\n', " "));
        }
    }
    Ok(())
}
