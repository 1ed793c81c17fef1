#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (ASan + UBSan) in
# $FUZZ_BUILD and runs each for FUZZ_SECONDS, seeded from fuzz/corpus/<target>/.
# New inputs go to $FUZZ_BUILD/corpus/<target>/ (the seeds in the repository
# are left as they are); a crash leaves its input in $FUZZ_BUILD/artifacts/
# and fails the script: turn it into a regression test in tests/.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
# FUZZ_RUNS=N: a fixed number of inputs from a fixed seed instead of a time
# budget, so a pass is the same on every machine (CI's short pass): a red CI
# run then always means a real regression, never the luck of the draw.
FUZZ_RUNS="${FUZZ_RUNS:-}"
if [ -n "$FUZZ_RUNS" ]; then
  budget=(-runs="$FUZZ_RUNS" -seed=1)
  what="$FUZZ_RUNS inputs (seed 1)"
else
  budget=(-max_total_time="$FUZZ_SECONDS")
  what="${FUZZ_SECONDS}s"
fi
FUZZ_BUILD="${FUZZ_BUILD:-build-fuzz}"
JOBS="${JOBS:-$(nproc)}"

CC=clang CXX=clang++ cmake -S . -B "$FUZZ_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNEWSLINT_FUZZ=ON -DNEWSLINT_TESTS=OFF >/dev/null
targets=()
for src in fuzz/*_fuzz.cc; do
  name=$(basename "$src" _fuzz.cc)
  targets+=("$name")
done
cmake --build "$FUZZ_BUILD" -j "$JOBS" --target "${targets[@]/#/fuzz_}"

mkdir -p "$FUZZ_BUILD/artifacts"
failed=()
for name in "${targets[@]}"; do
  work="$FUZZ_BUILD/corpus/$name"
  mkdir -p "$work"
  echo "fuzz: $name for $what" >&2
  # -timeout: an input taking 10 s is a hang; -rss_limit_mb: one using 2 GB
  # is exhaustion. Both count as failures, like crashes.
  if ! ASAN_OPTIONS=detect_leaks=1 "$FUZZ_BUILD/fuzz/fuzz_$name" \
      "${budget[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$FUZZ_BUILD/artifacts/$name-" \
      "$work" "fuzz/corpus/$name" 2>"$FUZZ_BUILD/$name.log"; then
    failed+=("$name")
    tail -n 40 "$FUZZ_BUILD/$name.log" >&2
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$FUZZ_BUILD/$name.log" | tr '\n' ' ' >&2
    echo >&2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failures in ${failed[*]} (inputs in $FUZZ_BUILD/artifacts/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, $what each, no failure" >&2
