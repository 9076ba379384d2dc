// Package browserjs is the pages' few direct calls into the browser's
// JavaScript, shared by the group page's file reading, the scanner and
// sharing: waiting for a promise, a rejection's message, the clock,
// printing and the vibrator. Natively (the tests, the server's
// prerendering) only the functions without JavaScript values exist, and do
// nothing.
package browserjs
