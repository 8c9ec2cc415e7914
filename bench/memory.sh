#!/usr/bin/env bash
# Peak memory against the number of documents: does a run's memory grow with the archive?
#
#   bash bench/memory.sh        # 20k, 100k and 1M documents x 1,000 claims, one run each
#
# The 100,000-document corpus is generated once (gen-corpus, about 500 MB); larger ones are
# hard links to its files in numbered folders (s0/, s1/, ...), so a million documents take
# no more disk. Environment: MEMORY_DOCS="20000 100000 1000000" and MEMORY_CLAIMS="1000"
# pick sizes (a size above 100,000 must be a multiple of it), MEMORY_FORMATS="table jsonl
# json" the formats, BENCH_DIR where corpora go (default target/bench). Each size then
# checks two shards (MEMORY_MERGE_CLAIMS=100 claims) and merges them into each of
# MEMORY_MERGE_FORMATS="table json jsonl junit markdown" (empty: no merge). Needs GNU time
# (`apt-get install -y time`). A million documents x 1,000 claims takes 2 to 3 minutes a
# format on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=${MEMORY_DOCS:-"20000 100000 1000000"}
CLAIMS=${MEMORY_CLAIMS:-1000}
FORMATS=${MEMORY_FORMATS:-"table jsonl json"}
MERGE_FORMATS=${MEMORY_MERGE_FORMATS-"table json jsonl junit markdown"}
MERGE_CLAIMS=${MEMORY_MERGE_CLAIMS:-100}
WORK=${BENCH_DIR:-target/bench}

if [[ ! -x /usr/bin/time ]]; then
    echo "memory: GNU time is needed for peak memory: apt-get install -y time" >&2
    exit 2
fi
echo "building (release)..." >&2
cargo build --release --quiet --bin factcheck --example gen-corpus
# (Where cargo put them: CARGO_TARGET_DIR moves the build.)
BIN=${CARGO_TARGET_DIR:-target}/release
mkdir -p "$WORK"

# corpus N: prints the folder of an N-document corpus, making it first if needed.
corpus() {
    local n=$1 base=100000
    if (( n <= base )); then
        [[ -f "$WORK/docs-$n/.done" ]] || {
            "$BIN/examples/gen-corpus" --docs "$n" --claims 0 "$WORK/docs-$n" 2>/dev/null
            touch "$WORK/docs-$n/.done"
        }
        echo "$WORK/docs-$n/seeds"
        return
    fi
    if (( n % base != 0 )); then
        echo "memory: $n is not a multiple of $base" >&2
        exit 2
    fi
    corpus "$base" >/dev/null
    local dir="$WORK/links-$n"
    [[ -f "$dir/.done" ]] || {
        rm -rf "$dir"
        mkdir -p "$dir/seeds"
        for ((i = 0; i < n / base; i++)); do
            cp -al "$WORK/docs-$base/seeds" "$dir/seeds/s$i"
        done
        touch "$dir/.done"
    }
    echo "$dir/seeds"
}

# measure DOCS CLAIMS WHAT COMMAND...: runs COMMAND (output to /dev/null) and prints a row
# of the table: seconds and peak RSS.
measure() {
    local docs=$1 claims=$2 what=$3 status=0
    shift 3
    /usr/bin/time -f "%e %M" -o "$WORK/rss" "$@" >/dev/null 2>"$WORK/stderr" || status=$?
    # factcheck exits 1 when a claim fails: a result like any other.
    if (( status > 1 )); then
        echo "memory: factcheck failed on $docs documents ($what):" >&2
        cat "$WORK/stderr" >&2
        exit 1
    fi
    read -r secs kb < <(tail -1 "$WORK/rss")
    printf '%-9s %-7s %-14s %9s %9s\n' "$docs" "$claims" "$what" "$secs" "$((kb / 1024))"
}

"$BIN/examples/gen-corpus" --docs 0 --claims "$CLAIMS" "$WORK/claims-$CLAIMS" 2>/dev/null
"$BIN/examples/gen-corpus" --docs 0 --claims "$MERGE_CLAIMS" "$WORK/claims-$MERGE_CLAIMS" 2>/dev/null
printf '%-9s %-7s %-14s %9s %9s\n' docs claims format seconds "RSS MB"
for d in $DOCS; do
    seeds=$(corpus "$d")
    for f in $FORMATS; do
        # The JSON report lists every document under every claim: 75 GB for a million
        # documents x 1,000 claims, written to /dev/null (about 3 minutes on 2 cores).
        measure "$d" "$CLAIMS" "$f" "$BIN/factcheck" check \
            --claims "$WORK/claims-$CLAIMS/claims.yaml" --sources "$seeds" --format "$f"
    done
    [[ -n "$MERGE_FORMATS" ]] || continue
    # Two shards' JSON reports (3.8 GB each for a million documents x 100 claims, kept
    # until the next size), then `merge` of both into each format.
    claims="$WORK/claims-$MERGE_CLAIMS/claims.yaml"
    for k in 1 2; do
        "$BIN/factcheck" check --claims "$claims" --sources "$seeds" --shard "$k/2" \
            --format json >"$WORK/shard-$k.json" 2>"$WORK/stderr" || {
            echo "memory: factcheck failed on shard $k/2 of $d documents:" >&2
            cat "$WORK/stderr" >&2
            exit 1
        }
    done
    for f in $MERGE_FORMATS; do
        measure "$d" "$MERGE_CLAIMS" "merge $f" "$BIN/factcheck" merge \
            "$WORK/shard-1.json" "$WORK/shard-2.json" --format "$f"
    done
    rm -f "$WORK/shard-1.json" "$WORK/shard-2.json"
done
echo "$(nproc) cores, $(date -u +%Y-%m-%d), $(git rev-parse --short HEAD)"
