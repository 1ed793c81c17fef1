#!/usr/bin/env bash
# Runs a ThreadSanitizer build of newslint (make tsan-smoke) through the
# commands that use threads: check with both passes and several jobs,
# extract, reconcile, and a report written with --output. Any data race
# ThreadSanitizer reports fails the script.
set -euo pipefail
bin=${1:?usage: tsan-smoke.sh PATH/TO/TSAN/newslint}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
run() {
  local status=0
  "$@" > /dev/null 2> "$tmp/err" || status=$?
  # 0 and 1 are findings or none; 66 is ThreadSanitizer's, anything else a fault.
  if [ "$status" -gt 1 ]; then
    cat "$tmp/err" >&2
    echo "tsan-smoke: '$*' exited $status" >&2
    exit 1
  fi
}
run "$bin" check --no-config --jobs 4 --format json fixtures/corpus
run "$bin" check --no-config --jobs 4 --no-corpus --format sarif --output "$tmp/r.sarif" fixtures/corpus
run "$bin" extract --no-config --jobs 4 --records "$tmp/records.jsonl" fixtures/corpus
run "$bin" reconcile --no-config --format json "$tmp/records.jsonl"
run "$bin" check --no-config --jobs 3 --format gcc fixtures/corpus-cross
echo "tsan-smoke: no data race reported"
