// Package group is the group page (/group), which group.wasm draws: a
// facilitator or a researcher pools anonymous response files and the
// members' room codes on their own device and sees the study's report of
// them (stats/report): the summary of what was read and rejected, Tables
// 1–4, Figures 1–2, the group's profile, a filter and the split by
// current and former members; the exports (the report's JSON, the pooled
// CSV, the SPSS .sav, a print layout) and the group's code for the
// members' phones. Nothing is uploaded.
package group
