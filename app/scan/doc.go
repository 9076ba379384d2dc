// Package scan is the camera scanner both programs use for room codes: the
// group page's "Scan codes" and the scores page's "Compare with my group".
// It opens the camera, reads QR codes from its frames with the browser's
// BarcodeDetector where there is one, else with decoder.wasm in a Web
// Worker, and says in the page's language why a camera could not be used.
package scan
