package app

import (
	"sammebaat/internal/text"
	"sammebaat/scales"
)

// msg names a text of what both programs' pages share: the frame, the
// language switch, the dialogs and what the device keeps. Each page
// package has its own table (app/respondent, app/group, app/scan).
type msg int

const (
	msgAppName msg = iota
	msgLangNav
	msgFooter
	msgCancel
	msgShare

	// Saving and reading the answers; what the device keeps, and updates.
	msgSaveFailed
	msgLoadFailed
	msgDamagedSome
	msgDamagedSomeOne
	msgDamagedSomeNone
	msgDamagedWhole
	msgDroppedAnswer
	msgNotKeptFull
	msgNotKeptOther
	msgStorageBlocked
	msgDownloadNow
	msgUpdateReady
	msgReload

	// The response file's dialog.
	msgFileTitle
	msgFileLang
	msgFileID
	msgFileAnswers
	msgFileAnswersOne
	msgFileNothingElse
	msgFileStays
	msgFileShow
	msgFileSave

	msgCount // number of texts; keep last
)

// texts holds every msg in every language (internal/text checks).
var texts = text.Enum("app: the frame, dialogs and storage", msgCount, map[msg]scales.Text{
	msgAppName: {NB: "Samme båt", NN: "Samme båt", EN: "Samme båt"},
	msgLangNav: {NB: "Språk", NN: "Språk", EN: "Language"},
	msgFooter: {
		NB: "Samme båt kjører bare på denne enheten. Ingenting sendes noe sted.",
		NN: "Samme båt køyrer berre på denne eininga. Ingenting blir sendt nokon stad.",
		EN: "Samme båt runs only on this device. Nothing is sent anywhere.",
	},

	msgCancel:     {NB: "Avbryt", NN: "Avbryt", EN: "Cancel"},
	msgSaveFailed: {NB: "Svaret ble ikke lagret: %s", NN: "Svaret vart ikkje lagra: %s", EN: "Your answer was not saved: %s"},
	msgLoadFailed: {
		NB: "De lagrede svarene kunne ikke leses. De blir liggende uendret på denne enheten; nye svar holdes bare så lenge siden er åpen. Du kan starte et nytt svar eller slette alt.",
		NN: "Dei lagra svara kunne ikkje lesast. Dei blir liggjande uendra på denne eininga; nye svar blir berre tekne vare på så lenge sida er open. Du kan starte eit nytt svar eller slette alt.",
		EN: "The saved answers could not be read. They are left unchanged on this device; new answers are kept only while this page is open. You can start a new response or erase everything.",
	},
	msgDamagedSome: {
		NB: "Noen av de lagrede svarene kunne ikke leses og er utelatt: %s. De andre %d svarene er med. Det lagrede utkastet er tatt vare på uendret på denne enheten.",
		NN: "Nokre av dei lagra svara kunne ikkje lesast og er utelatne: %s. Dei andre %d svara er med. Det lagra utkastet er teke vare på uendra på denne eininga.",
		EN: "Some of the saved answers could not be read and were left out: %s. The other %d answers are kept. The saved draft is kept unchanged on this device.",
	},
	msgDamagedSomeOne: {
		NB: "Noen av de lagrede svarene kunne ikke leses og er utelatt: %s. Det andre svaret er med. Det lagrede utkastet er tatt vare på uendret på denne enheten.",
		NN: "Nokre av dei lagra svara kunne ikkje lesast og er utelatne: %s. Det andre svaret er med. Det lagra utkastet er teke vare på uendra på denne eininga.",
		EN: "Some of the saved answers could not be read and were left out: %s. The other answer is kept. The saved draft is kept unchanged on this device.",
	},
	msgDamagedSomeNone: {
		NB: "De lagrede svarene kunne ikke leses og er utelatt: %s. Det lagrede utkastet er tatt vare på uendret på denne enheten.",
		NN: "Dei lagra svara kunne ikkje lesast og er utelatne: %s. Det lagra utkastet er teke vare på uendra på denne eininga.",
		EN: "The saved answers could not be read and were left out: %s. The saved draft is kept unchanged on this device.",
	},
	msgDamagedWhole: {
		NB: "De lagrede svarene kunne ikke leses, så ingen av dem kunne brukes. Det lagrede utkastet er tatt vare på uendret på denne enheten; du kan svare på nytt.",
		NN: "Dei lagra svara kunne ikkje lesast, så ingen av dei kunne brukast. Det lagra utkastet er teke vare på uendra på denne eininga; du kan svare på nytt.",
		EN: "The saved answers could not be read, so none of them could be used. The saved draft is kept unchanged on this device; you can answer again.",
	},
	msgDroppedAnswer: {NB: "%s (lagret som %s)", NN: "%s (lagra som %s)", EN: "%s (saved as %s)"},

	msgNotKeptFull: {
		NB: "Denne enheten har ikke plass til å lagre svarene dine nå. Svarene er ikke borte: de er her så lenge denne siden er åpen, og du kan se resultatene og laste dem ned. Last dem ned nå, eller frigjør plass på enheten og svar på et spørsmål til, så blir alt lagret.",
		NN: "Denne eininga har ikkje plass til å lagre svara dine no. Svara er ikkje borte: dei er her så lenge denne sida er open, og du kan sjå resultata og laste dei ned. Last dei ned no, eller frigjer plass på eininga og svar på eit spørsmål til, så blir alt lagra.",
		EN: "This device has no room to keep your answers right now. They are not lost: they are here as long as this page stays open, and you can see your scores and download them. Download them now, or free some space on the device and answer another question to have everything kept.",
	},
	msgNotKeptOther: {
		NB: "Denne enheten tar ikke vare på svarene dine nå: nettleseren ville ikke lagre dem. Svarene er her så lenge denne siden er åpen, og du kan se resultatene og laste dem ned. Last dem ned nå før du lukker siden.",
		NN: "Denne eininga tek ikkje vare på svara dine no: nettlesaren ville ikkje lagre dei. Svara er her så lenge denne sida er open, og du kan sjå resultata og laste dei ned. Last dei ned no før du lukkar sida.",
		EN: "This device is not keeping your answers right now: the browser would not store them. They are here as long as this page stays open, and you can see your scores and download them. Download them now, before you close the page.",
	},
	msgStorageBlocked: {
		NB: "Nettleseren din lar ikke denne siden lagre noe på enheten (lagring av nettstedsdata er slått av). Du kan svare og se resultatene dine, men svarene blir ikke tatt vare på når du lukker siden. Last dem ned fra «Mine resultater» før du lukker den, eller tillat lagring for dette nettstedet.",
		NN: "Nettlesaren din lèt ikkje denne sida lagre noko på eininga (lagring av data for nettstader er slått av). Du kan svare og sjå resultata dine, men svara blir ikkje tekne vare på når du lukkar sida. Last dei ned frå «Resultata mine» før du lukkar den, eller tillat lagring for denne nettstaden.",
		EN: "Your browser does not let this page store anything on the device (site data is blocked). You can answer and see your scores, but your answers will not be kept on this device when you close the page. Download them from “My scores” before you close it, or allow this site to store data.",
	},
	msgDownloadNow: {NB: "Last ned svarene nå", NN: "Last ned svara no", EN: "Download your answers now"},
	msgUpdateReady: {
		NB: "En ny versjon av Samme båt er klar. Last inn siden på nytt for å bruke den; svarene dine blir med.",
		NN: "Ein ny versjon av Samme båt er klar. Last inn sida på nytt for å bruke den; svara dine blir med.",
		EN: "A new version of Samme båt is ready. Reload the page to use it; your answers stay.",
	},
	msgReload: {NB: "Last inn på nytt", NN: "Last inn på nytt", EN: "Reload"},

	msgFileTitle:       {NB: "Dette står i filen", NN: "Dette står i fila", EN: "What the file contains"},
	msgFileLang:        {NB: "Språket du svarte på: %s.", NN: "Språket du svarte på: %s.", EN: "The language you answered in: %s."},
	msgFileID:          {NB: "En tilfeldig kode som bare skiller dette svaret fra andre: %s.", NN: "Ein tilfeldig kode som berre skil dette svaret frå andre: %s.", EN: "A random code that only tells this response apart from others: %s."},
	msgFileAnswers:     {NB: "Svarene dine som tallkoder (%d svar). Spørsmål du hoppet over, er ikke med.", NN: "Svara dine, koda som tal (%d svar). Spørsmål du hoppa over, er ikkje med.", EN: "Your answers as number codes (%d answers). Questions you skipped are left out."},
	msgFileAnswersOne:  {NB: "Svaret ditt som tallkode (%d svar). Spørsmål du hoppet over, er ikke med.", NN: "Svaret ditt, koda som tal (%d svar). Spørsmål du hoppa over, er ikkje med.", EN: "Your answer as a number code (%d answer). Questions you skipped are left out."},
	msgFileNothingElse: {NB: "Ingenting annet: ikke navn, ikke tidspunkt, ingen opplysninger om enheten din.", NN: "Ingenting anna: ikkje namn, ikkje tidspunkt, ingen opplysningar om eininga di.", EN: "Nothing else: no name, no time, no details about your device."},
	msgFileStays:       {NB: "Filen lagres på enheten din og sendes ikke noe sted.", NN: "Fila blir lagra på eininga di og blir ikkje sendt nokon stad.", EN: "The file is saved on your device and is not sent anywhere."},
	msgFileShow:        {NB: "Vis hele filen", NN: "Vis heile fila", EN: "Show the whole file"},
	msgFileSave:        {NB: "Lagre filen", NN: "Lagre fila", EN: "Save the file"},
	msgShare:           {NB: "Del …", NN: "Del …", EN: "Share …"},
})

// tr returns text k in language l, formatted with args when given: the
// pages' one lookup (internal/text).
func tr(l scales.Lang, k msg, args ...any) string { return texts.In(l, k, args...) }

// trn returns text one when n is 1 and text other otherwise, formatted
// with args: a count of one reads as words do.
func trn(l scales.Lang, n int, one, other msg, args ...any) string {
	return texts.Count(l, n, one, other, args...)
}
