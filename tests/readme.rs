//! The README's example output is the tool's real output: each row shown
//! is a row of `whosaid extract fixtures/blinken-cairo.txt`, cell for cell
//! (a cell shortened with " … " must start and end as the real one does).

use assert_cmd::Command;

fn records(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn readme_example_rows_are_real_output() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let command = "$ whosaid extract fixtures/blinken-cairo.txt\n";
    let start = readme.find(command).expect("example in README") + command.len();
    let end = start + readme[start..].find("```").unwrap();
    let shown = records(&readme[start..end]);
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["extract", "-q", "fixtures/blinken-cairo.txt"])
        .output()
        .unwrap();
    let real = records(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(shown[0], real[0], "header");
    assert!(shown.len() > 3, "{shown:?}");
    for row in &shown[1..] {
        let Some(actual) = real.iter().find(|r| r[1] == row[1]) else {
            panic!("README shows claim {} which is not in the output", row[1]);
        };
        for (k, (cell, want)) in row.iter().zip(actual).enumerate() {
            let ok = match cell.split_once(" … ") {
                Some((head, tail)) => want.starts_with(head) && want.ends_with(tail),
                None => cell == want,
            };
            assert!(
                ok,
                "README claim {}, column {} ({}): {cell:?}, real output: {want:?}",
                row[1], k, real[0][k]
            );
        }
        assert_eq!(row.len(), actual.len());
    }
}
