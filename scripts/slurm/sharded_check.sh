#!/usr/bin/env bash
# A sharded newslint run on Slurm: a job array extracts the shards (one task
# a shard, `extract --shard K/N` over the same inputs), then a job that
# depends on the whole array reconciles their records into one report.
#
# usage: scripts/slurm/sharded_check.sh [-n SHARDS] [-o REPORT] [-w WORKDIR]
#            [-f FORMAT] [-b BINARY] [-- NEWSLINT_OPTIONS... --] PATH...
#   -n SHARDS   tasks in the array (default 4)
#   -o REPORT   the report the reconcile writes (default WORKDIR/report.json)
#   -f FORMAT   its format (default json)
#   -w WORKDIR  where the shards' records and the logs go (must be on a file
#               system every node sees; default ./newslint-run)
#   -b BINARY   the newslint binary (default: build/newslint of this checkout)
# Options between two -- (e.g. -- --config FILE --rules DIR --) go to extract
# and to reconcile alike, as they must. Prints the reconcile job's id; `sbatch`
# options such as the partition come from the usual SBATCH_* variables.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
shards=4 workdir="$PWD/newslint-run" report="" format=json binary="$here/build/newslint"
while getopts "n:o:w:f:b:" opt; do
  case "$opt" in
    n) shards="$OPTARG" ;;
    o) report="$OPTARG" ;;
    w) workdir="$OPTARG" ;;
    f) format="$OPTARG" ;;
    b) binary="$OPTARG" ;;
    *) sed -n '2,17p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
# getopts took the first "--"; what stands before a second one is newslint's.
common=()
if [[ " $* " == *" -- "* ]]; then
  while [[ "$1" != "--" ]]; do common+=("$1"); shift; done
  shift
fi
[[ $# -gt 0 ]] || { echo "sharded_check.sh: no input paths" >&2; exit 2; }
mkdir -p "$workdir"
workdir="$(cd "$workdir" && pwd)"
report="${report:-$workdir/report.$format}"
# Inputs are resolved now: tasks may start in another folder.
inputs=()
for p in "$@"; do inputs+=("$(realpath "$p")"); done

quote() { printf '%q ' "$@"; }
array_id=$(sbatch --parsable --job-name=newslint-extract --array="0-$((shards - 1))" \
  --output="$workdir/extract-%a.log" --chdir="$workdir" \
  --wrap="$(quote "$binary" extract "${common[@]}") --shard \${SLURM_ARRAY_TASK_ID}/$shards --records $(printf '%q' "$workdir")/shard-\${SLURM_ARRAY_TASK_ID}.jsonl $(quote "${inputs[@]}")")
records=()
for ((k = 0; k < shards; k++)); do records+=("$workdir/shard-$k.jsonl"); done
# afterok: a failed shard leaves the reconcile pending-never-runnable rather
# than producing a report that silently lacks part of the corpus.
reconcile_id=$(sbatch --parsable --job-name=newslint-reconcile --dependency="afterok:$array_id" \
  --output="$workdir/reconcile.log" --chdir="$workdir" \
  --wrap="$(quote "$binary" reconcile "${common[@]}" --format "$format" --output "$report" --fail-on never "${records[@]}")")
echo "$reconcile_id"
