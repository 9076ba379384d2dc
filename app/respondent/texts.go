package respondent

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/internal/text"
	"sammebaat/scales"
)

// msg names a text of the respondent's pages. The questionnaire's own texts
// (questions, choices, sections, scales) live in scales; the words both
// programs share in app.
type msg int

const (
	msgLoading msg = iota

	// Start page.
	msgStartTitle
	msgStartIntro
	msgWhoTitle
	msgWho
	msgTime
	msgPrivacyTitle
	msgPrivacyNothingSent
	msgPrivacyStays
	msgPrivacyErase
	msgPrivacyAnonymous
	msgStart
	msgContinue
	msgContinueInfo
	msgNewResponse
	msgNewTitle
	msgNewText
	msgNewConfirm
	msgMyScores
	msgErased
	msgForFacilitators

	// Comparing with the group, on the scores page; sharing the file.
	msgCompare
	msgCompareStop
	msgCompareTitle
	msgCompareIntro
	msgGroupCodeRead
	msgGroupCodeRejected
	msgColScale
	msgColOwn
	msgColGroup

	// Questionnaire.
	msgQuestionnaireTitle
	msgProgress
	msgSkipHint
	msgBack
	msgNext
	msgEarlyNext
	msgEarlyTooMany
	msgToStart
	msgToScores
	msgClearAnswer
	msgMaxTwo

	// Scores page.
	msgScoresTitle
	msgScoresIntro
	msgNoAnswers
	msgStudyScales
	msgOriginalScales
	msgYourScore
	msgScoreRange
	msgMentalHealth
	msgSubstanceUse
	msgRefValue
	msgNoReference
	msgNotEnough
	msgAboutGroup
	msgYourAnswer
	msgNotAnswered
	msgChangeAnswers
	msgChartYou
	msgChartMH
	msgChartSU

	// Download.
	msgDownloadTitle
	msgDownloadIntro
	msgStorageMayExpire
	msgDownloadButton
	msgFileSaved
	msgFileFailed

	// Erase.
	msgEraseTitle
	msgEraseIntro
	msgEraseButton
	msgEraseConfirmTitle
	msgEraseConfirmText
	msgEraseConfirm

	// The room codes on the scores page: the member's "Show as a code" and
	// the comparison with one's group.
	cShowTitle
	cShowIntro
	cShowButton
	cShowDialogTitle
	cShowPhotograph
	cShowStays
	cShowCode
	cCodeLabel
	cCodeHint

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

	msgCount // number of texts; keep last
)

// texts holds every msg in every language (internal/text checks).
var texts = text.Enum("app/respondent: the respondent's pages", msgCount, map[msg]scales.Text{
	msgLoading: {NB: "Henter svarene dine …", NN: "Hentar svara dine …", EN: "Loading your answers …"},
	msgStartTitle: {
		NB: "Samme båt: sosial støtte i selvhjelpsgrupper",
		NN: "Samme båt: sosial støtte i sjølvhjelpsgrupper",
		EN: "Samme båt: social support in self-help groups",
	},
	msgStartIntro: {
		NB: "Dette er et spørreskjema om hva som skjer i selvhjelpsgruppen din: hva du deler og får, humor, det som er vanskelig, og kontakt utenom møtene. Etterpå ser du dine egne resultater ved siden av resultatene fra en norsk studie.",
		NN: "Dette er eit spørjeskjema om kva som skjer i sjølvhjelpsgruppa di: kva du deler og får, humor, det som er vanskeleg, og kontakt utanom møta. Etterpå ser du dine eigne resultat ved sida av resultata frå ein norsk studie.",
		EN: "This is a questionnaire about what happens in your self-help group: what you share and receive, humour, what is difficult, and contact outside meetings. Afterwards you see your own scores beside the results of a Norwegian study.",
	},
	msgWhoTitle: {NB: "Hvem har laget spørsmålene?", NN: "Kven har laga spørsmåla?", EN: "Who made the questions?"},
	msgWho: {
		NB: "Spørsmålene er Social Exchange Scales, laget av Brown, Tang og Hollman (2014). Den norske oversettelsen kommer fra masterstudien «Sosial støtte i selvhjelpsgrupper. En tverrsnittstudie» (2018), der 120 deltakere i selvhjelpsgrupper svarte.",
		NN: "Spørsmåla er Social Exchange Scales, laga av Brown, Tang og Hollman (2014). Den norske omsetjinga kjem frå masterstudien «Sosial støtte i selvhjelpsgrupper. En tverrsnittstudie» (2018), der 120 deltakarar i sjølvhjelpsgrupper svarte.",
		EN: "The questions are the Social Exchange Scales by Brown, Tang and Hollman (2014). The Norwegian translation comes from the master's study “Social support in self-help groups. A cross-sectional survey” (2018), in which 120 members of self-help groups took part.",
	},
	msgTime: {
		NB: "Det tar 10–15 minutter. Alle spørsmål kan hoppes over.",
		NN: "Det tek 10–15 minutt. Alle spørsmål kan hoppast over.",
		EN: "It takes 10–15 minutes. You may skip any question.",
	},
	msgPrivacyTitle:       {NB: "Personvern", NN: "Personvern", EN: "Your privacy"},
	msgPrivacyNothingSent: {NB: "Ingenting sendes noe sted. Det finnes ingen server som tar imot svar.", NN: "Ingenting blir sendt nokon stad. Det finst ingen server som tek imot svar.", EN: "Nothing is sent anywhere. There is no server that receives answers."},
	msgPrivacyStays:       {NB: "Svarene blir bare lagret på denne enheten, til du selv laster dem ned som en fil.", NN: "Svara blir berre lagra på denne eininga, til du sjølv lastar dei ned som ei fil.", EN: "Your answers stay on this device until you download them as a file yourself."},
	msgPrivacyErase:       {NB: "Du kan slette alt når som helst.", NN: "Du kan slette alt når som helst.", EN: "You can erase everything at any time."},
	msgPrivacyAnonymous:   {NB: "Du blir ikke spurt om navn, og ingen tidspunkt eller opplysninger om enheten lagres.", NN: "Du blir ikkje spurd om namn, og ingen tidspunkt eller opplysningar om eininga blir lagra.", EN: "You are not asked for your name, and no times or details about your device are kept."},
	msgStart:              {NB: "Start", NN: "Start", EN: "Start"},
	msgContinue:           {NB: "Fortsett der du slapp", NN: "Hald fram der du slapp", EN: "Continue where you left off"},
	msgContinueInfo:       {NB: "Du har svart på %d av %d spørsmål.", NN: "Du har svart på %d av %d spørsmål.", EN: "You have answered %d of %d questions."},
	msgNewResponse:        {NB: "Start et nytt svar", NN: "Start eit nytt svar", EN: "Start a new response"},
	msgNewTitle:           {NB: "Starte et nytt svar?", NN: "Starte eit nytt svar?", EN: "Start a new response?"},
	msgNewText: {
		NB: "Svarene du har gitt så langt blir slettet fra denne enheten. Last dem ned fra «Mine resultater» først hvis du vil ta vare på dem.",
		NN: "Svara du har gitt så langt, blir sletta frå denne eininga. Last dei ned frå «Resultata mine» først viss du vil ta vare på dei.",
		EN: "The answers you have given so far will be erased from this device. Download them from “My scores” first if you want to keep them.",
	},
	msgNewConfirm: {NB: "Ja, start på nytt", NN: "Ja, start på nytt", EN: "Yes, start again"},
	msgMyScores:   {NB: "Mine resultater", NN: "Resultata mine", EN: "My scores"},
	msgErased:     {NB: "Alt appen hadde lagret på denne enheten, er slettet.", NN: "Alt appen hadde lagra på denne eininga, er sletta.", EN: "Everything the app had stored on this device has been erased."},

	msgQuestionnaireTitle: {NB: "Spørreskjema", NN: "Spørjeskjema", EN: "Questionnaire"},
	msgProgress:           {NB: "Del %d av %d · %d av %d besvart", NN: "Del %d av %d · %d av %d svart på", EN: "Section %d of %d · %d of %d answered"},
	msgSkipHint:           {NB: "Du kan hoppe over spørsmål du ikke vil svare på. Svarene lagres på denne enheten med en gang.", NN: "Du kan hoppe over spørsmål du ikkje vil svare på. Svara blir lagra på denne eininga med ein gong.", EN: "You may skip any question you do not want to answer. Answers are saved on this device as you go."},
	msgBack:               {NB: "Tilbake", NN: "Tilbake", EN: "Back"},
	msgNext:               {NB: "Neste", NN: "Neste", EN: "Next"},
	msgEarlyNext: {
		NB: "Appen lastes fortsatt. Svarene dine er tatt vare på, og neste del åpnes av seg selv om et øyeblikk.",
		NN: "Appen er ikkje ferdig lasta enno. Svara dine er tekne vare på, og neste del kjem opp av seg sjølv om ein augneblink.",
		EN: "The app is still loading. Your answers are kept, and the next part opens by itself in a moment.",
	},
	msgEarlyTooMany: {
		NB: "Du krysset av for flere enn %[2]d svar på «%[1]s» mens appen lastet. Velg høyst %[2]d.",
		NN: "Du kryssa av for fleire enn %[2]d svar på «%[1]s» medan appen heldt på å laste. Vel høgst %[2]d.",
		EN: "You ticked more than %[2]d answers to “%[1]s” while the app was loading. Choose at most %[2]d.",
	},
	msgToStart:     {NB: "Til startsiden", NN: "Til startsida", EN: "To the start page"},
	msgToScores:    {NB: "Se resultatene mine", NN: "Sjå resultata mine", EN: "See my scores"},
	msgClearAnswer: {NB: "Fjern svaret", NN: "Fjern svaret", EN: "Clear answer"},
	msgMaxTwo:      {NB: "Du har valgt to. Fjern ett kryss for å velge et annet.", NN: "Du har valt to. Fjern eitt kryss for å velje eit anna.", EN: "You have chosen two. Uncheck one to choose another."},
	msgScoresTitle: {NB: "Mine resultater", NN: "Resultata mine", EN: "My scores"},
	msgScoresIntro: {
		NB: "Resultatene er regnet ut på denne enheten. Et resultat er gjennomsnittet av svarene dine på spørsmålene i delskalaen. Ved siden av står gjennomsnittet (± standardavvik, SD) i den norske studien for deltakere i grupper for psykisk helse (36 personer) og i rusrelaterte grupper (80 personer).",
		NN: "Resultata er rekna ut på denne eininga. Eit resultat er gjennomsnittet av svara dine på spørsmåla i delskalaen. Ved sida av står gjennomsnittet (± standardavvik, SD) i den norske studien for deltakarar i grupper for psykisk helse (36 personar) og i rusrelaterte grupper (80 personar).",
		EN: "Your scores are computed on this device. A score is the mean of your answers to the scale's questions. Beside it is the mean (± standard deviation, SD) in the Norwegian study for members of mental-health groups (36 people) and of substance-use groups (80 people).",
	},
	msgNoAnswers:      {NB: "Du har ikke svart på noen spørsmål ennå.", NN: "Du har ikkje svart på nokon spørsmål enno.", EN: "You have not answered any questions yet."},
	msgStudyScales:    {NB: "Studiens fem skalaer", NN: "Dei fem skalaene i studien", EN: "The study's five scales"},
	msgOriginalScales: {NB: "De fire delskalaene fra originalen", NN: "Dei fire delskalaene frå originalen", EN: "The original's four subscales"},
	msgYourScore:      {NB: "Ditt resultat", NN: "Resultatet ditt", EN: "Your score"},
	msgScoreRange:     {NB: "på en skala fra %d til %d", NN: "på ein skala frå %d til %d", EN: "on a scale from %d to %d"},
	msgMentalHealth:   {NB: "Grupper for psykisk helse", NN: "Grupper for psykisk helse", EN: "Mental-health groups"},
	msgSubstanceUse:   {NB: "Rusrelaterte grupper", NN: "Rusrelaterte grupper", EN: "Substance-use groups"},
	msgRefValue:       {NB: "%s (SD %s)", NN: "%s (SD %s)", EN: "%s (SD %s)"},
	msgNoReference:    {NB: "Den norske studien rapporterte ikke denne delskalaen, så det finnes ingen verdier å sammenligne med.", NN: "Den norske studien rapporterte ikkje denne delskalaen, så det finst ingen verdiar å samanlikne med.", EN: "The Norwegian study did not report this subscale, so there are no values to compare with."},
	msgNotEnough: {
		NB: "Ikke nok svar til et resultat: du har svart på %d av %d; minst %d trengs.",
		NN: "Ikkje nok svar til eit resultat: du har svart på %d av %d; minst %d trengst.",
		EN: "Not enough answers for a score: answered %d of %d; at least %d are needed.",
	},
	msgAboutGroup:    {NB: "Gruppen og bedringen din", NN: "Gruppa og betringa di", EN: "Your group and your recovery"},
	msgYourAnswer:    {NB: "Ditt svar", NN: "Svaret ditt", EN: "Your answer"},
	msgNotAnswered:   {NB: "Ikke besvart", NN: "Ikkje svart", EN: "Not answered"},
	msgChangeAnswers: {NB: "Endre svarene", NN: "Endre svara", EN: "Change my answers"},
	msgChartYou:      {NB: "Du", NN: "Du", EN: "You"},
	msgChartMH:       {NB: "Psykisk helse", NN: "Psykisk helse", EN: "Mental health"},
	msgChartSU:       {NB: "Rus", NN: "Rus", EN: "Substance use"},

	msgDownloadTitle: {NB: "Last ned svarene", NN: "Last ned svara", EN: "Download your answers"},
	msgDownloadIntro: {
		NB: "Vil du gi svarene dine anonymt til gruppen din eller til en forsker, kan du laste dem ned som en fil og gi filen videre selv.",
		NN: "Vil du gi svara dine anonymt til gruppa di eller til ein forskar, kan du laste dei ned som ei fil og gi fila vidare sjølv.",
		EN: "If you want to give your answers anonymously to your group or to a researcher, you can download them as a file and pass the file on yourself.",
	},
	msgStorageMayExpire: {
		NB: "Denne nettleseren kan slette svarene dine fra enheten hvis du ikke åpner appen på sju dager. Legg appen til på Hjem-skjermen for å beholde dem, eller last ned svarene nå.",
		NN: "Denne nettlesaren kan slette svara dine frå eininga viss du ikkje opnar appen på sju dagar. Legg appen til på Hjem-skjermen for å behalde dei, eller last ned svara no.",
		EN: "This browser may erase your answers from this device if you do not open the app for seven days. Add the app to your Home Screen to keep them, or download your answers now.",
	},
	msgDownloadButton: {NB: "Last ned svarene …", NN: "Last ned svara …", EN: "Download my answers …"},
	msgFileSaved:      {NB: "Filen %s er lagret.", NN: "Fila %s er lagra.", EN: "The file %s has been saved."},
	msgFileFailed:     {NB: "Filen kunne ikke lages: %s", NN: "Fila kunne ikkje lagast: %s", EN: "The file could not be made: %s"},

	msgEraseTitle: {NB: "Slett svarene", NN: "Slett svara", EN: "Erase your answers"},
	msgEraseIntro: {
		NB: "Sletter alt denne appen har lagret på denne enheten: svarene og språkvalget. Filer du har lastet ned, blir ikke berørt.",
		NN: "Slettar alt denne appen har lagra på denne eininga: svara og språkvalet. Filer du har lasta ned, blir ikkje påverka.",
		EN: "Erases everything this app has stored on this device: your answers and your choice of language. Files you have downloaded are not affected.",
	},
	msgEraseButton:       {NB: "Slett alt …", NN: "Slett alt …", EN: "Erase everything …"},
	msgEraseConfirmTitle: {NB: "Slette alt?", NN: "Slette alt?", EN: "Erase everything?"},
	msgEraseConfirmText:  {NB: "Svarene dine blir slettet fra denne enheten og kan ikke hentes tilbake.", NN: "Svara dine blir sletta frå denne eininga og kan ikkje hentast tilbake.", EN: "Your answers will be erased from this device and cannot be brought back."},
	msgEraseConfirm:      {NB: "Ja, slett alt", NN: "Ja, slett alt", EN: "Yes, erase everything"},

	msgForFacilitators: {NB: "For gruppeledere og forskere", NN: "For gruppeleiarar og forskarar", EN: "For group facilitators and researchers"},

	msgCompare:     {NB: "Sammenlign med gruppen min", NN: "Samanlikn med gruppa mi", EN: "Compare with my group"},
	msgCompareStop: {NB: "Slutt å skanne", NN: "Slutt å skanne", EN: "Stop scanning"},
	msgCompareTitle: {NB: "Skann gruppens kode",
		NN: "Skann gruppekoden",
		EN: "Scan the group's code"},
	msgCompareIntro: {NB: "Den som leder møtet, viser gruppens kode. Den har bare gruppens gjennomsnitt, ikke noen enkeltes svar. Kameraet slås av når koden er lest eller du slutter å skanne.",
		NN: "Den som leier møtet, viser gruppekoden. Den har berre gjennomsnittet for gruppa, ikkje svara til nokon enkeltperson. Kameraet blir slått av når koden er lesen eller du sluttar å skanne.",
		EN: "The person leading the meeting shows the group's code. It holds only the group's averages, no one's own answers. The camera turns off when the code has been read or you stop scanning."},
	msgGroupCodeRead:     {NB: "✓ Gruppens kode er lest: %d svar.", NN: "✓ Gruppekoden er lesen: %d svar.", EN: "✓ The group's code has been read: %d responses."},
	msgGroupCodeRejected: {NB: "✗ %s", NN: "✗ %s", EN: "✗ %s"},
	msgColScale:          {NB: "Skala", NN: "Skala", EN: "Scale"},
	msgColOwn:            {NB: "Ditt resultat", NN: "Resultatet ditt", EN: "Your score"},
	msgColGroup:          {NB: "Gruppen: gjennomsnitt ± SD", NN: "Gruppa: gjennomsnitt ± SD", EN: "The group: mean ± SD"},
	cShowTitle:           {NB: "Vis svarene som en kode", NN: "Vis svara som ein kode", EN: "Show your answers as a code"},
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
	cShowStays:    {NB: "Koden vises bare på skjermen din og forsvinner når du lukker den.", NN: "Koden blir berre vist på skjermen din og forsvinn når du lukkar den.", EN: "The code is only shown on your screen and disappears when you close it."},
	cShowCode:     {NB: "Vis koden", NN: "Vis koden", EN: "Show the code"},
	cCodeLabel:    {NB: "QR-kode med svarene dine", NN: "QR-kode med svara dine", EN: "QR code holding your answers"},
	cCodeHint:     {NB: "Hold skjermen stødig foran kameraet, med full lysstyrke.", NN: "Hald skjermen stødig framfor kameraet, med full lysstyrke.", EN: "Hold the screen steady in front of the camera, at full brightness."},
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

// tr returns text k in language l, formatted with args when given: the
// pages' one lookup (internal/text).
func tr(l scales.Lang, k msg, args ...any) string { return texts.In(l, k, args...) }

// trn returns text one when n is 1 and text other otherwise, formatted
// with args: a count of one reads as words do.
func trn(l scales.Lang, n int, one, other msg, args ...any) string {
	return texts.Count(l, n, one, other, args...)
}

// setPage gives the document the language l (<html lang>) and the title.
func setPage(ctx app.Context, l scales.Lang, title msg) {
	sb.SetPageTitle(ctx, l, tr(l, title))
}
