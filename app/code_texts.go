package app

import (
	"sammebaat/internal/text"
	"sammebaat/scales"
)

// cmsg names a text of the QR codes: the member's "Show as a code", the
// group's code and the comparison with one's group. Kept apart from msg and
// gmsg so that the pages can grow without stepping on each other.
type cmsg int

const (
	cShowTitle cmsg = iota
	cShowIntro
	cShowButton
	cShowDialogTitle
	cShowPhotograph
	cShowStays
	cShowCode
	cCodeLabel
	cCodeHint
	cClose
	cCodeFailed

	cGroupCodeTitle

	cCompareTitle
	cCompareIntro
	cCompareNone
	cCompareHas
	cCompareForget
	cChartGroup
	cGroupRef
	cGroupRefNone
	cGroupSaveFailed
	cGroupStoredUnreadable
	cGroupIsMemberCode
	cGroupNotOurCode
	cGroupCodeDamaged

	cmsgCount
)

var codeTexts = text.Enum("app: the room codes", cmsgCount, map[cmsg]scales.Text{
	cShowTitle: {NB: "Vis svarene som en kode", NN: "Vis svara som ein kode", EN: "Show your answers as a code"},
	cShowIntro: {
		NB: "På et gruppemøte kan den som samler svarene, ta bilde av koden med kameraet i stedet for å få en fil. Ingenting sendes over nettet.",
		NN: "På eit gruppemøte kan den som samlar svara, ta bilete av koden med kameraet i staden for å få ei fil. Ingenting blir sendt over nettet.",
		EN: "At a group meeting, the person who pools the answers can scan the code with a camera instead of getting a file. Nothing is sent over the network.",
	},
	cShowButton:      {NB: "Vis som kode …", NN: "Vis som kode …", EN: "Show as a code …"},
	cShowDialogTitle: {NB: "Dette står i koden", NN: "Dette står i koden", EN: "What the code contains"},
	cShowPhotograph: {
		NB: "Alle som tar bilde av skjermen, kan lese disse svarene. Vis koden bare til den som skal samle svarene.",
		NN: "Alle som tek bilete av skjermen, kan lese desse svara. Vis koden berre til den som skal samle svara.",
		EN: "Anyone who photographs the screen can read these answers. Show the code only to the person who pools the answers.",
	},
	cShowStays:  {NB: "Koden vises bare på skjermen din og forsvinner når du lukker den.", NN: "Koden blir berre vist på skjermen din og forsvinn når du lukkar den.", EN: "The code is only shown on your screen and disappears when you close it."},
	cShowCode:   {NB: "Vis koden", NN: "Vis koden", EN: "Show the code"},
	cCodeLabel:  {NB: "QR-kode med svarene dine", NN: "QR-kode med svara dine", EN: "QR code holding your answers"},
	cCodeHint:   {NB: "Hold skjermen stødig foran kameraet, med full lysstyrke.", NN: "Hald skjermen stødig framfor kameraet, med full lysstyrke.", EN: "Hold the screen steady in front of the camera, at full brightness."},
	cClose:      {NB: "Lukk", NN: "Lukk", EN: "Close"},
	cCodeFailed: {NB: "Koden kunne ikke lages: %s", NN: "Koden kunne ikkje lagast: %s", EN: "The code could not be made: %s"},

	cGroupCodeTitle: {NB: "Gruppens kode", NN: "Gruppekoden", EN: "The group's code"},

	cCompareTitle: {NB: "Sammenlign med gruppen min", NN: "Samanlikn med gruppa mi", EN: "Compare with my group"},
	cCompareIntro: {
		NB: "Den som samlet svarene på møtet, kan vise gruppens kode. Når du har skannet den, ser du gruppens gjennomsnitt ved siden av dine egne resultater. Gruppens tall lagres på enheten sammen med svarene dine og slettes med dem.",
		NN: "Den som samla svara på møtet, kan vise gruppekoden. Når du har skanna den, ser du gjennomsnittet for gruppa ved sida av dine eigne resultat. Tala for gruppa blir lagra på eininga saman med svara dine og blir sletta saman med dei.",
		EN: "The person who pooled the answers at the meeting can show the group's code. Once you have scanned it, you see the group's averages beside your own scores. The group's numbers are stored on your device with your answers and erased with them.",
	},
	cCompareNone: {NB: "Du har ikke skannet noen gruppekode ennå.", NN: "Du har ikkje skanna nokon gruppekode enno.", EN: "You have not scanned a group's code yet."},
	cCompareHas: {
		NB: "Gruppen din fra møte %s: %d svar. Under hver skala ser du gruppens gjennomsnitt, og streken viser hvor de fleste i gruppen ligger (± ett standardavvik).",
		NN: "Gruppa di frå møte %s: %d svar. Under kvar skala ser du gjennomsnittet for gruppa, og streken viser kvar dei fleste i gruppa ligg (± eitt standardavvik).",
		EN: "Your group from meeting %s: %d responses. Under each scale you see the group's average, and the line shows where most of the group lies (± one standard deviation).",
	},
	cCompareForget:   {NB: "Glem gruppens tall", NN: "Gløym tala for gruppa", EN: "Forget the group's numbers"},
	cChartGroup:      {NB: "Gruppen din", NN: "Gruppa di", EN: "Your group"},
	cGroupRef:        {NB: "Gruppen din", NN: "Gruppa di", EN: "Your group"},
	cGroupRefNone:    {NB: "ingen tall: færre enn 5 i gruppen har svart på denne delen", NN: "ingen tal: færre enn 5 i gruppa har svart på denne delen", EN: "no numbers: fewer than 5 in the group answered this part"},
	cGroupSaveFailed: {NB: "Gruppens tall kunne ikke lagres: %s", NN: "Tala for gruppa kunne ikkje lagrast: %s", EN: "The group's numbers could not be saved: %s"},
	cGroupStoredUnreadable: {
		NB: "Gruppens tall som er lagret på denne enheten, kunne ikke leses. Svarene dine er ikke berørt. Glem dem, eller skann gruppens kode på nytt.",
		NN: "Tala for gruppa som er lagra på denne eininga, kunne ikkje lesast. Svara dine er ikkje påverka. Gløym tala, eller skann gruppekoden på nytt.",
		EN: "The group's numbers stored on this device could not be read. Your answers are not affected. Forget them, or scan the group's code again.",
	},
	cGroupIsMemberCode: {NB: "Dette er et medlems svarkode, ikke gruppens kode. Skann koden på skjermen til den som leder møtet.", NN: "Dette er svarkoden til eit medlem, ikkje gruppekoden. Skann koden på skjermen til den som leier møtet.", EN: "This is a member's response code, not the group's code. Scan the code on the facilitator's screen."},
	cGroupNotOurCode:   {NB: "Dette er ikke en kode fra Samme båt.", NN: "Dette er ikkje ein kode frå Samme båt.", EN: "This is not a Samme båt code."},
	cGroupCodeDamaged:  {NB: "Gruppens kode kunne ikke brukes. Be den som leder møtet om å vise den på nytt, og skann igjen.", NN: "Gruppekoden kunne ikkje brukast. Be den som leier møtet om å vise den på nytt, og skann igjen.", EN: "The group's code could not be used. Ask the facilitator to show it again, and scan again."},
})

// CloseLabel, CodeFailed and GroupCodeTitle are the room codes' words the
// group page's code shares with the member's.
func CloseLabel(l scales.Lang) string { return tr(l, cClose) }

// CodeFailed says a code could not be drawn, and why.
func CodeFailed(l scales.Lang, err error) string { return tr(l, cCodeFailed, err) }

// GroupCodeTitle is the group's code's name.
func GroupCodeTitle(l scales.Lang) string { return tr(l, cGroupCodeTitle) }
