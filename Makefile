# Samme båt — the commands the README gives.
GO      ?= go
WASM    := web/app.wasm
DECODER := web/decoder.wasm
BIN     := bin/sammebaat
FUZZTIME ?= 10s

.PHONY: run test build wasm decoder bench fuzz site vet fmt-check clean

# run: build the wasm and the native program, serve the app at http://127.0.0.1:8000
run: build
	./$(BIN) serve --addr 127.0.0.1:8000

build: wasm decoder $(BIN)

wasm:
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WASM) ./wasm
	brotli -f -q 11 -o $(WASM).br $(WASM)
	gzip -9 -k -f $(WASM)

# decoder: the QR code reader, a wasm of its own that the scanner loads into a
# worker only when a scan starts (not part of app.wasm, the first download).
decoder:
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(DECODER) ./decoder
	brotli -f -q 11 -o $(DECODER).br $(DECODER)
	gzip -9 -k -f $(DECODER)

$(BIN): FORCE
	$(GO) build -trimpath -o $(BIN) ./wasm

FORCE:

# site: the static site for any static file server (BASE_PATH=/sub for a sub-path)
site: build
	./$(BIN) build --out site $(if $(BASE_PATH),--base-path $(BASE_PATH))

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./scales/ ./stats/ ./app/ ./wasm/ ./decoder/

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go') 2>/dev/null); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# test: every test — unit, oracle, fuzz seed corpus plus a short fuzz run, and the real-browser tests.
AXE := wasm/testdata/node/node_modules/axe-core/axe.min.js

# axe-core for the accessibility checks of the browser tests, pinned by the lock file.
$(AXE): wasm/testdata/node/package.json wasm/testdata/node/package-lock.json
	npm ci --prefix wasm/testdata/node --no-audit --no-fund
	touch $@

test: fmt-check vet build $(AXE)
	$(GO) test -count=1 $$($(GO) list ./... | grep -v '/wasm$$')
	# pmath's functions are math's to the bit in WebAssembly: run its tests there too (node).
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" ./stats/internal/pmath/
	# The browser tests alone, so their timing budgets are not measured beside other packages' tests.
	$(GO) test -count=1 ./wasm/
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) ./scales/
	$(GO) test -run='^$$' -fuzz='^FuzzReadCode$$' -fuzztime=$(FUZZTIME) ./scales/

fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=10m ./scales/
	$(GO) test -run='^$$' -fuzz='^FuzzReadCode$$' -fuzztime=10m ./scales/

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./stats/ ./scales/ ./wasm/

clean:
	rm -rf bin site $(WASM) $(WASM).br $(WASM).gz $(DECODER) $(DECODER).br $(DECODER).gz
