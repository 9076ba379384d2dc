package app

import (
	"sammebaat/internal/text"
	"sammebaat/scales"
)

// gmsg names a text of the group page. The questionnaire's own words
// (questions, choices, scale names) come from scales; these are the page's
// words around them. They are kept apart from the respondent pages' msg so
// the two pages can grow without stepping on each other.
type gmsg int

const (
	gTitle gmsg = iota
	gForFacilitators
	gIntro
	gPrivacy

	// Import.
	gImportTitle
	gImportIntro
	gChooseFiles
	gChooseFolder
	gDropHere
	gDropHint
	gDropBusy
	gReading
	gClear
	gNoFilesYet
	gCollecting

	// Summary.
	gSummaryTitle
	gGiven
	gAnalysed
	gRejected
	gDuplicates
	gSkipped
	gRejectedTitle
	gDuplicatesTitle
	gDuplicateOf
	gMoreNotShown
	gProblemList
	gReadFailed
	gTooFew
	gTooFewOne
	gTooFewFiltered
	gTooFewFilteredOne
	gSmallGroup

	// Selection (filter).
	gFilterTitle
	gFilterIntro
	gFilterQuestion
	gFilterCodes
	gFilterApply
	gFilterRemove
	gFilterNone
	gFilterActive
	gFilterPickCode
	gFilterPresetDissatisfied

	// Tables.
	gTablesTitle
	gT1Study
	gT1Original
	gItemDetail
	gItemDetailCaption
	gItem
	gMean
	gSD
	gItemTotal
	gAlphaIfDeleted
	gVariable
	gT4Note
	gT4SplitSmall

	// Figures.
	gFiguresTitle
	gF1
	gF2
	gFigureDesc
	gFigureTable
	gFigurePercentAxis
	gFigureLegend
	gFigurePercentOfValid

	// Profile.
	gProfileTitle
	gProfileIntro
	gProfileCaption
	gProfileGroup
	gProfileMH
	gProfileSU

	// Exports.
	gExportTitle
	gExportIntro
	gExportFiltered
	gExportReport
	gExportCSV
	gExportSAV
	gExportSAVLang
	gPrint
	gSaved
	gSaveFailed

	gmsgCount // number of texts; keep last
)

// groupTexts are the group page's words in every language.
var groupTexts = text.Enum("app: the group page", gmsgCount, map[gmsg]scales.Text{
	gTitle:           {NB: "Gruppens svar", EN: "The group's responses"},
	gForFacilitators: {NB: "For gruppeledere og forskere", EN: "For group facilitators and researchers"},
	gIntro: {
		NB: "For gruppeledere og forskere: samle de anonyme svarfilene fra gruppen og se studiens tabeller og figurer for dem. Filene leses bare her på enheten din; ingenting lastes opp.",
		EN: "For group facilitators and researchers: pool the group's anonymous response files and see the study's tables and figures for them. The files are read only here on your device; nothing is uploaded.",
	},
	gPrivacy: {
		NB: "Med færre enn 5 svar viser siden bare antallene, så ingen enkeltpersons svar kan leses ut av en tabell.",
		EN: "With fewer than 5 responses the page shows only the counts, so that no one's answers can be read off a table.",
	},

	gImportTitle: {NB: "Hent svarfiler", EN: "Add response files"},
	gImportIntro: {
		NB: "Velg filer eller en hel mappe, eller slipp dem i feltet. Hver fil leses og kontrolleres for seg; en fil med feil stopper ikke de andre. Fra mapper leses bare .json-filer.",
		EN: "Choose files or a whole folder, or drop them on the area. Each file is read and checked on its own; a file with a problem does not stop the others. From folders only .json files are read.",
	},
	gChooseFiles:  {NB: "Velg filer …", EN: "Choose files …"},
	gChooseFolder: {NB: "Velg en mappe …", EN: "Choose a folder …"},
	gDropHere:     {NB: "Slipp filer eller mapper her", EN: "Drop files or folders here"},
	gDropHint:     {NB: "Nye filer legges til dem du allerede har hentet.", EN: "New files are added to those you have already added."},
	gDropBusy:     {NB: "Vent til filene som leses nå, er ferdige.", EN: "Wait until the files being read now are done."},
	gReading:      {NB: "Leser %s av %s filer", EN: "Reading %s of %s files"},
	gClear:        {NB: "Fjern alle filene", EN: "Remove all files"},
	gNoFilesYet:   {NB: "Ingen filer er hentet ennå.", EN: "No files added yet."},
	gCollecting:   {NB: "Finner filene …", EN: "Finding the files …"},

	gSummaryTitle:    {NB: "Oppsummering", EN: "Summary"},
	gGiven:           {NB: "Filer i alt", EN: "Files in all"},
	gAnalysed:        {NB: "Analysert", EN: "Analysed"},
	gRejected:        {NB: "Avvist", EN: "Rejected"},
	gDuplicates:      {NB: "Duplikater", EN: "Duplicates"},
	gSkipped:         {NB: "Hoppet over i mappene fordi de ikke er .json-filer: %s.", EN: "Skipped in the folders because they are not .json files: %s."},
	gRejectedTitle:   {NB: "Avviste filer", EN: "Rejected files"},
	gDuplicatesTitle: {NB: "Duplikater (samme svar gitt to ganger; bare den første er med)", EN: "Duplicates (the same response given twice; only the first is used)"},
	gDuplicateOf:     {NB: "duplikat av %s", EN: "duplicate of %s"},
	gMoreNotShown:    {NB: "… og %s til. Last ned hele listen.", EN: "… and %s more. Download the whole list."},
	gProblemList:     {NB: "Last ned listen over problemer (.txt)", EN: "Download the list of problems (.txt)"},
	gReadFailed:      {NB: "filen kunne ikke leses: %s", EN: "the file could not be read: %s"},
	gTooFew: {
		NB: "Det er %d analyserte svar. Tabellene og figurene vises først fra 5 svar, så ingen enkeltpersons svar kan leses ut av dem.",
		EN: "There are %d analysed responses. The tables and figures are shown from 5 responses on, so that no one's answers can be read off them.",
	},
	gTooFewOne: {
		NB: "Det er %d analysert svar. Tabellene og figurene vises først fra 5 svar, så ingen enkeltpersons svar kan leses ut av dem.",
		EN: "There is %d analysed response. The tables and figures are shown from 5 responses on, so that no one's answers can be read off them.",
	},
	gTooFewFilteredOne: {
		NB: "Utvalget har %d svar. Tabellene og figurene vises først fra 5 svar, så ingen enkeltpersons svar kan leses ut av dem.",
		EN: "The selection has %d response. The tables and figures are shown from 5 responses on, so that no one's answers can be read off them.",
	},
	gTooFewFiltered: {
		NB: "Utvalget har %d svar. Tabellene og figurene vises først fra 5 svar, så ingen enkeltpersons svar kan leses ut av dem.",
		EN: "The selection has %d responses. The tables and figures are shown from 5 responses on, so that no one's answers can be read off them.",
	},
	gSmallGroup: {
		NB: "– : færre enn 5 svar i gruppen; ikke vist, så ingen enkeltpersons svar kan leses ut.",
		EN: "– : fewer than 5 responses in the group; not shown, so that no one's answers can be read off.",
	},

	gFilterTitle: {NB: "Utvalg", EN: "Selection"},
	gFilterIntro: {
		NB: "Analyser bare svarene med bestemte svar på ett spørsmål, for eksempel bare de svært misfornøyde. Alle tabeller, figurer og nedlastinger følger utvalget.",
		EN: "Analyse only the responses with certain answers to one question, for example only the very dissatisfied. Every table, figure and download follows the selection.",
	},
	gFilterQuestion:           {NB: "Spørsmål", EN: "Question"},
	gFilterCodes:              {NB: "Svar som tas med", EN: "Answers to include"},
	gFilterApply:              {NB: "Bruk utvalget", EN: "Apply the selection"},
	gFilterRemove:             {NB: "Ta med alle svarene", EN: "Include all responses"},
	gFilterNone:               {NB: "Alle analyserte svar er med.", EN: "All analysed responses are included."},
	gFilterActive:             {NB: "Utvalg: %s (%s) – %d av %d svar.", EN: "Selection: %s (%s) – %d of %d responses."},
	gFilterPickCode:           {NB: "Velg minst ett svar.", EN: "Choose at least one answer."},
	gFilterPresetDissatisfied: {NB: "Bare de svært misfornøyde", EN: "Only the very dissatisfied"},

	gTablesTitle:       {NB: "Studiens tabeller", EN: "The study's tables"},
	gT1Study:           {NB: "Studiens fem skalaer", EN: "The study's five scales"},
	gT1Original:        {NB: "Originalens delskalaer", EN: "The original's subscales"},
	gItemDetail:        {NB: "Vis spørsmålene i hver skala (item-total-statistikk)", EN: "Show each scale's questions (item-total statistics)"},
	gItemDetailCaption: {NB: "%s: spørsmålene (n = %d)", EN: "%s: the questions (n = %d)"},
	gItem:              {NB: "Spørsmål", EN: "Question"},
	gMean:              {NB: "M", EN: "M"},
	gSD:                {NB: "SD", EN: "SD"},
	gItemTotal:         {NB: "Korrigert item-total r", EN: "Corrected item-total r"},
	gAlphaIfDeleted:    {NB: "α uten spørsmålet", EN: "α if deleted"},
	gVariable:          {NB: "Variabel", EN: "Variable"},
	gT4Note:            {NB: "Splittet etter: %s", EN: "Split by: %s"},
	gT4SplitSmall:      {NB: "%s: færre enn 5 svar, ikke vist.", EN: "%s: fewer than 5 responses, not shown."},

	gFiguresTitle:         {NB: "Studiens figurer", EN: "The study's figures"},
	gF1:                   {NB: "Figur 1. Humor i selvhjelpsgrupper (n = %d)", EN: "Figure 1. Humour in self-help groups (n = %d)"},
	gF2:                   {NB: "Figur 2. Sosial kontakt utenom møtene de siste 3 månedene (n = %d)", EN: "Figure 2. Social contact outside meetings in the last 3 months (n = %d)"},
	gFigureDesc:           {NB: "Stolpediagram: andel svar (prosent av dem som svarte) på hvert svaralternativ for hvert spørsmål. Tallene står i tabellen under figuren.", EN: "Bar chart: share of answers (percent of those who answered) for each answer option of each question. The numbers are in the table below the figure."},
	gFigureTable:          {NB: "Tallene i figuren", EN: "The figure's numbers"},
	gFigurePercentAxis:    {NB: "Prosent", EN: "Percent"},
	gFigureLegend:         {NB: "Forklaring", EN: "Key"},
	gFigurePercentOfValid: {NB: "%s: antall og prosent av dem som svarte", EN: "%s: count and percent of those who answered"},

	gProfileTitle: {NB: "Gruppens profil", EN: "The group's profile"},
	gProfileIntro: {
		NB: "Gruppens gjennomsnitt sammenlignet med studiens grupper innen psykisk helse (n = 36) og rus (n = 80), tabell 3 i studien.",
		EN: "The group's means compared with the study's mental health (n = 36) and substance use (n = 80) groups, the study's Table 3.",
	},
	gProfileCaption: {NB: "Gruppens profil mot studiens referanseverdier", EN: "The group's profile against the study's reference values"},
	gProfileGroup:   {NB: "Denne gruppen", EN: "This group"},
	gProfileMH:      {NB: "Psykisk helse (studien)", EN: "Mental health (study)"},
	gProfileSU:      {NB: "Rus (studien)", EN: "Substance use (study)"},

	gExportTitle: {NB: "Last ned og skriv ut", EN: "Download and print"},
	gExportIntro: {
		NB: "Hver nedlasting lagres som en fil på enheten din. Rapporten og CSV-filen er de samme som kommandolinjens «analyze» gir for de samme filene.",
		EN: "Each download is saved as a file on your device. The report and the CSV file are the same as the command line's «analyze» gives for the same files.",
	},
	gExportFiltered: {NB: "Nedlastingene følger utvalget %s (som «analyze --where %s»).", EN: "The downloads follow the selection %s (as «analyze --where %s»)."},
	gExportReport:   {NB: "Rapport (JSON)", EN: "Report (JSON)"},
	gExportCSV:      {NB: "Datasett (CSV)", EN: "Data set (CSV)"},
	gExportSAV:      {NB: "SPSS-fil (.sav)", EN: "SPSS file (.sav)"},
	gExportSAVLang:  {NB: "Språk for etikettene i SPSS-filen", EN: "Language of the SPSS file's labels"},
	gPrint:          {NB: "Skriv ut rapporten", EN: "Print the report"},
	gSaved:          {NB: "%s er lagret.", EN: "%s has been saved."},
	gSaveFailed:     {NB: "Filen kunne ikke lages: %s", EN: "The file could not be made: %s"},
})
