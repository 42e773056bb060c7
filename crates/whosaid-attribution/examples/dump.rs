//! Prints the claims of a text file, one block per claim, for eyeballing.
use whosaid_attribution::{Document, Extractor};

fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let doc = Document::new(text);
    let t = doc.text();
    for c in Extractor::default().extract(&doc) {
        println!(
            "[{}] {:?} cue={:?} src={:?} -> {:?} ({:?}, {:?}) stance={} neg={} target={:?}\n    content={:?}",
            c.sentence_index,
            c.kind,
            c.cue.text(t),
            c.source.map(|s| s.text(t)),
            c.speaker.name,
            c.speaker.kind,
            c.speaker.title,
            c.stance.as_str(),
            c.negated,
            c.target.map(|s| s.text(t)),
            c.content.map(|s| s.text(t)),
        );
    }
}
