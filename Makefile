# The two commands of the README: `make run` and `make test`. Both install
# what is missing (Debian packages), configure and build first.
BUILD      ?= build
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
JOBS       ?= $(shell nproc)
SHARED     ?= ../shared
CMAKE_FLAGS ?=

.PHONY: all deps build run test test-asan tsan-smoke fuzz fuzz-short seeds bench clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# Check the bundled corpus and show the report (findings do not fail `make run`).
run: build
	$(BUILD)/newslint check --fail-on never fixtures/corpus

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DNEWSLINT_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS)

# The commands that run threads (start-up loaders, the work queue), built
# with ThreadSanitizer and run over the fixtures: any report fails.
tsan-smoke: deps
	cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSLINT_TSAN=ON -DNEWSLINT_TESTS=OFF
	cmake --build $(TSAN_BUILD) -j $(JOBS) --target newslint
	bash scripts/tsan-smoke.sh $(TSAN_BUILD)/newslint

# The libFuzzer targets of fuzz/ (clang, ASan + UBSan), each for FUZZ_SECONDS;
# CI runs `make fuzz-short`. Crashing inputs land in build-fuzz/artifacts/.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) JOBS=$(JOBS) bash scripts/run-fuzz.sh

fuzz-short: deps
	FUZZ_RUNS=4000 JOBS=$(JOBS) bash scripts/run-fuzz.sh

# Score a run over the example articles against their labels.
seeds: build
	python3 $(SHARED)/tools/score_findings.py --labels $(SHARED)/seeds/expected.yaml \
	  --cmd "$(BUILD)/newslint check --format json $(SHARED)/seeds/articles"

# Throughput on a synthetic corpus (BENCH_MB, default 10; BENCH_RUNS, default 5)
# and Google Benchmark of the hot paths. Figures, not assertions.
bench: build
	python3 bench/run_bench.py
	@if [ -x $(BUILD)/newslint_bench ]; then $(BUILD)/newslint_bench --benchmark_min_time=0.5; fi

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) build-fuzz
