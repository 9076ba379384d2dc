//go:build !wasm

// Package e2e holds the browser tests: the app as built from the source
// under test, served by the real server (`sammebaat serve`) or as the
// static site (`sammebaat build`), driven in Chromium, WebKit and Firefox
// by the harness of ../internal/browsertest. It has no code of its own
// outside its tests.
//
// By subject: the site itself, its security policy and offline use
// (site_test.go, hardening_test.go, update_test.go, worker_test.go,
// split_test.go); the respondent's pages (respondent_test.go, early_test.go,
// storage_test.go); the group page, its codes and scanner (group_test.go,
// code_test.go, scan_test.go, meeting_test.go); the same flows in WebKit and
// Firefox (engines_test.go); and the measurements of make bench
// (bench_test.go, phone_bench_test.go, scan_bench_test.go, which run only
// when SAMMEBAAT_BENCH names a file).
//
// Run them alone (make test does): beside other packages' tests they would
// share the machine's cores with the browsers.
package e2e
