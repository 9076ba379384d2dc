// Command group is the group page in the browser (group.wasm): the pooled
// report, its statistics, the exports and the code scanner, which a
// respondent's phone never needs. The respondent's pages are app.wasm
// (the program in ..); the page's script chooses between the two by the
// address.
package main
