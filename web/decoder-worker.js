// The app's QR code reader for browsers without their own (BarcodeDetector):
// decoder.wasm, a Go program apart from app.wasm, run in this worker so that
// decoding a frame never holds up the page. The page starts the worker only
// when a scan starts; the service worker keeps both files for offline use.
//
// Messages from the page: {id, width, height, channels, pixels}, pixels an
// ArrayBuffer of RGBA (channels 4) or grey (channels 1) bytes, transferred.
// Answers: {ready: true} once the decoder runs, then {id, text, ms} for each
// frame, text the code's content or null; {error} if the decoder cannot load.
"use strict";

importScripts("../wasm_exec.js");

const go = new Go();
fetch("decoder.wasm")
  .then((res) => {
    if (!res.ok) {
      throw new Error("decoder.wasm: HTTP " + res.status);
    }
    return res.arrayBuffer();
  })
  .then((bytes) => WebAssembly.instantiate(bytes, go.importObject))
  .then((result) => go.run(result.instance)) // main posts {ready: true}
  .catch((err) => postMessage({ error: String((err && err.message) || err) }));

self.onmessage = (e) => {
  const m = e.data;
  const t0 = performance.now();
  let text = null;
  if (typeof self.sammeDecode === "function") {
    text = self.sammeDecode(new Uint8Array(m.pixels), m.width, m.height, m.channels);
  }
  postMessage({ id: m.id, text: text, ms: performance.now() - t0 });
};
