#!/usr/bin/env python3
"""`make bench`: newslint's throughput on a synthetic news corpus.

Generates the corpus (bench/generate_corpus.py, cached under build/), then runs
`newslint check` over it with the full default rules and knowledge base at 1
job and at all cores, several times each, and reports medians: MB/s,
articles/s and peak memory (max RSS). As a yardstick it runs `grep -F` with
the spinner phrase list over the same files. Timings on shared machines are
noisy: read the medians and the ratios, not single runs.

Usage: bench/run_bench.py [--mb 10] [--runs 5] [--binary build/newslint]
"""
import argparse
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, stdout=subprocess.DEVNULL):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {code}")
    return wall, usage.ru_maxrss / 1024.0  # MiB


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
    args = ap.parse_args()
    corpus = os.path.join(ROOT, "build", f"bench-corpus-{args.mb:g}mb")
    if not glob.glob(os.path.join(corpus, "*.jsonl")):
        subprocess.check_call([sys.executable, os.path.join(HERE, "generate_corpus.py"),
                               "--mb", str(args.mb), "--out", corpus])
    files = sorted(glob.glob(os.path.join(corpus, "*.jsonl")))
    size = corpus_size(files)
    articles = sum(1 for p in files for _ in open(p, encoding="utf-8"))
    cores = os.cpu_count() or 1
    print(f"machine: {cores} cores; corpus: {size / 1e6:.1f} MB, {articles} articles, {len(files)} files")
    print(f"runs per configuration: {args.runs} (medians)\n")
    rows = []
    for jobs in sorted({1, cores}):
        walls, rss = [], []
        for _ in range(args.runs):
            w, m = run([args.binary, "check", "--no-config", "--format", "json", "--fail-on", "never",
                        "--jobs", str(jobs), corpus])
            walls.append(w)
            rss.append(m)
        wall = statistics.median(walls)
        rows.append((f"newslint --jobs {jobs}", wall, size / wall / 1e6, articles / wall, statistics.median(rss)))
    with tempfile.TemporaryDirectory() as tmp:
        phrases, count = phrase_file(tmp)
        walls = [run(["grep", "-F", "-i", "-c", "-f", phrases] + files)[0] for _ in range(args.runs)]
        wall = statistics.median(walls)
        rows.append((f"grep -F -i ({count} phrases)", wall, size / wall / 1e6, articles / wall, float("nan")))
    print(f"{'configuration':<34}{'median s':>10}{'MB/s':>9}{'articles/s':>12}{'peak MiB':>10}")
    for name, wall, mbs, aps, mem in rows:
        print(f"{name:<34}{wall:>10.3f}{mbs:>9.2f}{aps:>12.0f}{mem:>10.1f}")
    one, many, grep = rows[0], rows[-2], rows[-1]
    print(f"\nscaling {cores} jobs / 1 job: {one[1] / many[1]:.2f}x")
    print(f"newslint (1 job) / grep -F throughput: {one[2] / grep[2]:.3f}")
    # Findings, so a run that silently checks nothing is visible.
    out = subprocess.run([args.binary, "check", "--no-config", "--format", "json", "--fail-on", "never", corpus],
                         capture_output=True, text=True).stdout
    summary = json.loads(out)["summary"]
    print(f"findings: {summary['findings']} in {summary['documents']} documents")


if __name__ == "__main__":
    main()
