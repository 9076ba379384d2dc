# Samme båt — the commands the README gives.
SHELL   := /bin/bash
GO      ?= go
WASM    := web/app.wasm
GROUPWASM := web/group.wasm
DECODER := web/decoder.wasm
BIN     := bin/sammebaat
FUZZTIME ?= 10s

.PHONY: run test build wasm wasm-sizes decoder bench bench-check fuzz site vet fmt-check clean

# run: build the wasm and the native program, serve the app at http://127.0.0.1:8000
run: build
	./$(BIN) serve --addr 127.0.0.1:8000

build: $(BIN) wasm decoder

# wasm: the app the browser runs, and the brotli and gzip copies the server
# sends, written by the native program (Go only: no brotli or gzip command).
# The respondent's pages are app.wasm; the group page is group.wasm (the
# report, statistics, exports and scanner a respondent never uses).
# Both leave go-app's server out: go.mod replaces go-app with the patched
# copy in internal/goapp/go-app, so any go build sees what ships.
wasm: $(BIN)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WASM) ./wasm
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(GROUPWASM) ./wasm/group
	./$(BIN) compress $(WASM) $(GROUPWASM)

# wasm-sizes: what each Go package costs in the two programs (docs/performance.md).
wasm-sizes:
	@mkdir -p bin
	GOOS=js GOARCH=wasm $(GO) build -trimpath -o bin/app-sym.wasm ./wasm
	GOOS=js GOARCH=wasm $(GO) build -trimpath -o bin/group-sym.wasm ./wasm/group
	$(GO) run ./internal/wasmsize/report bin/app-sym.wasm bin/group-sym.wasm

# decoder: the QR code reader, a wasm of its own that the scanner loads into a
# worker only when a scan starts (not part of app.wasm, the first download).
decoder: $(BIN)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(DECODER) ./wasm/decoder
	./$(BIN) compress $(DECODER)

$(BIN): FORCE
	$(GO) build -trimpath -o $(BIN) ./wasm

FORCE:

# site: the static site for any static file server (BASE_PATH=/sub for a sub-path)
site: build
	./$(BIN) build --out site $(if $(BASE_PATH),--base-path $(BASE_PATH))

vet:
	$(GO) vet ./...
	# Every package of the three programs, as the browser's build sees them.
	GOOS=js GOARCH=wasm $(GO) vet $$(GOOS=js GOARCH=wasm $(GO) list -deps ./wasm ./wasm/group ./wasm/decoder | grep '^sammebaat')

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go') 2>/dev/null); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

AXE := wasm/internal/browsertest/testdata/node/node_modules/axe-core/axe.min.js

# axe-core for the accessibility checks of the browser tests, pinned by the lock file.
$(AXE): wasm/internal/browsertest/testdata/node/package.json wasm/internal/browsertest/testdata/node/package-lock.json
	npm ci --prefix wasm/internal/browsertest/testdata/node --no-audit --no-fund
	touch $@

# test: every test — unit, oracle, fuzz seed corpus plus a short fuzz run, and the real-browser tests
# (BROWSERTESTS: the harness's own tests and wasm/e2e).
BROWSERTESTS := ./wasm/internal/browsertest/ ./wasm/e2e/
test: fmt-check vet build $(AXE)
	$(GO) test -count=1 -timeout=30m $$($(GO) list ./... | grep -v -e '/wasm/internal/browsertest$$' -e '/wasm/e2e$$')
	# pmath's functions are math's to the bit in WebAssembly: run its tests there too (node).
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" ./stats/internal/pmath/
	# The browser tests alone, one package at a time: beside other tests they would share the 2 cores.
	$(GO) test -count=1 -timeout=60m -p 1 $(BROWSERTESTS)
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) ./scales/
	$(GO) test -run='^$$' -fuzz='^FuzzReadCode$$' -fuzztime=$(FUZZTIME) ./scales/roomcode/

fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=10m ./scales/
	$(GO) test -run='^$$' -fuzz='^FuzzReadCode$$' -fuzztime=10m ./scales/roomcode/

# bench: every performance figure, each beside its budget (internal/bench):
# the Go benchmarks, then the measurements in the browser (and any other test
# named TestBench*, which measure only when SAMMEBAAT_BENCH names a file;
# SAMMEBAAT_BENCH_RUNS sets their runs). The table goes to the terminal and,
# between its two marker comments, into docs/performance.md; the figures go
# to bin/bench.json, the previous run's to bin/bench-previous.json. One
# package at a time (-p 1): the analyze command's measurements and the
# browser's are in different packages and would otherwise share the cores.
BENCH := bin/bench
bench: build
	@mkdir -p bin
	@if [ -f $(BENCH).json ]; then cp $(BENCH).json $(BENCH)-previous.json; fi
	rm -f $(BENCH)-figures.jsonl
	set -o pipefail; $(GO) test -p 1 -timeout=60m -run='^$$' -bench=. -benchmem ./... | tee $(BENCH)-go.txt
	SAMMEBAAT_BENCH=$(CURDIR)/$(BENCH)-figures.jsonl $(GO) test -p 1 -count=1 -timeout=60m -v -run='^TestBench' ./...
	$(GO) run ./internal/bench/report -go $(BENCH)-go.txt -figures $(BENCH)-figures.jsonl \
		-previous $(BENCH)-previous.json -out $(BENCH).json -markdown docs/performance.md

# bench-check: fails when the last make bench (run now if there is none)
# missed a budget.
bench-check:
	@if [ ! -f $(BENCH).json ]; then $(MAKE) bench; fi
	$(GO) run ./internal/bench/report -check $(BENCH).json -previous $(BENCH)-previous.json

clean:
	rm -rf bin site $(WASM) $(WASM).br $(WASM).gz $(GROUPWASM) $(GROUPWASM).br $(GROUPWASM).gz $(DECODER) $(DECODER).br $(DECODER).gz
