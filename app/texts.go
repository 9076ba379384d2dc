package app

import (
	"sammebaat/internal/text"
	"sammebaat/scales"
)

// msg names a text of the respondent's pages. The questionnaire's own texts
// (questions, choices, sections, scales) live in scales; these are the
// pages' words around them.
type msg int

const (
	msgAppName msg = iota
	msgLangNav
	msgLoading
	msgFooter

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
	msgCancel
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
	msgShare

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
	msgSaveFailed
	msgLoadFailed
	msgDamagedSome
	msgDamagedSomeOne
	msgDamagedSomeNone
	msgDamagedWhole
	msgDroppedAnswer

	// What the device keeps, and updates (every respondent page).
	msgNotKeptFull
	msgNotKeptOther
	msgStorageBlocked
	msgDownloadNow
	msgUpdateReady
	msgReload

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
	msgFileTitle
	msgFileLang
	msgFileID
	msgFileAnswers
	msgFileAnswersOne
	msgFileNothingElse
	msgFileStays
	msgFileShow
	msgFileSave
	msgFileSaved
	msgFileFailed

	// Erase.
	msgEraseTitle
	msgEraseIntro
	msgEraseButton
	msgEraseConfirmTitle
	msgEraseConfirmText
	msgEraseConfirm

	msgCount // number of texts; keep last
)

// texts holds every msg in every language (internal/text checks).
var texts = text.Enum("app: the respondent's pages", msgCount, map[msg]scales.Text{
	msgAppName: {NB: "Samme båt", NN: "Samme båt", EN: "Samme båt"},
	msgLangNav: {NB: "Språk", NN: "Språk", EN: "Language"},
	msgLoading: {NB: "Henter svarene dine …", NN: "Hentar svara dine …", EN: "Loading your answers …"},
	msgFooter: {
		NB: "Samme båt kjører bare på denne enheten. Ingenting sendes noe sted.",
		NN: "Samme båt køyrer berre på denne eininga. Ingenting blir sendt nokon stad.",
		EN: "Samme båt runs only on this device. Nothing is sent anywhere.",
	},

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
	msgCancel:     {NB: "Avbryt", NN: "Avbryt", EN: "Cancel"},
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
	msgSaveFailed:  {NB: "Svaret ble ikke lagret: %s", NN: "Svaret vart ikkje lagra: %s", EN: "Your answer was not saved: %s"},
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
	msgDownloadButton:  {NB: "Last ned svarene …", NN: "Last ned svara …", EN: "Download my answers …"},
	msgFileTitle:       {NB: "Dette står i filen", NN: "Dette står i fila", EN: "What the file contains"},
	msgFileLang:        {NB: "Språket du svarte på: %s.", NN: "Språket du svarte på: %s.", EN: "The language you answered in: %s."},
	msgFileID:          {NB: "En tilfeldig kode som bare skiller dette svaret fra andre: %s.", NN: "Ein tilfeldig kode som berre skil dette svaret frå andre: %s.", EN: "A random code that only tells this response apart from others: %s."},
	msgFileAnswers:     {NB: "Svarene dine som tallkoder (%d svar). Spørsmål du hoppet over, er ikke med.", NN: "Svara dine, koda som tal (%d svar). Spørsmål du hoppa over, er ikkje med.", EN: "Your answers as number codes (%d answers). Questions you skipped are left out."},
	msgFileAnswersOne:  {NB: "Svaret ditt som tallkode (%d svar). Spørsmål du hoppet over, er ikke med.", NN: "Svaret ditt, koda som tal (%d svar). Spørsmål du hoppa over, er ikkje med.", EN: "Your answer as a number code (%d answer). Questions you skipped are left out."},
	msgFileNothingElse: {NB: "Ingenting annet: ikke navn, ikke tidspunkt, ingen opplysninger om enheten din.", NN: "Ingenting anna: ikkje namn, ikkje tidspunkt, ingen opplysningar om eininga di.", EN: "Nothing else: no name, no time, no details about your device."},
	msgFileStays:       {NB: "Filen lagres på enheten din og sendes ikke noe sted.", NN: "Fila blir lagra på eininga di og blir ikkje sendt nokon stad.", EN: "The file is saved on your device and is not sent anywhere."},
	msgFileShow:        {NB: "Vis hele filen", NN: "Vis heile fila", EN: "Show the whole file"},
	msgFileSave:        {NB: "Lagre filen", NN: "Lagre fila", EN: "Save the file"},
	msgFileSaved:       {NB: "Filen %s er lagret.", NN: "Fila %s er lagra.", EN: "The file %s has been saved."},
	msgFileFailed:      {NB: "Filen kunne ikke lages: %s", NN: "Fila kunne ikkje lagast: %s", EN: "The file could not be made: %s"},

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
	msgShare:             {NB: "Del …", NN: "Del …", EN: "Share …"},
})

// key is a key of one of the app's text tables.
type key interface{ msg | cmsg }

// tableOf is the table of K's texts.
func tableOf[K key]() *text.Table[K] {
	var k K
	switch any(k).(type) {
	case msg:
		return any(texts).(*text.Table[K])
	default:
		return any(codeTexts).(*text.Table[K])
	}
}

// tr returns text k in language l, formatted with args when given: the
// pages' one lookup (internal/text).
func tr[K key](l scales.Lang, k K, args ...any) string {
	return tableOf[K]().In(l, k, args...)
}

// trn returns text one when n is 1 and text other otherwise, formatted
// with args: a count of one reads as words do.
func trn[K key](l scales.Lang, n int, one, other K, args ...any) string {
	return tableOf[K]().Count(l, n, one, other, args...)
}
