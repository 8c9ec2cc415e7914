//! New users' trials (tests/fixtures/trials/N/): a first claims file written from README
//! alone, the documents its reader wrote, and the verdict the reader gave every cell before
//! the first run. Each is scored as the reader scored it, and the test fails if factcheck
//! agrees with fewer cells than it did when the trial was added, or invents more
//! contradictions (`contradicts` or `mixed` where the reader saw none): a rule that fixes
//! one trial must not break another's cells.
//!
//! `cargo test --test integration trials -- --nocapture` prints every trial's score and
//! the cells still wrong. When a change scores better, raise the floor in `FLOORS`.

use factcheck::{Checker, Verdict};
use std::collections::BTreeMap;
use std::path::Path;

/// For each trial: the cells agreed on at least (of the cells where the reader or factcheck
/// says something other than `omits`), and the contradictions invented at most, as they
/// stood when the floor was last raised.
const FLOORS: &[Floor] = &[
    Floor::new(66, 30, 2),
    Floor::new(67, 36, 0),
    Floor::new(68, 35, 0),
    Floor::new(69, 32, 0),
    Floor::new(70, 29, 0),
    Floor::new(71, 39, 0),
    Floor::new(72, 26, 0),
    Floor::new(73, 29, 0),
    Floor::new(74, 36, 0),
    Floor::new(75, 33, 0),
    Floor::new(76, 40, 0),
    Floor::new(77, 36, 0),
    Floor::new(78, 32, 0),
    Floor::new(79, 34, 0),
    Floor::new(80, 35, 0),
    Floor::new(81, 30, 0),
    Floor::new(82, 29, 0),
    Floor::new(83, 32, 0),
    Floor::new(84, 32, 0),
    Floor::new(85, 28, 0),
    Floor::new(86, 28, 0),
    Floor::new(87, 23, 2),
    Floor::new(88, 37, 3),
    Floor::new(89, 29, 0),
    Floor::new(90, 29, 0),
    Floor::new(91, 30, 0),
    Floor::new(92, 26, 0),
    Floor::new(93, 33, 0),
    Floor::new(94, 40, 1),
    Floor::new(95, 32, 0),
    Floor::new(96, 30, 1),
    Floor::new(97, 27, 0),
    Floor::new(98, 34, 0),
    Floor::new(99, 30, 2),
    Floor::new(100, 30, 0),
    Floor::new(101, 35, 1),
    Floor::new(102, 36, 0),
    Floor::new(103, 28, 0),
    Floor::new(104, 35, 0),
    Floor::new(105, 30, 0),
    Floor::new(106, 22, 0),
    Floor::new(107, 27, 0),
    Floor::new(108, 32, 0),
    Floor::new(109, 33, 0),
    Floor::new(110, 27, 0),
    Floor::new(111, 31, 0),
    Floor::new(112, 43, 0),
    Floor::new(113, 27, 0),
    Floor::new(114, 39, 2),
    Floor::new(115, 29, 0),
    Floor::new(116, 26, 0),
    Floor::new(117, 30, 1),
    Floor::new(118, 31, 0),
    Floor::new(119, 35, 0),
    Floor::new(120, 33, 0),
    Floor::new(121, 31, 0),
    Floor::new(122, 36, 0),
    Floor::new(123, 26, 0),
    Floor::new(124, 27, 0),
    Floor::new(125, 37, 1),
    Floor::new(126, 32, 0),
    Floor::new(127, 33, 0),
    Floor::new(128, 35, 0),
    Floor::new(129, 31, 0),
    Floor::new(130, 29, 0),
    Floor::new(131, 31, 0),
    Floor::new(132, 41, 0),
    Floor::new(133, 33, 1),
    Floor::new(134, 33, 0),
    Floor::new(135, 31, 0),
    Floor::new(136, 23, 1),
    Floor::new(137, 34, 0),
    Floor::new(138, 35, 0),
    Floor::new(139, 30, 0),
    Floor::new(140, 33, 2),
    Floor::new(141, 31, 0),
    Floor::new(142, 34, 0),
    Floor::new(143, 28, 0),
    Floor::new(144, 38, 0),
    Floor::new(145, 32, 0),
    Floor::new(146, 30, 0),
    Floor::new(147, 34, 0),
    Floor::new(148, 33, 0),
    Floor::new(149, 28, 0),
    Floor::new(150, 34, 0),
    Floor::new(151, 29, 1),
    Floor::new(152, 23, 1),
    Floor::new(153, 26, 0),
    Floor::new(154, 41, 0),
    Floor::new(155, 39, 1),
    Floor::new(156, 35, 0),
    Floor::new(157, 25, 0),
    Floor::new(158, 32, 2),
    Floor::new(159, 31, 3),
    Floor::new(160, 27, 1),
    Floor::new(161, 33, 2),
    Floor::new(162, 30, 0),
    Floor::new(163, 36, 1),
    Floor::new(164, 29, 0),
    Floor::new(165, 35, 1),
    Floor::new(166, 32, 0),
    Floor::new(167, 36, 0),
    Floor::new(168, 34, 2),
    Floor::new(169, 22, 0),
    Floor::new(170, 35, 0),
    Floor::new(171, 32, 0),
    Floor::new(172, 30, 1),
    Floor::new(173, 35, 0),
    Floor::new(174, 42, 1),
    Floor::new(175, 34, 1),
    Floor::new(176, 35, 0),
    Floor::new(177, 34, 0),
    Floor::new(178, 32, 0),
    Floor::new(179, 26, 2),
    Floor::new(180, 43, 1),
    Floor::new(181, 26, 0),
    Floor::new(182, 26, 0),
    Floor::new(183, 24, 2),
    Floor::new(184, 34, 1),
    Floor::new(185, 36, 1),
    Floor::new(186, 31, 1),
    Floor::new(187, 37, 0),
    Floor::new(188, 29, 0),
    Floor::new(189, 35, 0),
    Floor::new(190, 39, 2),
    Floor::new(191, 37, 0),
];

struct Floor {
    trial: u32,
    agree: usize,
    invented: usize,
}

impl Floor {
    const fn new(trial: u32, agree: usize, invented: usize) -> Self {
        Floor {
            trial,
            agree,
            invented,
        }
    }
}

/// How one trial scores, as its reader scored it: `agree` of `cells`, and `invented`, the
/// cells where factcheck says `contradicts` or `mixed` and the reader saw no contradiction
/// (`supports` or `omits`), the worst error it can make.
#[derive(Debug, Default)]
struct Score {
    cells: usize,
    agree: usize,
    invented: usize,
    wrong: Vec<String>,
    /// Rows: the reader's label; columns: factcheck's verdict (`eval::index`), over `cells`.
    matrix: [[usize; 4]; 4],
}

fn verdict(name: &str) -> Verdict {
    match name {
        "supports" => Verdict::Supports,
        "contradicts" => Verdict::Contradicts,
        "mixed" => Verdict::Mixed,
        "omits" => Verdict::Omits,
        other => panic!("unknown verdict `{other}` in labels.yaml"),
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A trial's checker and its documents (id, text), in id order.
fn load(dir: &Path) -> (Checker, Vec<(String, String)>) {
    let claims_path = dir.join("claims.yaml");
    let (checker, _) = Checker::from_yaml(&claims_path.display().to_string(), &read(&claims_path))
        .unwrap_or_else(|problems| panic!("{}: {problems:#?}", claims_path.display()));
    let mut documents: Vec<(String, String)> = std::fs::read_dir(dir.join("sources"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .map(|path| {
            let id = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            (id, read(&path))
        })
        .collect();
    documents.sort();
    (checker, documents)
}

fn score(dir: &Path) -> Score {
    let (checker, documents) = load(dir);
    let report = checker.check_texts(
        documents
            .iter()
            .map(|(id, text)| (id.as_str(), text.as_str())),
    );

    #[derive(serde::Deserialize)]
    struct Labels {
        labels: BTreeMap<String, BTreeMap<String, String>>,
    }
    let labels_path = dir.join("labels.yaml");
    let labels: Labels = serde_yaml::from_str(&read(&labels_path))
        .unwrap_or_else(|e| panic!("{}: {e}", labels_path.display()));
    for (claim, cells) in &labels.labels {
        assert!(
            report.claims.iter().any(|c| &c.id == claim),
            "{}: no claim `{claim}`",
            labels_path.display()
        );
        for document in cells.keys() {
            assert!(
                report.documents.iter().any(|d| d.id() == document),
                "{}: no document `{document}`",
                labels_path.display()
            );
        }
    }

    let mut score = Score::default();
    for claim in &report.claims {
        for (i, document) in report.documents.iter().enumerate() {
            let expected = labels
                .labels
                .get(&claim.id)
                .and_then(|cells| cells.get(document.id()))
                .map_or(Verdict::Omits, |name| verdict(name));
            let got = claim.verdicts.verdict(i);
            if expected == Verdict::Omits && got == Verdict::Omits {
                continue;
            }
            score.cells += 1;
            score.matrix[crate::eval::index(expected)][crate::eval::index(got)] += 1;
            if expected == got {
                score.agree += 1;
                continue;
            }
            let contradicted = |v: Verdict| matches!(v, Verdict::Contradicts | Verdict::Mixed);
            score.invented += usize::from(contradicted(got) && !contradicted(expected));
            score.wrong.push(format!(
                "{} x {}: the reader says {expected:?}, factcheck {got:?}",
                claim.id,
                document.id()
            ));
        }
    }
    score
}

#[test]
fn no_trial_scores_worse_than_when_it_was_added() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trials");
    let mut failures = Vec::new();
    let mut all = Score::default();
    for floor in FLOORS {
        let score = score(&root.join(floor.trial.to_string()));
        all.cells += score.cells;
        all.agree += score.agree;
        all.invented += score.invented;
        for (total, row) in all.matrix.iter_mut().zip(score.matrix) {
            for (total, cell) in total.iter_mut().zip(row) {
                *total += cell;
            }
        }
        println!(
            "trial {}: agree {} of {} cells; contradictions invented {}",
            floor.trial, score.agree, score.cells, score.invented
        );
        for wrong in &score.wrong {
            println!("    {wrong}");
        }
        if score.agree < floor.agree || score.invented > floor.invented {
            failures.push(format!(
                "trial {}: agree {} (floor {}), contradictions invented {} (at most {})",
                floor.trial, score.agree, floor.agree, score.invented, floor.invented
            ));
        }
    }
    // The figures README.md, "How far the verdicts can be trusted", quotes.
    let mut out = format!(
        "all {} trials: agree {} of {} cells ({:.1}%); contradictions invented {}\n\
         confusion matrix over those cells (rows: the readers' labels, columns: factcheck)\n",
        FLOORS.len(),
        all.agree,
        all.cells,
        100.0 * all.agree as f64 / all.cells.max(1) as f64,
        all.invented
    );
    crate::eval::write_matrix(&mut out, &all.matrix);
    println!("{out}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The coverage table and Markdown check without keeping evidence (a large run then holds
/// two bits a cell), which counts each verdict on its own path: it must give the verdicts
/// the evidence gives, over every trial's real text (it once counted a rival's figure that
/// meets the claim only with evidence: contradicts in the table, mixed in JSON).
#[test]
fn verdicts_are_the_same_without_evidence() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trials");
    let mut differences = Vec::new();
    for floor in FLOORS {
        let (mut checker, documents) = load(&root.join(floor.trial.to_string()));
        let texts = || {
            documents
                .iter()
                .map(|(id, text)| (id.as_str(), text.as_str()))
        };
        let with = checker.check_texts(texts());
        checker.keep_evidence(false);
        let without = checker.check_texts(texts());
        for (a, b) in with.claims.iter().zip(&without.claims) {
            for (i, document) in with.documents.iter().enumerate() {
                if a.verdicts.verdict(i) != b.verdicts.verdict(i) {
                    differences.push(format!(
                        "trial {}: {} x {}: {:?} with evidence, {:?} without",
                        floor.trial,
                        a.id,
                        document.id(),
                        a.verdicts.verdict(i),
                        b.verdicts.verdict(i)
                    ));
                }
            }
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

#[test]
fn every_trial_on_disk_has_a_floor() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trials");
    for entry in std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display())) {
        let name = entry.map(|e| e.file_name()).unwrap_or_default();
        let name = name.to_string_lossy();
        assert!(
            FLOORS.iter().any(|floor| floor.trial.to_string() == name),
            "tests/fixtures/trials/{name} has no floor in FLOORS"
        );
    }
}
