// Command sammebaat serves the Samme båt app, writes it as a static site,
// and analyses response files (spec/formats.md, "Command line"): built
// natively, main_native.go. Built for the browser (GOOS=js GOARCH=wasm),
// main_wasm.go, the same package is app.wasm, the respondent's pages; the
// group page is its own program, ./group (group.wasm).
package main
