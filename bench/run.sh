#!/usr/bin/env bash
# Benchmark: factcheck against ripgrep and the read floor on generated corpora.
#
#   bash bench/run.sh            # 1k/5k/20k documents x 10/100/1000 claims, best of 3
#
# Environment: BENCH_DOCS="1000 5000" and BENCH_CLAIMS="10 100" pick sizes, BENCH_RUNS the
# number of runs (best taken), BENCH_TIMEOUT the seconds one run may take (default 60),
# BENCH_DIR where corpora go (default target/bench).
#
# Needs ripgrep for its column (Debian: `apt-get install -y ripgrep`; skipped if absent)
# and GNU time for peak memory (`apt-get install -y time`).
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=${BENCH_DOCS:-"1000 5000 20000"}
CLAIMS=${BENCH_CLAIMS:-"10 100 1000"}
RUNS=${BENCH_RUNS:-3}
TIMEOUT=${BENCH_TIMEOUT:-60}
WORK=${BENCH_DIR:-target/bench}

if [[ ! -x /usr/bin/time ]]; then
    echo "bench: GNU time is needed for peak memory: apt-get install -y time" >&2
    exit 2
fi
RG=$(command -v rg || true)
if [[ -z "$RG" ]]; then
    echo "bench: ripgrep not found, its column is skipped (install: apt-get install -y ripgrep)" >&2
fi

echo "building (release)..." >&2
cargo build --release --quiet --bin factcheck --example gen-corpus --example read-floor
# (Where cargo put them: CARGO_TARGET_DIR moves the build.)
BIN=${CARGO_TARGET_DIR:-target}/release
mkdir -p "$WORK"

# Documents do not depend on the number of claims, so each corpus is written once and each
# claims file once; every run of a size reads the same files.
for d in $DOCS; do
    [[ -f "$WORK/docs-$d/.done" ]] || {
        "$BIN/examples/gen-corpus" --docs "$d" --claims 0 "$WORK/docs-$d" 2>/dev/null
        touch "$WORK/docs-$d/.done"
    }
done
for c in $CLAIMS; do
    "$BIN/examples/gen-corpus" --docs 0 --claims "$c" "$WORK/claims-$c" 2>/dev/null
done

# time_best CMD...: runs CMD (output to /dev/null) up to $RUNS times; prints the best
# "seconds peak-KB", or "timeout". A run slower than $TIMEOUT/3 is not repeated.
time_best() {
    local best="" rss="" start end secs kb status
    for ((i = 0; i < RUNS; i++)); do
        start=$(date +%s%N)
        status=0
        timeout "$TIMEOUT" /usr/bin/time -f "%M" -o "$WORK/rss" "$@" >/dev/null 2>"$WORK/stderr" || status=$?
        end=$(date +%s%N)
        if [[ $status -eq 124 ]]; then
            echo timeout
            return
        fi
        # factcheck exits 1 when a claim fails and rg when nothing matched: both are results.
        if [[ $status -gt 1 ]]; then
            echo "bench: '$*' failed ($status): $(head -c 300 "$WORK/stderr")" >&2
            echo failed
            return
        fi
        secs=$(calc %.4f "($end - $start) / 1000000000")
        kb=$(tail -n 1 "$WORK/rss")
        if [[ -z "$best" ]] || (($(calc %d "($secs < $best)"))); then
            best=$secs
            rss=$kb
        fi
        if (($(calc %d "($secs * 3 > $TIMEOUT)"))); then
            break
        fi
    done
    echo "$best $rss"
}

calc() { # FORMAT EXPRESSION: floating-point arithmetic without bc
    awk "BEGIN { printf \"$1\", $2 }"
}

mbps() { # bytes seconds|timeout|failed
    case "$2" in
        timeout) echo "< $(calc %.2f "$1 / 1000000 / $TIMEOUT")" ;;
        failed) echo "failed" ;;
        *) calc %.1f "$1 / 1000000 / $2" ;;
    esac
}

printf '\n%-6s %6s %6s | %10s %7s %9s %7s | %10s %7s | %10s %7s | %10s %7s %8s | %10s\n' \
    docs MB claims "factcheck" "RSS MB" "x floor" "x rg" "jsonl" "RSS MB" "table" "RSS MB" "ripgrep" "RSS MB" "vs floor" "floor"
printf '%-6s %6s %6s | %10s %7s %9s %7s | %10s %7s | %10s %7s | %10s %7s %8s | %10s\n' \
    "" "" "" "MB/s" "" "(slower)" "(faster)" "MB/s" "" "MB/s" "" "MB/s" "" "(slower)" "MB/s"
for d in $DOCS; do
    seeds="$WORK/docs-$d/seeds"
    bytes=$(cat "$seeds"/*.txt | wc -c)
    read -r floor _ < <(time_best "$BIN/examples/read-floor" "$seeds")
    for c in $CLAIMS; do
        claims="$WORK/claims-$c/claims.yaml"
        read -r fc fc_kb < <(time_best "$BIN/factcheck" check --claims "$claims" --sources "$seeds" --format json)
        # The default output, the coverage table, keeps verdicts but no evidence.
        read -r tb tb_kb < <(time_best "$BIN/factcheck" check --claims "$claims" --sources "$seeds")
        if [[ "$tb" == timeout || "$tb" == failed ]]; then tb_mb=-; else tb_mb=$((tb_kb / 1024)); fi
        # JSON Lines: the same evidence as JSON, written as each document is checked.
        read -r jl jl_kb < <(time_best "$BIN/factcheck" check --claims "$claims" --sources "$seeds" --format jsonl)
        if [[ "$jl" == timeout || "$jl" == failed ]]; then jl_mb=-; else jl_mb=$((jl_kb / 1024)); fi
        rg_rate=- rg_mb=- rg_ratio=- fc_rg=-
        if [[ -n "$RG" ]]; then
            # ripgrep's default limit (100 MB) refuses 1,000 such patterns: raise it.
            read -r rg rg_kb < <(time_best "$RG" --regex-size-limit 2G -c -f "$WORK/claims-$c/patterns.txt" "$seeds")
            rg_rate=$(mbps "$bytes" "$rg")
            if [[ "$rg" == failed ]]; then
                :
            elif [[ "$rg" != timeout ]]; then
                rg_mb=$((rg_kb / 1024))
                rg_ratio=$(calc %.1f "$rg / $floor")
                [[ "$fc" != timeout ]] && fc_rg=$(calc %.1f "$rg / $fc")
            elif [[ "$fc" != timeout && "$fc" != failed ]]; then
                fc_rg="> $(calc %.0f "$TIMEOUT / $fc")"
            fi
        fi
        if [[ "$fc" == timeout || "$fc" == failed ]]; then
            fc_mb=- fc_floor=-
        else
            fc_mb=$((fc_kb / 1024))
            fc_floor=$(calc %.1f "$fc / $floor")
        fi
        printf '%-6s %6s %6s | %10s %7s %9s %7s | %10s %7s | %10s %7s | %10s %7s %8s | %10s\n' \
            "$d" "$(calc %.1f "$bytes / 1000000")" "$c" "$(mbps "$bytes" "$fc")" "$fc_mb" \
            "$fc_floor" "$fc_rg" "$(mbps "$bytes" "$jl")" "$jl_mb" "$(mbps "$bytes" "$tb")" "$tb_mb" \
            "$rg_rate" "$rg_mb" "$rg_ratio" "$(mbps "$bytes" "$floor")"
    done
done
echo
echo "factcheck: check --format json > /dev/null (verdicts with evidence); jsonl: the same with"
echo "--format jsonl (a line per document as it is checked); table: check > /dev/null"
echo "(the default output: verdicts, no evidence kept); ripgrep: rg --regex-size-limit 2G -c -f patterns.txt"
echo "(the same patterns, $(nproc) threads; x rg = ripgrep's time / factcheck's);"
echo "floor: read every file and split lines (examples/read-floor.rs). Best of $RUNS; timeout ${TIMEOUT}s."
echo "$(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(date -u +%Y-%m-%d)"
