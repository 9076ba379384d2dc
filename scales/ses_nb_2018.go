package scales

import (
	"math"
	"sync"
)

// InstrumentID is the id of the only instrument this package knows, as
// response files name it in "instrument".
const InstrumentID = "ses-nb-2018"

// SESNB2018 returns the questionnaire of the study: background questions,
// the Social Exchange Scales (Brown, Tang & Hollman 2014) in the Norwegian
// translation, and three closing questions; 41 questions in four sections
// (spec/instrument.md). Every text is in bokmål (as administered), English
// and nynorsk (a translation of the bokmål, checked by back-translation and
// spelling: instrument.md, "Nynorsk texts"). It is built once and shared:
// treat it as read-only.
func SESNB2018() *Instrument { return sesNB2018() }

var sesNB2018 = sync.OnceValue(func() *Instrument {
	in := &Instrument{
		ID:       InstrumentID,
		Sections: sesSections(),
		Items:    sesItems(),
		Scales:   sesScales(),
		Study:    sesStudy(),
	}
	in.index()
	return in
})

// sesStudy returns the variables of the study's Tables 2–4 and Figures 1–2.
func sesStudy() Study {
	return Study{
		Background:   []string{"gender", "age", "education", "employment", "status", "area", "peerled", "frequency", "openness"},
		Comparison:   []string{"share", "receive", "humour", "negative", "social", "recovery", "satisfaction", "duration"},
		Matrix:       []string{"recovery", "satisfaction", "duration", "share", "receive", "humour", "negative", "social"},
		Figure1:      []string{"hum1", "hum2", "hum3", "hum4", "hum5"},
		Figure2:      []string{"out1", "out2", "out3", "out4", "out5"},
		CompareBy:    "area",
		CompareCodes: [2]int{1, 2},
		SplitBy:      "status",
	}
}

// frequency7 are the codes of section 2: how often something happens at meetings.
var frequency7 = []Choice{
	{1, Text{"Aldri", "Never", "Aldri"}},
	{2, Text{"Nesten aldri", "Very rarely", "Nesten aldri"}},
	{3, Text{"Mindre enn halvparten av tiden", "Less than half the time", "Mindre enn halvparten av tida"}},
	{4, Text{"Omtrent halvparten av tiden", "About half the time", "Omtrent halvparten av tida"}},
	{5, Text{"Mer enn halvparten av tiden", "More than half the time", "Meir enn halvparten av tida"}},
	{6, Text{"Nesten alltid", "Almost always", "Nesten alltid"}},
	{7, Text{"Alltid", "Always", "Alltid"}},
}

// count5 are the codes of section 3: how many times something happened in the last 3 months.
var count5 = []Choice{
	{1, Text{"Aldri", "Never", "Aldri"}},
	{2, Text{"1 gang", "Once", "1 gong"}},
	{3, Text{"2–3 ganger", "2–3 times", "2–3 gonger"}},
	{4, Text{"4–9 ganger", "4–9 times", "4–9 gonger"}},
	{5, Text{"10 eller flere ganger", "10 times or more", "10 eller fleire gonger"}},
}

// sesItems returns the 41 questions in questionnaire order, texts and codes
// exactly as instrument.md gives them, the nynorsk as its "Nynorsk texts"
// table does. The age labels have no English text in instrument.md; their
// English labels read "years" for «år».
func sesItems() []Item {
	return []Item{
		{ID: "gender", Section: 1, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Kjønn",
				"Gender",
				"Kjønn"},
			Choices: []Choice{
				{1, Text{"Kvinne", "Female", "Kvinne"}},
				{2, Text{"Mann", "Male", "Mann"}},
			}},
		{ID: "age", Section: 1, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Alder",
				"Age",
				"Alder"},
			Choices: []Choice{
				{1, Text{"18–35 år", "18–35 years", "18–35 år"}},
				{2, Text{"36–49 år", "36–49 years", "36–49 år"}},
				{3, Text{"50–65 år", "50–65 years", "50–65 år"}},
				{4, Text{"66–80 år", "66–80 years", "66–80 år"}},
			}},
		{ID: "education", Section: 1, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Hva er din høyeste fullførte utdanning?",
				"What is your highest completed education?",
				"Kva er den høgaste fullførte utdanninga di?"},
			Choices: []Choice{
				{1, Text{"Grunnskole", "Primary and lower secondary school", "Grunnskule"}},
				{2, Text{"Videregående skole", "Upper secondary school", "Vidaregåande skule"}},
				{3, Text{"Høgskole/universitet", "University or university college", "Høgskule/universitet"}},
				{4, Text{"Ingen av delene", "None of these", "Ingen av delane"}},
			}},
		{ID: "employment", Section: 1, Kind: Multiple, MaxChoices: 2, Subscale: "", Column: "emp",
			Text: Text{"Skole- og arbeidsforhold (maks. 2 alternativer)",
				"School and work situation (at most 2 options)",
				"Skule- og arbeidsforhold (maks. 2 alternativ)"},
			Choices: []Choice{
				{1, Text{"Jeg jobber", "I work", "Eg jobbar"}},
				{2, Text{"Jeg studerer", "I study", "Eg studerer"}},
				{3, Text{"Jeg er arbeidssøkende", "I am looking for work", "Eg er arbeidssøkjande"}},
				{4, Text{"Jeg er trygdet", "I receive social security benefits", "Eg er trygda"}},
				{5, Text{"Jeg er pensjonist", "I am retired", "Eg er pensjonist"}},
				{6, Text{"Jeg er helt eller delvis sykemeldt", "I am on full or partial sick leave", "Eg er heilt eller delvis sjukmeld"}},
			}},
		{ID: "status", Section: 1, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Går du for øyeblikket i selvhjelpsgruppe?",
				"Do you currently attend a self-help group?",
				"Går du for augneblinken i sjølvhjelpsgruppe?"},
			Choices: []Choice{
				{1, Text{"Jeg går i selvhjelpsgruppe", "I attend a self-help group", "Eg går i sjølvhjelpsgruppe"}},
				{2, Text{"Jeg har tidligere gått i selvhjelpsgruppe", "I have attended a self-help group before", "Eg har tidlegare gått i sjølvhjelpsgruppe"}},
			}},
		{ID: "area", Section: 1, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Hvilket område er selvhjelpsgruppen innenfor?",
				"What area is the self-help group within?",
				"Kva for eit område er sjølvhjelpsgruppa innanfor?"},
			Choices: []Choice{
				{1, Text{"Psykisk helse", "Mental health", "Psykisk helse"}},
				{2, Text{"Rusrelatert", "Substance use", "Rusrelatert"}},
				{3, Text{"Pårørendegruppe", "Group for relatives", "Gruppe for pårørande"}},
				{4, Text{"Andre grupper", "Other groups", "Andre grupper"}},
			}},
		{ID: "peerled", Section: 1, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Er gruppen du går i likepersonsstyrt? (altså ikke ledet av en fagperson)",
				"Is your group peer-led (that is, not led by a professional)?",
				"Er gruppa du går i likepersonstyrt? (altså ikkje leidd av ein fagperson)"},
			Choices: []Choice{
				{1, Text{"Ja", "Yes", "Ja"}},
				{2, Text{"Nei", "No", "Nei"}},
				{3, Text{"Delvis", "Partly", "Delvis"}},
			}},
		{ID: "frequency", Section: 1, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Hvor ofte går (gikk) du på møter?",
				"How often do (did) you attend meetings?",
				"Kor ofte går (gjekk) du på møte?"},
			Choices: []Choice{
				{1, Text{"Ukentlig", "Weekly", "Vekentleg"}},
				{2, Text{"1–3 ganger i måneden", "1–3 times a month", "1–3 gonger i månaden"}},
				{3, Text{"1–5 ganger i halvåret", "1–5 times in six months", "1–5 gonger i halvåret"}},
				{4, Text{"Sjeldnere", "Less often", "Sjeldnare"}},
			}},
		{ID: "openness", Section: 1, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Er gruppen du går i åpen eller lukket?",
				"Is your group open or closed?",
				"Er gruppa du går i open eller lukka?"},
			Choices: []Choice{
				{1, Text{"Åpen", "Open", "Open"}},
				{2, Text{"Lukket", "Closed", "Lukka"}},
				{3, Text{"Begge deler", "Both", "Begge delar"}},
			}},
		{ID: "ekp1", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "ekp",
			Text: Text{"Jeg deler personlige problemer med gruppemedlemmer",
				"I share my personal problems with group members.",
				"Eg deler personlege problem med gruppemedlemmer"},
			Choices: frequency7},
		{ID: "ekp2", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "ekp",
			Text: Text{"Jeg snakker om tema som jeg opplever som sensitive",
				"I talk about personally sensitive issues.",
				"Eg snakkar om tema som eg opplever som sensitive"},
			Choices: frequency7},
		{ID: "ekp3", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "ekp",
			Text: Text{"Jeg deler følelsene mine med gruppen",
				"I share my feelings with the group.",
				"Eg deler kjenslene mine med gruppa"},
			Choices: frequency7},
		{ID: "esp1", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "esp",
			Text: Text{"Jeg viser omtanke for et gruppemedlem",
				"I express concern for a group member.",
				"Eg viser omtanke for eit gruppemedlem"},
			Choices: frequency7},
		{ID: "esp2", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "esp",
			Text: Text{"Jeg støtter et gruppemedlem følelsesmessig",
				"I provide emotional support to a group member.",
				"Eg støttar eit gruppemedlem kjenslemessig"},
			Choices: frequency7},
		{ID: "esp3", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "esp",
			Text: Text{"Jeg anerkjenner de personlige prestasjonene et gruppemedlem har oppnådd",
				"I recognize the personal accomplishments of a group member.",
				"Eg verdset dei personlege prestasjonane eit gruppemedlem har oppnådd"},
			Choices: frequency7},
		{ID: "ekr1", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "ekr",
			Text: Text{"Gruppemedlemmer deler sine personlige problemer med meg",
				"Group members share their personal problems with me.",
				"Gruppemedlemmer deler dei personlege problema sine med meg"},
			Choices: frequency7},
		{ID: "ekr2", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "ekr",
			Text: Text{"Gruppemedlemmer snakker om sensitive temaer",
				"Group members talk about sensitive issues.",
				"Gruppemedlemmer snakkar om sensitive tema"},
			Choices: frequency7},
		{ID: "ekr3", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "ekr",
			Text: Text{"Gruppemedlemmer deler følelsene sine med gruppen",
				"Group members share their feelings with the group.",
				"Gruppemedlemmer deler kjenslene sine med gruppa"},
			Choices: frequency7},
		{ID: "esr1", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "esr",
			Text: Text{"Gruppemedlemmer lytter når jeg snakker",
				"Group members listen carefully when I talk.",
				"Gruppemedlemmer lyttar når eg snakkar"},
			Choices: frequency7},
		{ID: "esr2", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "esr",
			Text: Text{"Gruppemedlemmer viser interesse for og hører på mine idéer og meninger",
				"Group members show interest in hearing my ideas and opinions.",
				"Gruppemedlemmer viser interesse for og høyrer på ideane og meiningane mine"},
			Choices: frequency7},
		{ID: "esr3", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "esr",
			Text: Text{"Et gruppemedlem uttrykker tillit til mine evner",
				"A group member expresses confidence in my abilities.",
				"Eit gruppemedlem uttrykkjer tillit til evnene mine"},
			Choices: frequency7},
		{ID: "hum1", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "hum",
			Text: Text{"Gruppemedlemmer bruker humor i kommunikasjonen",
				"Group members make jokes.",
				"Gruppemedlemmer brukar humor i kommunikasjonen"},
			Choices: frequency7},
		{ID: "hum2", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "hum",
			Text: Text{"Gruppemedlemmer ler av min humor",
				"Group members laugh when I make a joke.",
				"Gruppemedlemmer ler av humoren min"},
			Choices: frequency7},
		{ID: "hum3", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "hum",
			Text: Text{"Gruppemedlemmer spøker med meg",
				"Group members kid around with me.",
				"Gruppemedlemmer spøkjer med meg"},
			Choices: frequency7},
		{ID: "hum4", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "hum",
			Text: Text{"Jeg bruker humor i kommunikasjonen",
				"I make jokes.",
				"Eg brukar humor i kommunikasjonen"},
			Choices: frequency7},
		{ID: "hum5", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "hum",
			Text: Text{"Jeg spøker med andre gruppemedlemmer",
				"I kid around with group members.",
				"Eg spøkjer med andre gruppemedlemmer"},
			Choices: frequency7},
		{ID: "unw1", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "unw",
			Text: Text{"Et gruppemedlem er ikke stille når jeg snakker",
				"A group member is not quiet when I am talking.",
				"Eit gruppemedlem er ikkje stille når eg snakkar"},
			Choices: frequency7},
		{ID: "unw2", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "unw",
			Text: Text{"Et gruppemedlem avbryter meg mens jeg snakker",
				"A group member interrupts me while I am talking.",
				"Eit gruppemedlem avbryt meg medan eg snakkar"},
			Choices: frequency7},
		{ID: "unw3", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "unw",
			Text: Text{"Et gruppemedlem kommer for sent til møtet",
				"A group member shows up late to the meeting.",
				"Eit gruppemedlem kjem for seint til møtet"},
			Choices: frequency7},
		{ID: "unw4", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "unw",
			Text: Text{"Det oppstår misforståelser mellom gruppemedlemmer",
				"There is a misunderstanding between group members.",
				"Det oppstår misforståingar mellom gruppemedlemmer"},
			Choices: frequency7},
		{ID: "unw5", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "unw",
			Text: Text{"Et gruppemedlem kommer med sladder",
				"A group member gossips.",
				"Eit gruppemedlem kjem med sladder"},
			Choices: frequency7},
		{ID: "unw6", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "unw",
			Text: Text{"Et gruppemedlem slutter å følge med på diskusjonen",
				"A group member stops listening to the discussion.",
				"Eit gruppemedlem sluttar å følgje med på diskusjonen"},
			Choices: frequency7},
		{ID: "unw7", Section: 2, Kind: Single, MaxChoices: 1, Subscale: "unw",
			Text: Text{"Et gruppemedlem snakker for lenge",
				"A group member ends up talking for too long.",
				"Eit gruppemedlem snakkar for lenge"},
			Choices: frequency7},
		{ID: "out1", Section: 3, Kind: Single, MaxChoices: 1, Subscale: "out",
			Text: Text{"… du gjort en tjeneste for et annet gruppemedlem",
				"… you do a favor for a group member",
				"… du gjort ei teneste for eit anna gruppemedlem"},
			Choices: count5},
		{ID: "out2", Section: 3, Kind: Single, MaxChoices: 1, Subscale: "out",
			Text: Text{"… du besøkt et medlem av gruppen",
				"… you visit the home of a group member",
				"… du besøkt eit medlem av gruppa"},
			Choices: count5},
		{ID: "out3", Section: 3, Kind: Single, MaxChoices: 1, Subscale: "out",
			Text: Text{"… du vært sosial med et gruppemedlem utenom møtene",
				"… you socialize with a group member outside of group meetings",
				"… du vore sosial med eit gruppemedlem utanom møta"},
			Choices: count5},
		{ID: "out4", Section: 3, Kind: Single, MaxChoices: 1, Subscale: "out",
			Text: Text{"… et medlem av gruppen gjort en tjeneste for deg",
				"… a group member do a favor for you",
				"… eit medlem av gruppa gjort ei teneste for deg"},
			Choices: count5},
		{ID: "out5", Section: 3, Kind: Single, MaxChoices: 1, Subscale: "out",
			Text: Text{"… et medlem av gruppen besøkt deg",
				"… a group member visit your home",
				"… eit medlem av gruppa besøkt deg"},
			Choices: count5},
		{ID: "duration", Section: 4, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Hvor lenge har du deltatt (deltok du) i selvhjelpsgruppen?",
				"How long have you attended (did you attend) the self-help group?",
				"Kor lenge har du delteke (deltok du) i sjølvhjelpsgruppa?"},
			Choices: []Choice{
				{1, Text{"1–6 mnd", "1–6 months", "1–6 mnd"}},
				{2, Text{"7–12 mnd", "7–12 months", "7–12 mnd"}},
				{3, Text{"1–3 år", "1–3 years", "1–3 år"}},
				{4, Text{"3 år eller mer", "3 years or more", "3 år eller meir"}},
			}},
		{ID: "recovery", Section: 4, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Hvor viktig vil du si at selvhjelpsgruppen har vært for din bedringsprosess?",
				"How important would you say the self-help group has been for your recovery?",
				"Kor viktig vil du seie at sjølvhjelpsgruppa har vore for betringa di?"},
			Choices: []Choice{
				{1, Text{"Ikke viktig", "Not important", "Ikkje viktig"}},
				{2, Text{"Litt viktig", "A little important", "Litt viktig"}},
				{3, Text{"Hverken viktig eller uviktig", "Neither important nor unimportant", "Verken viktig eller uviktig"}},
				{4, Text{"Ganske viktig", "Quite important", "Ganske viktig"}},
				{5, Text{"Svært viktig", "Very important", "Svært viktig"}},
			}},
		{ID: "satisfaction", Section: 4, Kind: Single, MaxChoices: 1, Subscale: "",
			Text: Text{"Totalt sett hvor fornøyd er du med selvhjelpsgruppen?",
				"Overall, how satisfied are you with the self-help group?",
				"Totalt sett, kor fornøgd er du med sjølvhjelpsgruppa?"},
			Choices: []Choice{
				{1, Text{"Svært misfornøyd", "Very dissatisfied", "Svært misnøgd"}},
				{2, Text{"Ganske misfornøyd", "Quite dissatisfied", "Ganske misnøgd"}},
				{3, Text{"Hverken fornøyd eller misfornøyd", "Neither satisfied nor dissatisfied", "Verken fornøgd eller misnøgd"}},
				{4, Text{"Ganske fornøyd", "Quite satisfied", "Ganske fornøgd"}},
				{5, Text{"Svært fornøyd", "Very satisfied", "Svært fornøgd"}},
			}},
	}
}

// sesSections returns the four sections with the study's instructions
// (instrument.md): the Norwegian instruction as modified in the study, the
// English one as in the original, the nynorsk one translated from the
// Norwegian.
func sesSections() []Section {
	return []Section{
		{
			Number: 1,
			Title:  Text{"Bakgrunnsspørsmål", "Background", "Bakgrunnsspørsmål"},
			Items:  []string{"gender", "age", "education", "employment", "status", "area", "peerled", "frequency", "openness"},
		},
		{
			Number: 2,
			Title:  Text{"Under gruppemøtene", "During group meetings", "Under gruppemøta"},
			Instruction: Text{
				"De følgende spørsmålene omhandler det som foregår på gruppemøter. Svarene går i en skala på 7 fra aldri til alltid. Vennligst kryss av svaralternativet som passer.",
				"The following questions ask about what goes on during group meetings. Please indicate how often each behavior occurs during your group's meetings.",
				"Dei følgjande spørsmåla handlar om det som går føre seg på gruppemøte. Svara går i ein skala på 7 frå aldri til alltid. Ver venleg og kryss av svaralternativet som passar.",
			},
			Items: []string{
				"ekp1", "ekp2", "ekp3", "esp1", "esp2", "esp3",
				"ekr1", "ekr2", "ekr3", "esr1", "esr2", "esr3",
				"hum1", "hum2", "hum3", "hum4", "hum5",
				"unw1", "unw2", "unw3", "unw4", "unw5", "unw6", "unw7",
			},
		},
		{
			Number: 3,
			Title:  Text{"Utveksling utenfor møtene", "Exchanges outside meetings", "Utveksling utanfor møta"},
			Instruction: Text{
				"Følgende spørsmål dreier seg om utveksling utenfor møter. Indiker hvor mange ganger hendelsen har skjedd. Her kan det være at svaret ofte er aldri. Det er ikke uvanlig at slik aktivitet er fraværende.",
				"This section asks about what you and other group members may have done together. Please indicate about how many times you did each activity listed. Don't worry if you answer 0 times often, as many people do.",
				"Følgjande spørsmål dreier seg om utveksling utanfor møte. Indiker kor mange gonger hendinga har skjedd. Her kan det vere at svaret ofte er aldri. Det er ikkje uvanleg at slik aktivitet er fråverande.",
			},
			Stem: Text{
				"Hvor ofte i løpet av de siste 3 månedene har …",
				"In the last 3 months, about how many times did …",
				"Kor ofte i løpet av dei siste 3 månadene har …",
			},
			Items: []string{"out1", "out2", "out3", "out4", "out5"},
		},
		{
			Number: 4,
			Title:  Text{"Deltakelse, bedring og tilfredshet", "Participation, recovery and satisfaction", "Deltaking, betring og tilfredsheit"},
			Items:  []string{"duration", "recovery", "satisfaction"},
		},
	}
}

// sesScales returns the nine scales in instrument.md order: the study's five
// composite scales, then the four original subscales that share and receive
// merge. α values: the study's Table 1 (n=120) and Brown, Tang & Hollman
// (2014) Table 5; NaN where the source reports none.
func sesScales() []Scale {
	nan := math.NaN()
	return []Scale{
		{
			ID:    "share",
			Name:  Text{"Erfaring, støtte og kunnskap jeg deler", "Experience, support and knowledge I share", "Erfaring, støtte og kunnskap eg deler"},
			Items: []string{"ekp1", "ekp2", "ekp3", "esp1", "esp2", "esp3"},
			About: Text{
				"Hvor ofte du selv deler egne problemer, sensitive tema og følelser i gruppen, og viser omtanke, støtte og anerkjennelse til andre. Gjennomsnittet av seks spørsmål, fra 1 (aldri) til 7 (alltid). Et høyere tall betyr at du deler og støtter oftere.",
				"How often you share your own problems, sensitive issues and feelings in the group, and show concern, support and recognition to others. The average of six questions, from 1 (never) to 7 (always). A higher number means you share and support more often.",
				"Kor ofte du sjølv deler eigne problem, sensitive tema og kjensler i gruppa, og viser omtanke for, støttar og verdset andre. Gjennomsnittet av seks spørsmål, frå 1 (aldri) til 7 (alltid). Eit høgare tal betyr at du deler og støttar oftare.",
			},
			Min: 1, Max: 7, InStudy: true, StudyAlpha: .85, OriginalAlpha: nan,
		},
		{
			ID:    "receive",
			Name:  Text{"Erfaring, støtte og kunnskap jeg mottar", "Experience, support and knowledge I receive", "Erfaring, støtte og kunnskap eg tek imot"},
			Items: []string{"ekr1", "ekr2", "ekr3", "esr1", "esr2", "esr3"},
			About: Text{
				"Hvor ofte de andre i gruppen deler sine problemer og følelser, lytter til deg, viser interesse for meningene dine og har tillit til deg. Gjennomsnittet av seks spørsmål, fra 1 (aldri) til 7 (alltid). Et høyere tall betyr at du mottar mer.",
				"How often the other group members share their problems and feelings, listen to you, show interest in your opinions and express confidence in you. The average of six questions, from 1 (never) to 7 (always). A higher number means you receive more.",
				"Kor ofte dei andre i gruppa deler problema og kjenslene sine, lyttar til deg, viser interesse for meiningane dine og har tillit til deg. Gjennomsnittet av seks spørsmål, frå 1 (aldri) til 7 (alltid). Eit høgare tal betyr at du får meir.",
			},
			Min: 1, Max: 7, InStudy: true, StudyAlpha: .88, OriginalAlpha: nan,
		},
		{
			ID:    "humour",
			Name:  Text{"Humorutveksling", "Humour exchanged", "Humorutveksling"},
			Items: []string{"hum1", "hum2", "hum3", "hum4", "hum5"},
			About: Text{
				"Hvor ofte det blir spøkt og brukt humor mellom deg og de andre i gruppen. Gjennomsnittet av fem spørsmål, fra 1 (aldri) til 7 (alltid). Et høyere tall betyr mer humor.",
				"How often you and the other group members joke and use humour together. The average of five questions, from 1 (never) to 7 (always). A higher number means more humour.",
				"Kor ofte det blir spøkt og brukt humor mellom deg og dei andre i gruppa. Gjennomsnittet av fem spørsmål, frå 1 (aldri) til 7 (alltid). Eit høgare tal betyr meir humor.",
			},
			Min: 1, Max: 7, InStudy: true, StudyAlpha: .88, OriginalAlpha: .84,
		},
		{
			ID:    "negative",
			Name:  Text{"Negative erfaringer", "Negative experiences (unwanted behaviour received)", "Negative erfaringar"},
			Items: []string{"unw1", "unw2", "unw3", "unw4", "unw5", "unw6", "unw7"},
			About: Text{
				"Hvor ofte du opplever ting som kan gjøre møtene vanskeligere: at noen avbryter eller ikke er stille når du snakker, kommer for sent, sladrer, slutter å følge med eller snakker for lenge, eller at det oppstår misforståelser. Gjennomsnittet av sju spørsmål, fra 1 (aldri) til 7 (alltid). Her er lavere bedre: et lavt tall betyr at slikt sjelden skjer.",
				"How often you meet things that can make meetings harder: someone interrupting or not being quiet while you talk, arriving late, gossiping, no longer listening or talking for too long, or misunderstandings between members. The average of seven questions, from 1 (never) to 7 (always). Here lower is better: a low number means such things rarely happen.",
				"Kor ofte du opplever ting som kan gjere møta vanskelegare: at nokon avbryt eller ikkje er stille når du snakkar, kjem for seint, sladrar, sluttar å følgje med eller snakkar for lenge, eller at det oppstår misforståingar. Gjennomsnittet av sju spørsmål, frå 1 (aldri) til 7 (alltid). Her er lågare betre: eit lågt tal betyr at slikt sjeldan skjer.",
			},
			Min: 1, Max: 7, InStudy: true, StudyAlpha: .82, OriginalAlpha: .81,
		},
		{
			ID:    "social",
			Name:  Text{"Sosial kontakt utenom møtene", "Social contact outside meetings", "Sosial kontakt utanom møta"},
			Items: []string{"out1", "out2", "out3", "out4", "out5"},
			About: Text{
				"Hvor mye kontakt du har hatt med andre i gruppen utenom møtene de siste 3 månedene: tjenester dere har gjort for hverandre, besøk og sosialt samvær. Gjennomsnittet av fem spørsmål, fra 1 (aldri) til 5 (10 ganger eller mer). Mange svarer aldri her, og det er helt vanlig.",
				"How much contact you have had with other group members outside meetings in the last 3 months: favours done for each other, visits and socializing. The average of five questions, from 1 (never) to 5 (10 times or more). Many people answer never here, and that is quite common.",
				"Kor mykje kontakt du har hatt med andre i gruppa utanom møta dei siste 3 månadene: tenester de har gjort for kvarandre, besøk og sosialt samvær. Gjennomsnittet av fem spørsmål, frå 1 (aldri) til 5 (10 gonger eller meir). Mange svarar aldri her, og det er heilt vanleg.",
			},
			Min: 1, Max: 5, InStudy: true, StudyAlpha: .93, OriginalAlpha: .88,
		},
		{
			ID:    "ekp",
			Name:  Text{"Erfaringsmessig kunnskap jeg deler", "Experiential knowledge provided", "Erfaringskunnskap eg deler"},
			Items: []string{"ekp1", "ekp2", "ekp3"},
			About: Text{
				"Hvor ofte du deler personlige problemer, sensitive tema og følelsene dine med gruppen. Gjennomsnittet av tre spørsmål, fra 1 (aldri) til 7 (alltid). Et høyere tall betyr at du deler oftere. Er en del av «Erfaring, støtte og kunnskap jeg deler».",
				"How often you share your personal problems, sensitive issues and feelings with the group. The average of three questions, from 1 (never) to 7 (always). A higher number means you share more often. Part of \"Experience, support and knowledge I share\".",
				"Kor ofte du deler personlege problem, sensitive tema og kjenslene dine med gruppa. Gjennomsnittet av tre spørsmål, frå 1 (aldri) til 7 (alltid). Eit høgare tal betyr at du deler oftare. Er ein del av «Erfaring, støtte og kunnskap eg deler».",
			},
			Min: 1, Max: 7, StudyAlpha: nan, OriginalAlpha: .83,
		},
		{
			ID:    "esp",
			Name:  Text{"Emosjonell støtte jeg gir", "Emotional support provided", "Emosjonell støtte eg gir"},
			Items: []string{"esp1", "esp2", "esp3"},
			About: Text{
				"Hvor ofte du viser omtanke for, støtter og anerkjenner de andre i gruppen. Gjennomsnittet av tre spørsmål, fra 1 (aldri) til 7 (alltid). Et høyere tall betyr at du gir støtte oftere. Er en del av «Erfaring, støtte og kunnskap jeg deler».",
				"How often you show concern for, support and recognize the other group members. The average of three questions, from 1 (never) to 7 (always). A higher number means you give support more often. Part of \"Experience, support and knowledge I share\".",
				"Kor ofte du viser omtanke for, støttar og verdset dei andre i gruppa. Gjennomsnittet av tre spørsmål, frå 1 (aldri) til 7 (alltid). Eit høgare tal betyr at du gir støtte oftare. Er ein del av «Erfaring, støtte og kunnskap eg deler».",
			},
			Min: 1, Max: 7, StudyAlpha: nan, OriginalAlpha: .63,
		},
		{
			ID:    "ekr",
			Name:  Text{"Erfaring og kunnskap jeg mottar", "Experiential knowledge received", "Erfaring og kunnskap eg tek imot"},
			Items: []string{"ekr1", "ekr2", "ekr3"},
			About: Text{
				"Hvor ofte de andre i gruppen deler sine personlige problemer, sensitive tema og følelser. Gjennomsnittet av tre spørsmål, fra 1 (aldri) til 7 (alltid). Et høyere tall betyr at du får høre mer av andres erfaring. Er en del av «Erfaring, støtte og kunnskap jeg mottar».",
				"How often the other group members share their personal problems, sensitive issues and feelings. The average of three questions, from 1 (never) to 7 (always). A higher number means you hear more of others' experience. Part of \"Experience, support and knowledge I receive\".",
				"Kor ofte dei andre i gruppa deler dei personlege problema sine, sensitive tema og kjensler. Gjennomsnittet av tre spørsmål, frå 1 (aldri) til 7 (alltid). Eit høgare tal betyr at du får høyre meir av erfaringa til andre. Er ein del av «Erfaring, støtte og kunnskap eg tek imot».",
			},
			Min: 1, Max: 7, StudyAlpha: nan, OriginalAlpha: .77,
		},
		{
			ID:    "esr",
			Name:  Text{"Følelsesmessig støtte jeg mottar", "Emotional support received", "Kjenslemessig støtte eg tek imot"},
			Items: []string{"esr1", "esr2", "esr3"},
			About: Text{
				"Hvor ofte de andre i gruppen lytter når du snakker, viser interesse for idéene og meningene dine og har tillit til evnene dine. Gjennomsnittet av tre spørsmål, fra 1 (aldri) til 7 (alltid). Et høyere tall betyr at du får mer støtte. Er en del av «Erfaring, støtte og kunnskap jeg mottar».",
				"How often the other group members listen carefully when you talk, show interest in your ideas and opinions and express confidence in your abilities. The average of three questions, from 1 (never) to 7 (always). A higher number means you receive more support. Part of \"Experience, support and knowledge I receive\".",
				"Kor ofte dei andre i gruppa lyttar når du snakkar, viser interesse for ideane og meiningane dine og har tillit til evnene dine. Gjennomsnittet av tre spørsmål, frå 1 (aldri) til 7 (alltid). Eit høgare tal betyr at du får meir støtte. Er ein del av «Erfaring, støtte og kunnskap eg tek imot».",
			},
			Min: 1, Max: 7, StudyAlpha: nan, OriginalAlpha: .77,
		},
	}
}
