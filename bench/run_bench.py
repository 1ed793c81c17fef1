#!/usr/bin/env python3
"""`make bench`: newslint's throughput on a synthetic news corpus.

Generates the corpus (bench/generate_corpus.py, cached under build/), then runs
newslint over it with the full default rules and knowledge base, several times
each, and reports medians: MB/s, articles/s and peak memory (max RSS):
  - the per-article pass (`check --no-corpus`) at 1 job and at all cores;
  - everything (`check`, both passes) at 1 job and at all cores;
  - the two halves of a sharded run: `extract` (per-article pass plus
    records) and `reconcile` (the cross-article pass over the records alone).
As a yardstick it runs `grep -F` with the spinner phrase list over the same
files. With --peers it also installs and times textlint (npm registry, three
rules) and proselint (Debian) on a sample of the corpus written as .txt files,
with newslint on the same sample. Timings on shared machines are noisy: read
the medians and the ratios, not single runs.

With --scale-mb M it also compares peak memory at M MB with the main size.

Usage: bench/run_bench.py [--mb 10] [--runs 5] [--binary build/newslint]
                          [--scale-mb 30] [--peers] [--peer-mb 1]
"""
import argparse
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import shutil
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, stdout=subprocess.DEVNULL, ok=(0, 1), cwd=None):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if ok is not None and code not in ok:
        raise SystemExit(f"{' '.join(cmd)} exited {code}")
    # CPU seconds beside wall seconds: on a shared machine a run's wall time
    # depends on its neighbours, its CPU time much less (MB per CPU-second is
    # the per-core throughput).
    return wall, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime  # s, MiB, s


def median_run(cmd, runs, **kw):
    """Median wall seconds, peak MiB and CPU seconds of `runs` runs."""
    results = [run(cmd, **kw) for _ in range(runs)]
    return tuple(statistics.median(r[i] for r in results) for i in range(3))


def write_sample(files, mb, out):
    """The first `mb` MB of articles, one .txt file each: what the peers read."""
    os.makedirs(out, exist_ok=True)
    budget, n = mb * 1e6, 0
    for path in files:
        for line in open(path, encoding="utf-8"):
            text = json.loads(line)["text"]
            with open(os.path.join(out, f"a{n:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            n += 1
            budget -= len(text.encode("utf-8"))
            if budget <= 0:
                return n
    return n


def install_textlint(prefix):
    """textlint and three rules from the npm registry, under build/peers."""
    rules = ["textlint-rule-no-todo", "textlint-rule-max-comma", "textlint-rule-sentence-length"]
    binary = os.path.join(prefix, "node_modules/.bin/textlint")
    if not os.path.exists(binary):
        if not shutil.which("npm"):
            return None, rules
        os.makedirs(prefix, exist_ok=True)
        r = subprocess.run(["npm", "install", "--silent", "--prefix", prefix, "textlint"] + rules,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode != 0 or not os.path.exists(binary):
            return None, rules
    return binary, rules


def corpus_size(paths):
    return sum(os.path.getsize(p) for p in paths)


def phrase_file(tmp):
    phrases = []
    with open(os.path.join(ROOT, "rules/spinner/tortured-phrases.data.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.search(r'phrase: "([^"]+)"', line)
            if m:
                phrases.append(m.group(1))
    path = os.path.join(tmp, "phrases.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(phrases) + "\n")
    return path, len(phrases)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=float(os.environ.get("BENCH_MB", 10)))
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 5)))
    ap.add_argument("--binary", default=os.path.join(ROOT, "build/newslint"))
    ap.add_argument("--peers", action="store_true", default=bool(os.environ.get("BENCH_PEERS")),
                    help="also time textlint and proselint on a sample")
    ap.add_argument("--scale-mb", type=float, default=float(os.environ.get("BENCH_SCALE_MB", 0)),
                    help="also measure peak memory on a corpus of this size (e.g. 3x --mb)")
    ap.add_argument("--peer-mb", type=float, default=float(os.environ.get("BENCH_PEER_MB", 1)))
    args = ap.parse_args()
    corpus = corpus_dir(args.mb)
    files = sorted(glob.glob(os.path.join(corpus, "*.jsonl")))
    size = corpus_size(files)
    articles = sum(1 for p in files for _ in open(p, encoding="utf-8"))
    cores = os.cpu_count() or 1
    print(f"machine: {cores} cores; corpus: {size / 1e6:.1f} MB, {articles} articles, {len(files)} files")
    print(f"runs per configuration: {args.runs} (medians)\n")
    ap_rows = []
    check = [args.binary, "check", "--no-config", "--format", "json", "--fail-on", "never"]
    for label, extra in (("per-article pass", ["--no-corpus"]), ("both passes", [])):
        for jobs in sorted({1, cores}):
            wall, mem, cpu = median_run(check + extra + ["--jobs", str(jobs), corpus], args.runs)
            ap_rows.append((f"check, {label}, --jobs {jobs}", wall, size / wall / 1e6, articles / wall, mem, cpu))
    with tempfile.TemporaryDirectory() as tmp:
        records = os.path.join(tmp, "records.jsonl")
        extract = [args.binary, "extract", "--no-config", "--records", records, corpus]
        wall, mem, cpu = median_run(extract, args.runs, ok=(0,))
        ap_rows.append((f"extract (map), --jobs {cores}", wall, size / wall / 1e6, articles / wall, mem, cpu))
        rec_mb = os.path.getsize(records) / 1e6
        reconcile = [args.binary, "reconcile", "--no-config", "--format", "json", "--fail-on", "never",
                     records]
        wall, mem, cpu = median_run(reconcile, args.runs)
        ap_rows.append((f"reconcile (reduce, {rec_mb:.1f} MB records)", wall, size / wall / 1e6,
                        articles / wall, mem, cpu))
        phrases, count = phrase_file(tmp)
        wall, _, cpu = median_run(["grep", "-F", "-i", "-c", "-f", phrases] + files, args.runs)
        grep_mbs = size / wall / 1e6
        ap_rows.append((f"grep -F -i ({count} phrases)", wall, grep_mbs, articles / wall, float("nan"), cpu))
    print(f"{'configuration':<44}{'median s':>10}{'MB/s':>9}{'articles/s':>12}{'peak MiB':>10}"
          f"{'CPU s':>8}{'MB/CPU-s':>10}")
    for name, wall, mbs, aps, mem, cpu in ap_rows:
        print(f"{name:<44}{wall:>10.3f}{mbs:>9.2f}{aps:>12.0f}{mem:>10.1f}{cpu:>8.2f}{size / cpu / 1e6:>10.2f}")
    per1, perN, all1, allN = ap_rows[0], ap_rows[len({1, cores}) - 1], ap_rows[len({1, cores})], ap_rows[2 * len({1, cores}) - 1]
    startup(check, per1, all1, size, args.runs)
    print(f"\nscaling {cores} jobs / 1 job: per-article {per1[1] / perN[1]:.2f}x, both passes {all1[1] / allN[1]:.2f}x")
    print(f"per-article pass, 1 job / grep -F throughput: {per1[2] / grep_mbs:.3f} (wall), "
          f"{ap_rows[-1][5] / per1[5]:.3f} (CPU)")
    if cores > 1:
        machine_scaling(check + ["--no-corpus", "--jobs", "1", corpus], cores, args.runs, per1[1])
    if args.scale_mb > 0:
        memory_scaling(args, args.mb, size, cores)
    if args.peers:
        peers(args, files, cores)
    # Findings, so a run that silently checks nothing is visible.
    out = subprocess.run([args.binary, "check", "--no-config", "--format", "json", "--fail-on", "never", corpus],
                         capture_output=True, text=True).stdout
    summary = json.loads(out)["summary"]
    print(f"findings: {summary['findings']} in {summary['documents']} documents")


def machine_scaling(cmd, cores, runs, one_wall):
    """The machine's own ceiling: `cores` independent --jobs 1 processes on
    the same corpus at once. Their throughput over one process's is the most
    any work queue can reach here (shared caches, memory bandwidth and the
    neighbours of a virtual machine)."""
    def together():
        start = time.perf_counter()
        procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for _ in range(cores)]
        for p in procs:
            p.wait()
        return time.perf_counter() - start
    wall = statistics.median(together() for _ in range(runs))
    print(f"machine ceiling: {cores} independent --jobs 1 processes at once, "
          f"{cores * one_wall / wall:.2f}x the throughput of one")


def startup(check, per1, all1, size, runs):
    """What a run costs before its first article (rules, knowledge base and,
    with both passes, the cross-article pass's files), timed on one short
    article, and the 1-job throughput with that cost taken out: what a
    corpus much larger than this one would see."""
    with tempfile.TemporaryDirectory() as tmp:
        one = os.path.join(tmp, "one.txt")
        with open(one, "w", encoding="utf-8") as f:
            f.write("Officials met on Monday.\n")
        print(f"\nstart-up (one short article, {runs} runs, medians)")
        for label, extra, row in (("per-article pass", ["--no-corpus"], per1), ("both passes", [], all1)):
            _, mem, cpu = median_run(check + extra + ["--jobs", "1", one], runs)
            steady = size / max(row[5] - cpu, 1e-9) / 1e6
            print(f"  {label:<18} {cpu:.2f} CPU s, {mem:.0f} MiB; after start-up, 1 job: {steady:.2f} MB/CPU-s")


def corpus_dir(mb):
    corpus = os.path.join(ROOT, "build", f"bench-corpus-{mb:g}mb")
    if not glob.glob(os.path.join(corpus, "*.jsonl")):
        subprocess.check_call([sys.executable, os.path.join(HERE, "generate_corpus.py"),
                               "--mb", str(mb), "--out", corpus])
    return corpus


def memory_scaling(args, mb, size, cores):
    """Peak memory at two corpus sizes: flat for the per-article pass and for
    extract (both stream), growing with the records for the reconcile."""
    print(f"\npeak memory at two corpus sizes (--jobs {cores}, 1 run each)")
    print(f"{'corpus':>10}{'per-article MiB':>18}{'extract MiB':>13}{'records MB':>12}{'reconcile MiB':>15}")
    for m in (mb, args.scale_mb):
        corpus = corpus_dir(m)
        _, per, _ = run([args.binary, "check", "--no-config", "--no-corpus", "--format", "json",
                      "--fail-on", "never", corpus])
        with tempfile.TemporaryDirectory() as tmp:
            records = os.path.join(tmp, "r.jsonl")
            _, ext, _ = run([args.binary, "extract", "--no-config", "--records", records, corpus], ok=(0,))
            _, rec, _ = run([args.binary, "reconcile", "--no-config", "--format", "json", "--fail-on",
                          "never", records])
            print(f"{m:>8g}MB{per:>18.1f}{ext:>13.1f}{os.path.getsize(records) / 1e6:>12.1f}{rec:>15.1f}")


def peers(args, files, cores):
    """The tools editors would otherwise use, on the same sample as newslint."""
    sample = os.path.join(ROOT, "build", f"bench-sample-{args.peer_mb:g}mb")
    if not os.path.isdir(sample):
        write_sample(files, args.peer_mb, sample)
    texts = sorted(glob.glob(os.path.join(sample, "*.txt")))
    size = corpus_size(texts)
    runs = max(1, min(args.runs, 3))
    print(f"\npeers on a sample: {size / 1e6:.2f} MB, {len(texts)} .txt articles, {runs} runs (medians)")
    rows = []
    wall, mem, cpu = median_run([args.binary, "check", "--no-config", "--format", "json", "--fail-on", "never",
                            "--jobs", "1", sample], runs)
    rows.append(("newslint, everything on, --jobs 1", wall, mem))
    textlint, rules = install_textlint(os.path.join(ROOT, "build", "peers"))
    if textlint:
        rule_args = [a for r in rules for a in ("--rule", r.replace("textlint-rule-", ""))]
        wall, mem, cpu = median_run([textlint, "--no-color", "--format", "compact"] + rule_args + [sample],
                               runs, ok=None, cwd=os.path.join(ROOT, "build", "peers"))
        rows.append((f"textlint ({len(rules)} rules)", wall, mem))
    else:
        print("textlint: not installable here (npm missing or offline); skipped")
    if shutil.which("proselint"):
        # proselint memoises its results under the user's cache folder: a
        # fresh one, or the run measures the cache.
        with tempfile.TemporaryDirectory() as cache:
            env_cmd = ["env", f"XDG_CACHE_HOME={cache}", f"HOME={cache}", "proselint"]
            wall, mem, cpu = median_run(env_cmd + texts, 1, ok=None)
        rows.append(("proselint (1 run, cold cache)", wall, mem))
    else:
        print("proselint: not installed (apt-get install python3-proselint); skipped")
    print(f"{'tool':<44}{'median s':>10}{'MB/s':>9}{'peak MiB':>10}")
    for name, wall, mem in rows:
        print(f"{name:<44}{wall:>10.3f}{size / wall / 1e6:>9.3f}{mem:>10.1f}")


if __name__ == "__main__":
    main()
