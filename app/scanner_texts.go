package app

import (
	"sammebaat/internal/text"
	"sammebaat/scales"
)

// smsg names a text of the camera scanner and of the pages' scan views
// (group_scan.go, scores_scan.go), kept apart from the pages' own tables.
type smsg int

const (
	sStarting smsg = iota
	sRunning
	sVideoLabel
	sNoCamera
	sDenied
	sInUse
	sUnsupported
	sDecoderFailed
	sCameraFailed
	sFilesStillWork

	// Group page.

	// Scores page.
	sCompare
	sCompareStop
	sCompareTitle
	sCompareIntro
	sGroupCodeRead
	sGroupCodeRejected
	sColScale
	sColOwn
	sColGroup

	// Sharing the response file.
	sShare

	sCount
)

var scanTexts = text.Enum("app: the scanner", sCount, map[smsg]scales.Text{
	sStarting:   {NB: "Slår på kameraet …", NN: "Slår på kameraet …", EN: "Turning on the camera …"},
	sRunning:    {NB: "Hold en kode inne i rammen.", NN: "Hald ein kode inne i ramma.", EN: "Hold a code inside the frame."},
	sVideoLabel: {NB: "Det kameraet ser", NN: "Det kameraet ser", EN: "What the camera sees"},
	sNoCamera: {NB: "Fant ikke noe kamera på denne enheten.",
		NN: "Fann ikkje noko kamera på denne eininga.",
		EN: "No camera was found on this device."},
	sDenied: {NB: "Appen fikk ikke bruke kameraet. Gi tillatelse i nettleserens innstillinger for denne siden, og prøv igjen.",
		NN: "Appen fekk ikkje bruke kameraet. Gi løyve i innstillingane til nettlesaren for denne sida, og prøv igjen.",
		EN: "The app was not allowed to use the camera. Allow it in the browser's settings for this site, and try again."},
	sInUse: {NB: "Kameraet er i bruk av et annet program. Lukk det, og prøv igjen.",
		NN: "Kameraet er i bruk av eit anna program. Lukk det, og prøv igjen.",
		EN: "The camera is in use by another program. Close it, and try again."},
	sUnsupported: {NB: "Denne nettleseren kan ikke bruke kameraet fra en nettside.",
		NN: "Denne nettlesaren kan ikkje bruke kameraet frå ei nettside.",
		EN: "This browser cannot use the camera from a web page."},
	sDecoderFailed: {NB: "Kodeleseren kunne ikke lastes: %s",
		NN: "Kodelesaren kunne ikkje lastast: %s",
		EN: "The code reader could not be loaded: %s"},
	sCameraFailed: {NB: "Kameraet kunne ikke slås på: %s",
		NN: "Kameraet kunne ikkje slåast på: %s",
		EN: "The camera could not be turned on: %s"},
	sFilesStillWork: {NB: "Du kan fortsatt velge filer.", NN: "Du kan framleis velje filer.", EN: "You can still choose files."},

	sCompare:     {NB: "Sammenlign med gruppen min", NN: "Samanlikn med gruppa mi", EN: "Compare with my group"},
	sCompareStop: {NB: "Slutt å skanne", NN: "Slutt å skanne", EN: "Stop scanning"},
	sCompareTitle: {NB: "Skann gruppens kode",
		NN: "Skann gruppekoden",
		EN: "Scan the group's code"},
	sCompareIntro: {NB: "Den som leder møtet, viser gruppens kode. Den har bare gruppens gjennomsnitt, ikke noen enkeltes svar. Kameraet slås av når koden er lest eller du slutter å skanne.",
		NN: "Den som leier møtet, viser gruppekoden. Den har berre gjennomsnittet for gruppa, ikkje svara til nokon enkeltperson. Kameraet blir slått av når koden er lesen eller du sluttar å skanne.",
		EN: "The person leading the meeting shows the group's code. It holds only the group's averages, no one's own answers. The camera turns off when the code has been read or you stop scanning."},
	sGroupCodeRead:     {NB: "✓ Gruppens kode er lest: %d svar.", NN: "✓ Gruppekoden er lesen: %d svar.", EN: "✓ The group's code has been read: %d responses."},
	sGroupCodeRejected: {NB: "✗ %s", NN: "✗ %s", EN: "✗ %s"},
	sColScale:          {NB: "Skala", NN: "Skala", EN: "Scale"},
	sColOwn:            {NB: "Ditt resultat", NN: "Resultatet ditt", EN: "Your score"},
	sColGroup:          {NB: "Gruppen: gjennomsnitt ± SD", NN: "Gruppa: gjennomsnitt ± SD", EN: "The group: mean ± SD"},

	sShare: {NB: "Del …", NN: "Del …", EN: "Share …"},
})
