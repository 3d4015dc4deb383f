#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz; clang, ASan + UBSan, in build-fuzz) and runs each for a
# fixed number of executions, seeded from tests/data. Inputs that crashed before (kept in
# tests/fuzz/regresjon/TARGET/) are run first and must now pass; a new crash is written there.
#
#   scripts/fuzz.sh [RUNS]         RUNS executions per target (default 10000000)
#   FUZZ_MAX_TID=600 scripts/fuzz.sh   also stop each target after 600 s
#   FUZZ_MAAL="fuzz_jsonl" scripts/fuzz.sh   only these targets
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-10000000}
MAXTID=${FUZZ_MAX_TID:-0}
MAAL=${FUZZ_MAAL:-"fuzz_jsonl fuzz_brevmal fuzz_conninfo fuzz_rapport"}
B=build-fuzz

cmake -S . -B "$B" -G Ninja -DTILSYN_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
cmake --build "$B" -j2 --target $MAAL

# Seed corpora from the project's own test data.
frosaa() {
    k="$B/korpus/$1"
    mkdir -p "$k"
    case "$1" in
    fuzz_jsonl)
        split -l 1 -a 4 tests/data/sosial-2024/cases.jsonl "$k/sosial-"
        for f in tests/data/invalid/*.jsonl; do cp "$f" "$k/"; done
        # A sync document (the first sync's fast reader): the local fields and rapport_mottatt.
        head -n 1 tests/data/sosial-2024/cases.jsonl | sed -e 's/^{/{"rapport_mottatt": "2024-05-02", /' \
            -e 's/"navn":/"deres_dato": "2024-01-31", "deres_ref": "2024\/7", "navn":/g' \
            -e 's/"type":/"autorisasjon": "lege", "type":/g' \
            > "$k/synkdokument" ;;
    fuzz_brevmal)
        for f in resources/letters/*.html; do
            { printf '\200'; cat "$f"; } > "$k/mal-$(basename "$f")"
            { printf '\005'; head -c 400 "$f"; } > "$k/verdi-$(basename "$f")"
        done ;;
    fuzz_conninfo)
        printf "host=db.example.no port=5432 dbname=tilsyn user=kari sslmode=verify-full" > "$k/enkel"
        printf "host='a b' password='it\\\\'s' application_name=tilsynsklient" > "$k/sitert"
        printf "host=localhost options='-c search_path=tilsyn'" > "$k/options" ;;
    fuzz_rapport)
        head -c 2000 tests/data/sosial-2024/cases.jsonl | tr ',' '\377' > "$k/celler"
        printf 'agder\377#\001\000\000\000\000\000\000\000\377"sitert, tekst"\376landet\377\377' > "$k/tall" ;;
    esac
}

for t in $MAAL; do
    frosaa "$t"
    r="tests/fuzz/regresjon/$t"
    mkdir -p "$r"
    if [ -n "$(ls -A "$r" 2>/dev/null)" ]; then
        echo "== $t: earlier crashing inputs"
        "$B/tests/fuzz/$t" "$r"/*
    fi
    echo "== $t: $RUNS executions"
    # -reload=0: the corpus folder is this run's own; rereading it every second cost a fifth of
    # the time of the slower targets.
    start=$(date +%s)
    "$B/tests/fuzz/$t" -runs="$RUNS" -max_total_time="$MAXTID" -workers=1 -max_len=8192 -reload=0 \
        -print_final_stats=1 -artifact_prefix="$r/" "$B/korpus/$t" > "$B/$t.log" 2>&1 \
        || { rc=$?; if [ $rc -eq 72 ]; then echo "$t: interrupted (exit 72), figures below are up to then"
             else echo "$t: FAILED (exit $rc): the input is in $r/, the log in $B/$t.log"; fi; }
    echo "$t: $(( $(date +%s) - start )) s"
    grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss|==[0-9]+==ERROR|SUMMARY|Done [0-9]+ runs)' "$B/$t.log" || true
    echo "leaks: $(grep -c 'LeakSanitizer' "$B/$t.log"), UB: $(grep -c 'runtime error' "$B/$t.log"), crashes: $(grep -c '==ERROR' "$B/$t.log")"
    echo
done
