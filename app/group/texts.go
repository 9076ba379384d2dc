package group

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

	// The group's code.
	gCodeButton
	gCodeDialogTitle
	gCodeHint
	gCodeHolds
	gCodeIntro
	gCodeLabel
	gCodeTag
	// Scanning the members' codes.
	gScanCount
	gScanDuplicate
	gScanName
	gScanRead
	gScanRejected
	gScan
	gScanIntro
	gScanStop
	gScanTitle

	gmsgCount // number of texts; keep last
)

// groupTexts are the group page's words in every language.
var groupTexts = text.Enum("app/group: the group page", gmsgCount, map[gmsg]scales.Text{
	gTitle: {NB: "Gruppens svar", NN: "Svara frå gruppa", EN: "The group's responses"},
	gIntro: {
		NB: "For gruppeledere og forskere: samle de anonyme svarfilene fra gruppen og se studiens tabeller og figurer for dem. Filene leses bare her på enheten din; ingenting lastes opp.",
		NN: "For gruppeleiarar og forskarar: samle dei anonyme svarfilene frå gruppa og sjå tabellane og figurane frå studien for dei. Filene blir berre lesne her på eininga di; ingenting blir lasta opp.",
		EN: "For group facilitators and researchers: pool the group's anonymous response files and see the study's tables and figures for them. The files are read only here on your device; nothing is uploaded.",
	},
	gPrivacy: {
		NB: "Med færre enn 5 svar viser siden bare antallene, så ingen enkeltpersons svar kan leses ut av en tabell.",
		NN: "Med færre enn 5 svar viser sida berre tala, så ingen kan lese ut av ein tabell kva ein enkeltperson har svart.",
		EN: "With fewer than 5 responses the page shows only the counts, so that no one's answers can be read off a table.",
	},

	gImportTitle: {NB: "Hent svarfiler", NN: "Hent svarfiler", EN: "Add response files"},
	gImportIntro: {
		NB: "Velg filer eller en hel mappe, eller slipp dem i feltet. Hver fil leses og kontrolleres for seg; en fil med feil stopper ikke de andre. Fra mapper leses bare .json-filer.",
		NN: "Vel filer eller ei heil mappe, eller slepp dei i feltet. Kvar fil blir lesen og kontrollert for seg; ei fil med feil stoppar ikkje dei andre. Frå mapper blir berre .json-filer lesne.",
		EN: "Choose files or a whole folder, or drop them on the area. Each file is read and checked on its own; a file with a problem does not stop the others. From folders only .json files are read.",
	},
	gChooseFiles:  {NB: "Velg filer …", NN: "Vel filer …", EN: "Choose files …"},
	gChooseFolder: {NB: "Velg en mappe …", NN: "Vel ei mappe …", EN: "Choose a folder …"},
	gDropHere:     {NB: "Slipp filer eller mapper her", NN: "Slepp filer eller mapper her", EN: "Drop files or folders here"},
	gDropHint:     {NB: "Nye filer legges til dem du allerede har hentet.", NN: "Nye filer blir lagde til dei du allereie har henta.", EN: "New files are added to those you have already added."},
	gDropBusy:     {NB: "Vent til filene som leses nå, er ferdige.", NN: "Vent til filene som blir lesne no, er ferdige.", EN: "Wait until the files being read now are done."},
	gReading:      {NB: "Leser %s av %s filer", NN: "Les no %s av %s filer", EN: "Reading %s of %s files"},
	gClear:        {NB: "Fjern alle filene", NN: "Fjern alle filene", EN: "Remove all files"},
	gNoFilesYet:   {NB: "Ingen filer er hentet ennå.", NN: "Ingen filer er henta enno.", EN: "No files added yet."},
	gCollecting:   {NB: "Finner filene …", NN: "Leitar etter filene …", EN: "Finding the files …"},

	gSummaryTitle:    {NB: "Oppsummering", NN: "Oppsummering", EN: "Summary"},
	gGiven:           {NB: "Filer i alt", NN: "Filer i alt", EN: "Files in all"},
	gAnalysed:        {NB: "Analysert", NN: "Analysert", EN: "Analysed"},
	gRejected:        {NB: "Avvist", NN: "Avvist", EN: "Rejected"},
	gDuplicates:      {NB: "Duplikater", NN: "Duplikat", EN: "Duplicates"},
	gSkipped:         {NB: "Hoppet over i mappene fordi de ikke er .json-filer: %s.", NN: "Hoppa over i mappene fordi dei ikkje er .json-filer: %s.", EN: "Skipped in the folders because they are not .json files: %s."},
	gRejectedTitle:   {NB: "Avviste filer", NN: "Avviste filer", EN: "Rejected files"},
	gDuplicatesTitle: {NB: "Duplikater (samme svar gitt to ganger; bare den første er med)", NN: "Duplikat (same svar gitt to gonger; berre det første er med)", EN: "Duplicates (the same response given twice; only the first is used)"},
	gDuplicateOf:     {NB: "duplikat av %s", NN: "duplikat av %s", EN: "duplicate of %s"},
	gMoreNotShown:    {NB: "… og %s til. Last ned hele listen.", NN: "… og %s til. Last ned heile lista.", EN: "… and %s more. Download the whole list."},
	gProblemList:     {NB: "Last ned listen over problemer (.txt)", NN: "Last ned lista over problem (.txt)", EN: "Download the list of problems (.txt)"},
	gReadFailed:      {NB: "filen kunne ikke leses: %s", NN: "fila kunne ikkje lesast: %s", EN: "the file could not be read: %s"},
	gTooFew: {
		NB: "Det er %d analyserte svar. Tabellene og figurene vises først fra 5 svar, så ingen enkeltpersons svar kan leses ut av dem.",
		NN: "Det er %d analyserte svar. Tabellane og figurane blir først viste frå 5 svar, så ingen kan lese ut av dei kva ein enkeltperson har svart.",
		EN: "There are %d analysed responses. The tables and figures are shown from 5 responses on, so that no one's answers can be read off them.",
	},
	gTooFewOne: {
		NB: "Det er %d analysert svar. Tabellene og figurene vises først fra 5 svar, så ingen enkeltpersons svar kan leses ut av dem.",
		NN: "Det er %d analysert svar. Tabellane og figurane blir først viste frå 5 svar, så ingen kan lese ut av dei kva ein enkeltperson har svart.",
		EN: "There is %d analysed response. The tables and figures are shown from 5 responses on, so that no one's answers can be read off them.",
	},
	gTooFewFilteredOne: {
		NB: "Utvalget har %d svar. Tabellene og figurene vises først fra 5 svar, så ingen enkeltpersons svar kan leses ut av dem.",
		NN: "Utvalet har %d svar. Tabellane og figurane blir først viste frå 5 svar, så ingen kan lese ut av dei kva ein enkeltperson har svart.",
		EN: "The selection has %d response. The tables and figures are shown from 5 responses on, so that no one's answers can be read off them.",
	},
	gTooFewFiltered: {
		NB: "Utvalget har %d svar. Tabellene og figurene vises først fra 5 svar, så ingen enkeltpersons svar kan leses ut av dem.",
		NN: "Utvalet har %d svar. Tabellane og figurane blir først viste frå 5 svar, så ingen kan lese ut av dei kva ein enkeltperson har svart.",
		EN: "The selection has %d responses. The tables and figures are shown from 5 responses on, so that no one's answers can be read off them.",
	},
	gSmallGroup: {
		NB: "– : færre enn 5 svar i gruppen; ikke vist, så ingen enkeltpersons svar kan leses ut.",
		NN: "– : færre enn 5 svar i gruppa; ikkje vist, så ingen kan lese ut kva ein enkeltperson har svart.",
		EN: "– : fewer than 5 responses in the group; not shown, so that no one's answers can be read off.",
	},

	gFilterTitle: {NB: "Utvalg", NN: "Utval", EN: "Selection"},
	gFilterIntro: {
		NB: "Analyser bare svarene med bestemte svar på ett spørsmål, for eksempel bare de svært misfornøyde. Alle tabeller, figurer og nedlastinger følger utvalget.",
		NN: "Analyser berre svara med bestemte svar på eitt spørsmål, til dømes berre dei svært misnøgde. Alle tabellar, figurar og nedlastingar følgjer utvalet.",
		EN: "Analyse only the responses with certain answers to one question, for example only the very dissatisfied. Every table, figure and download follows the selection.",
	},
	gFilterQuestion:           {NB: "Spørsmål", NN: "Spørsmål", EN: "Question"},
	gFilterCodes:              {NB: "Svar som tas med", NN: "Svar som blir tekne med", EN: "Answers to include"},
	gFilterApply:              {NB: "Bruk utvalget", NN: "Bruk utvalet", EN: "Apply the selection"},
	gFilterRemove:             {NB: "Ta med alle svarene", NN: "Ta med alle svara", EN: "Include all responses"},
	gFilterNone:               {NB: "Alle analyserte svar er med.", NN: "Alle analyserte svar er med.", EN: "All analysed responses are included."},
	gFilterActive:             {NB: "Utvalg: %s (%s) – %d av %d svar.", NN: "Utval: %s (%s) – %d av %d svar.", EN: "Selection: %s (%s) – %d of %d responses."},
	gFilterPickCode:           {NB: "Velg minst ett svar.", NN: "Vel minst eitt svar.", EN: "Choose at least one answer."},
	gFilterPresetDissatisfied: {NB: "Bare de svært misfornøyde", NN: "Berre dei svært misnøgde", EN: "Only the very dissatisfied"},

	gTablesTitle:       {NB: "Studiens tabeller", NN: "Tabellane frå studien", EN: "The study's tables"},
	gT1Study:           {NB: "Studiens fem skalaer", NN: "Dei fem skalaene i studien", EN: "The study's five scales"},
	gT1Original:        {NB: "Originalens delskalaer", NN: "Delskalaene i originalen", EN: "The original's subscales"},
	gItemDetail:        {NB: "Vis spørsmålene i hver skala (item-total-statistikk)", NN: "Vis spørsmåla i kvar skala (item-total-statistikk)", EN: "Show each scale's questions (item-total statistics)"},
	gItemDetailCaption: {NB: "%s: spørsmålene (n = %d)", NN: "%s: spørsmåla (n = %d)", EN: "%s: the questions (n = %d)"},
	gItem:              {NB: "Spørsmål", NN: "Spørsmål", EN: "Question"},
	gMean:              {NB: "M", NN: "M", EN: "M"},
	gSD:                {NB: "SD", NN: "SD", EN: "SD"},
	gItemTotal:         {NB: "Korrigert item-total r", NN: "Korrigert item-total r", EN: "Corrected item-total r"},
	gAlphaIfDeleted:    {NB: "α uten spørsmålet", NN: "α utan spørsmålet", EN: "α if deleted"},
	gVariable:          {NB: "Variabel", NN: "Variabel", EN: "Variable"},
	gT4Note:            {NB: "Splittet etter: %s", NN: "Splitta etter: %s", EN: "Split by: %s"},
	gT4SplitSmall:      {NB: "%s: færre enn 5 svar, ikke vist.", NN: "%s: færre enn 5 svar, ikkje vist.", EN: "%s: fewer than 5 responses, not shown."},

	gFiguresTitle:         {NB: "Studiens figurer", NN: "Figurane frå studien", EN: "The study's figures"},
	gF1:                   {NB: "Figur 1. Humor i selvhjelpsgrupper (n = %d)", NN: "Figur 1. Humor i sjølvhjelpsgrupper (n = %d)", EN: "Figure 1. Humour in self-help groups (n = %d)"},
	gF2:                   {NB: "Figur 2. Sosial kontakt utenom møtene de siste 3 månedene (n = %d)", NN: "Figur 2. Sosial kontakt utanom møta dei siste 3 månadene (n = %d)", EN: "Figure 2. Social contact outside meetings in the last 3 months (n = %d)"},
	gFigureDesc:           {NB: "Stolpediagram: andel svar (prosent av dem som svarte) på hvert svaralternativ for hvert spørsmål. Tallene står i tabellen under figuren.", NN: "Stolpediagram: del av svara (prosent av dei som svarte) på kvart svaralternativ for kvart spørsmål. Tala står i tabellen under figuren.", EN: "Bar chart: share of answers (percent of those who answered) for each answer option of each question. The numbers are in the table below the figure."},
	gFigureTable:          {NB: "Tallene i figuren", NN: "Tala i figuren", EN: "The figure's numbers"},
	gFigurePercentAxis:    {NB: "Prosent", NN: "Prosent", EN: "Percent"},
	gFigureLegend:         {NB: "Forklaring", NN: "Forklaring", EN: "Key"},
	gFigurePercentOfValid: {NB: "%s: antall og prosent av dem som svarte", NN: "%s: tal og prosent av dei som svarte", EN: "%s: count and percent of those who answered"},

	gProfileTitle: {NB: "Gruppens profil", NN: "Profilen til gruppa", EN: "The group's profile"},
	gProfileIntro: {
		NB: "Gruppens gjennomsnitt sammenlignet med studiens grupper innen psykisk helse (n = 36) og rus (n = 80), tabell 3 i studien.",
		NN: "Gjennomsnittet for gruppa samanlikna med gruppene i studien innan psykisk helse (n = 36) og rus (n = 80), tabell 3 i studien.",
		EN: "The group's means compared with the study's mental health (n = 36) and substance use (n = 80) groups, the study's Table 3.",
	},
	gProfileCaption: {NB: "Gruppens profil mot studiens referanseverdier", NN: "Profilen til gruppa mot referanseverdiane frå studien", EN: "The group's profile against the study's reference values"},
	gProfileGroup:   {NB: "Denne gruppen", NN: "Denne gruppa", EN: "This group"},
	gProfileMH:      {NB: "Psykisk helse (studien)", NN: "Psykisk helse (studien)", EN: "Mental health (study)"},
	gProfileSU:      {NB: "Rus (studien)", NN: "Rus (studien)", EN: "Substance use (study)"},

	gExportTitle: {NB: "Last ned og skriv ut", NN: "Last ned og skriv ut", EN: "Download and print"},
	gExportIntro: {
		NB: "Hver nedlasting lagres som en fil på enheten din. Rapporten og CSV-filen er de samme som kommandolinjens «analyze» gir for de samme filene.",
		NN: "Kvar nedlasting blir lagra som ei fil på eininga di. Rapporten og CSV-fila er dei same som «analyze» på kommandolinja gir for dei same filene.",
		EN: "Each download is saved as a file on your device. The report and the CSV file are the same as the command line's «analyze» gives for the same files.",
	},
	gExportFiltered: {NB: "Nedlastingene følger utvalget %s (som «analyze --where %s»).", NN: "Nedlastingane følgjer utvalet %s (som «analyze --where %s»).", EN: "The downloads follow the selection %s (as «analyze --where %s»)."},
	gExportReport:   {NB: "Rapport (JSON)", NN: "Rapport (JSON)", EN: "Report (JSON)"},
	gExportCSV:      {NB: "Datasett (CSV)", NN: "Datasett (CSV)", EN: "Data set (CSV)"},
	gExportSAV:      {NB: "SPSS-fil (.sav)", NN: "SPSS-fil (.sav)", EN: "SPSS file (.sav)"},
	gExportSAVLang:  {NB: "Språk for etikettene i SPSS-filen", NN: "Språk for etikettane i SPSS-fila", EN: "Language of the SPSS file's labels"},
	gPrint:          {NB: "Skriv ut rapporten", NN: "Skriv ut rapporten", EN: "Print the report"},
	gSaved:          {NB: "%s er lagret.", NN: "%s er lagra.", EN: "%s has been saved."},
	gSaveFailed:     {NB: "Filen kunne ikke lages: %s", NN: "Fila kunne ikkje lagast: %s", EN: "The file could not be made: %s"},

	gCodeIntro: {
		NB: "Vis gruppens gjennomsnitt som en kode, så kan hver deltaker sammenligne sine egne resultater med gruppen på sin egen telefon («Sammenlign med gruppen min» under «Mine resultater»).",
		NN: "Vis gjennomsnittet for gruppa som ein kode, så kan kvar deltakar samanlikne sine eigne resultat med gruppa på sin eigen telefon («Samanlikn med gruppa mi» under «Resultata mine»).",
		EN: "Show the group's averages as a code, so that each member can compare their own scores with the group on their own phone (\"Compare with my group\" under \"My scores\").",
	},
	gCodeButton:      {NB: "Vis gruppens kode …", NN: "Vis gruppekoden …", EN: "Show the group's code …"},
	gCodeDialogTitle: {NB: "Gruppens kode", NN: "Gruppekoden", EN: "The group's code"},
	gCodeLabel:       {NB: "QR-kode med gruppens gjennomsnitt, møte %s", NN: "QR-kode med gjennomsnittet for gruppa, møte %s", EN: "QR code holding the group's averages, meeting %s"},
	gCodeTag:         {NB: "Møtekode: %s", NN: "Møtekode: %s", EN: "Meeting tag: %s"},
	gCodeHolds: {
		NB: "Koden inneholder bare antall svar (%d), møtekoden og gjennomsnitt og standardavvik for de ni skalaene, med to desimaler. Ingenting om den enkelte.",
		NN: "Koden inneheld berre talet på svar (%d), møtekoden og gjennomsnitt og standardavvik for dei ni skalaene, med to desimalar. Ingenting om den enkelte.",
		EN: "The code holds only the number of responses (%d), the meeting tag and the mean and standard deviation of the nine scales, to two decimals. Nothing about any one person.",
	},
	gCodeHint: {NB: "Deltakerne ser møtekoden på sin egen skjerm etter skanning og kan sjekke at den stemmer.", NN: "Deltakarane ser møtekoden på sin eigen skjerm etter skanning og kan sjekke at den stemmer.", EN: "Members see the meeting tag on their own screen after scanning and can check that it matches."},
	gScan:     {NB: "Skann koder", NN: "Skann kodar", EN: "Scan codes"},
	gScanStop: {NB: "Slutt å skanne", NN: "Slutt å skanne", EN: "Stop scanning"},
	gScanTitle: {NB: "Skann medlemmenes koder",
		NN: "Skann kodane til medlemmene",
		EN: "Scan the members' codes"},
	gScanIntro: {NB: "Hvert medlem viser koden sin under «Mine resultater». Kodene leses med de samme reglene som filer og legges i samme samling. Kameraet slås av når du slutter å skanne.",
		NN: "Kvart medlem viser koden sin under «Resultata mine». Kodane blir lesne etter dei same reglane som filer og blir lagde i same samling. Kameraet blir slått av når du sluttar å skanne.",
		EN: "Each member shows their code under \"My scores\". The codes are read by the same rules as files and go into the same pool. The camera turns off when you stop scanning."},
	gScanName:      {NB: "kode %d", NN: "kode %d", EN: "code %d"},
	gScanRead:      {NB: "✓ %s er lest.", NN: "✓ %s er lesen.", EN: "✓ %s has been read."},
	gScanRejected:  {NB: "✗ %s", NN: "✗ %s", EN: "✗ %s"},
	gScanDuplicate: {NB: "✗ %s er et duplikat av %s.", NN: "✗ %s er eit duplikat av %s.", EN: "✗ %s is a duplicate of %s."},
	gScanCount:     {NB: "Koder lest: %d", NN: "Kodar lesne: %d", EN: "Codes read: %d"},
})

// tr returns the group page's text k in language l, formatted with args
// when given (internal/text).
func tr(l scales.Lang, k gmsg, args ...any) string { return groupTexts.In(l, k, args...) }

// trn returns text one when n is 1 and text other otherwise, formatted
// with args: a count of one reads as words do.
func trn(l scales.Lang, n int, one, other gmsg, args ...any) string {
	return groupTexts.Count(l, n, one, other, args...)
}
