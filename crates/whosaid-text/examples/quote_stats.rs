//! Counts quotations in each file given on the command line: closed,
//! unclosed and running ones, and prints the unclosed ones for review.
//!
//! `cargo run -p whosaid-text --example quote_stats -- FILE...`

use whosaid_text::{QuoteStyle, quotations};

fn main() -> std::io::Result<()> {
    let (mut closed, mut unclosed, mut running, mut single) = (0, 0, 0, 0);
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        for q in quotations(&text) {
            match (q.closed, q.style) {
                (_, QuoteStyle::Single) => {
                    single += 1;
                    if std::env::var_os("SHOW_SINGLE").is_some() {
                        println!("single: {}", q.span.text(&text).replace('\n', " "));
                    }
                }
                (true, _) => closed += 1,
                (false, _) => {
                    unclosed += 1;
                    let t: String = q.span.text(&text).chars().take(80).collect();
                    println!("unclosed: {}", t.replace('\n', " "));
                }
            }
            running += usize::from(q.running);
        }
    }
    println!("double closed {closed}, unclosed {unclosed}, running {running}, single {single}");
    Ok(())
}
