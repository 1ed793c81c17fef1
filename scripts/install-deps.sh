#!/usr/bin/env bash
# Installs the Debian packages newslint builds and tests with, and only those
# that are missing, so `make` works on a fresh Debian machine and costs
# nothing on a prepared one.
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  nlohmann-json3-dev libre2-dev libfmt-dev libyaml-cpp-dev libgtest-dev libsqlite3-dev
  libsimdjson-dev   # the JSONL fast path
  libjemalloc-dev   # the command's allocator (CMakeLists.txt)
  libpcre2-dev      # quote attribution's patterns (checker/pcre2_pattern.h)
  wordnet-base python3 python3-yaml libbenchmark-dev python3-jsonschema
  slurmctld slurmd slurm-client   # the sharded mode's test runs a one-node Slurm
  chromium  # the HTML report's browser test (tests/html_report_browser_test.cc)
  clang libclang-rt-dev   # make fuzz: clang and its libFuzzer runtime
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
