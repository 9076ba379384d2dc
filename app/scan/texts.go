package scan

import (
	"sammebaat/internal/text"
	"sammebaat/scales"
)

// smsg names a text of the camera scanner.
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

	sCount
)

var scanTexts = text.Enum("app/scan: the camera scanner", sCount, map[smsg]scales.Text{
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
})

// tr returns the scanner's text k in language l, formatted with args when
// given (internal/text).
func tr(l scales.Lang, k smsg, args ...any) string { return scanTexts.In(l, k, args...) }
