#!/usr/bin/env bash
# Documents built to be slow: long runs without a full stop, and sentences packed with
# figures or negations. Each is checked alone, with the seeds' claims and with a claim
# whose pattern (`{n}`) matches every figure; prints seconds and peak memory.
#
#   bash bench/pathological.sh
#
# A document's cost should grow with its length, not with its length squared. Under
# `{n}`, on 2026-11-29, before (cc19fc7) and after sentences were cut at 2,000 bytes and
# three quadratic scans went: no-stops 29 s -> 0.27 s, figures more than 60 s -> 5.6 s,
# negations more than 60 s -> 3.4 s, clauses 1.2 s -> 0.06 s. Figures and negations are
# still quadratic within each 2,000-byte piece (each figure reads the text before it).
# Environment: BENCH_DIR where the documents go (default target/bench). Needs GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${BENCH_DIR:-target/bench}/pathological
if [[ ! -x /usr/bin/time ]]; then
    echo "pathological: GNU time is needed for peak memory: apt-get install -y time" >&2
    exit 2
fi
echo "building (release)..." >&2
cargo build --release --quiet --bin factcheck
rm -rf "$WORK"
mkdir -p "$WORK"

# repeat TEXT N: TEXT (one line) written N times.
repeat() {
    # (yes ends on a closed pipe: not a failure here.)
    { yes -- "$1" || true; } | head -n "$2" | tr -d '\n'
}

# name, then the document's text on standard input.
document() {
    mkdir -p "$WORK/$1"
    cat >"$WORK/$1/doc.txt"
}

# The seeds run together eight times over, every stop made a comma: 240 KB, no sentence.
for _ in 1 2 3 4 5 6 7 8; do cat seeds/*.txt; done | tr '\n.!?' '  ,,' | document no-stops
repeat '5 ' 20000 | document figures
repeat 'not 5 ' 3000 | document negations
repeat 'Officials did not confirm that 5 troops, or 7, had arrived, and ' 500 | document clauses
# Initials, then words, then an abbreviation run: 1.4 MB that no stop ends (the scans for
# an abbreviation before a stop are bounded).
{ repeat 'A. ' 200000; repeat 'word ' 200000; repeat 'a.' 200000; } | document initials

cat >"$WORK/figures.yaml" <<'EOF'
claims:
  - id: any-figure
    claim: Seven.
    number: 7
    support:
      - '{n}'
EOF
grep -v '^ *[0-9a-f]*_[0-9a-f]*: ' claims.yaml | grep -v '^ *documents:' >"$WORK/seed-claims.yaml" || true

printf '%-10s %8s | %-14s %8s %8s\n' document KB claims seconds "peak MB"
for doc in no-stops figures negations clauses initials; do
    kb=$(($(wc -c <"$WORK/$doc/doc.txt") / 1024))
    for claims in figures seed-claims; do
        status=0
        /usr/bin/time -f "%e %M" -o "$WORK/time" "${CARGO_TARGET_DIR:-target}/release/factcheck" check \
            --claims "$WORK/$claims.yaml" --sources "$WORK/$doc" --format json \
            >/dev/null 2>"$WORK/stderr" || status=$?
        # 1 is a claim that failed: a result. Anything else is not.
        if [[ $status -gt 1 ]]; then
            echo "pathological: $doc with $claims exited $status:" >&2
            cat "$WORK/stderr" >&2
            exit 1
        fi
        # (GNU time writes "Command exited with non-zero status 1" first when a claim fails.)
        read -r secs kb_peak < <(tail -n 1 "$WORK/time")
        printf '%-10s %8s | %-14s %8s %8s\n' "$doc" "$kb" "$claims" "$secs" $((kb_peak / 1024))
    done
done
