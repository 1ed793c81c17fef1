#!/usr/bin/env bash
# Runs the sharded mode under a real Slurm: starts a one-node cluster on this
# machine (slurmctld and slurmd from Debian's slurm-wlm, private config, state
# and ports under a temp folder, loopback only), submits
# scripts/slurm/sharded_check.sh over the fixtures as a 3-task job array and
# a dependent reconcile job, waits for it, and compares the report with one
# `newslint check` over the same inputs. Exit 77 (skipped) without Slurm or
# root; the daemons are stopped whatever happens.
#
# usage: tests/slurm/single_node_test.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"
for tool in slurmctld slurmd sbatch squeue sacct scontrol; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed (apt-get install slurmctld slurmd slurm-client)"; exit 77; }
done
[[ $(id -u) -eq 0 ]] || { echo "SKIP: slurmd needs root to run jobs"; exit 77; }

work="$(mktemp -d /tmp/newslint-slurm-XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  sleep 1
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  if [[ "${KEEP:-}" == "" ]]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
node="$(hostname -s)"
ctld_port=$(free_port)
d_port=$(free_port)
mkdir -p "$work/state" "$work/spool" "$work/run"
cat > "$work/slurm.conf" <<CONF
ClusterName=newslint-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$d_port
AuthType=auth/none
CredType=cred/none
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=30 State=UP
CONF
export SLURM_CONF="$work/slurm.conf"

slurmctld -D -i -f "$SLURM_CONF" >"$work/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >"$work/slurmd.out" 2>&1 &
pids+=($!)

# Up when the node is idle: at most 60 s.
for _ in $(seq 60); do
  state=$(sinfo -h -N -o '%T' 2>/dev/null | head -1 || true)
  [[ "$state" == idle* ]] && break
  sleep 1
done
if [[ "${state:-}" != idle* ]]; then
  echo "FAIL: the one-node cluster did not come up (state '${state:-none}')"
  tail -20 "$work/slurmctld.log" "$work/slurmd.log" 2>/dev/null || true
  exit 1
fi

inputs=("$root/fixtures/corpus-cross" "$root/fixtures/corpus")
cd "$root"
job=$(NEWSLINT_RULES_DIR="$root/rules" "$root/scripts/slurm/sharded_check.sh" -n 3 -w "$work/run-1" \
        -b "$build/newslint" -- --no-config -- "${inputs[@]}")
echo "reconcile job $job"
# Done when the job has left the queue: at most 180 s.
for _ in $(seq 180); do
  [[ -z "$(squeue -h -j "$job" 2>/dev/null)" ]] && break
  sleep 1
done
if [[ -n "$(squeue -h -j "$job" 2>/dev/null)" ]]; then
  echo "FAIL: the reconcile job is still queued after 180 s"; squeue; exit 1
fi
for k in 0 1 2; do
  [[ -s "$work/run-1/shard-$k.jsonl" ]] || { echo "FAIL: shard $k wrote no records"; cat "$work/run-1/extract-$k.log" || true; exit 1; }
done
[[ -s "$work/run-1/report.json" ]] || { echo "FAIL: no report"; cat "$work/run-1/reconcile.log" || true; exit 1; }
NEWSLINT_RULES_DIR="$root/rules" "$build/newslint" check --no-config --format json "${inputs[@]}" >"$work/single.json" || true
if cmp -s "$work/single.json" "$work/run-1/report.json"; then
  echo "PASS: 3 Slurm array tasks + a dependent reconcile gave the report of one check ($(wc -c <"$work/single.json") bytes)"
else
  echo "FAIL: the Slurm report differs from a single check"
  diff <(python3 -m json.tool "$work/single.json") <(python3 -m json.tool "$work/run-1/report.json") | head -40
  exit 1
fi
