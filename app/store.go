package app

import (
	"fmt"

	"sammebaat/scales"
)

// Keys of what the respondent's pages keep in the browser's local storage.
// Changing one strands answers given with an earlier version, so they stay.
const (
	// keyLang holds the chosen language, "nb" or "en".
	keyLang = "sammebaat.lang"
	// keyResponse holds the response in progress as the text of its
	// ses-response v1 file, so that what is stored is exactly what a
	// download would save and is checked by the same reader.
	keyResponse = "sammebaat.response"
	// keySection holds the questionnaire section the respondent is on.
	keySection = "sammebaat.section"
)

// storeName names local storage in error messages from scales.Read.
const storeName = "local storage"

// Storage is the part of app.BrowserStorage the store needs; a map-backed
// fake satisfies it in tests.
type Storage interface {
	Get(k string, v any) error
	Set(k string, v any) error
	Del(k string)
}

// Clearer is a Storage that can also remove every key (app.BrowserStorage).
type Clearer interface {
	Clear()
}

// store is the typed load/save layer over local storage.
type store struct {
	s Storage
}

// lang returns the stored language, if any valid one is stored.
func (st store) lang() (scales.Lang, bool) {
	var s string
	if err := st.s.Get(keyLang, &s); err != nil {
		return "", false
	}
	return scales.ParseLang(s)
}

func (st store) saveLang(l scales.Lang) error {
	if err := st.s.Set(keyLang, string(l)); err != nil {
		return fmt.Errorf("saving the language: %w", err)
	}
	return nil
}

// response returns the stored response in progress. ok is false when none
// is stored; err is set when one is stored but cannot be read.
func (st store) response() (r scales.Response, ok bool, err error) {
	var s string
	if err := st.s.Get(keyResponse, &s); err != nil {
		return scales.Response{}, false, fmt.Errorf("reading the saved answers: %w", err)
	}
	if s == "" {
		return scales.Response{}, false, nil
	}
	r, err = scales.Read(storeName, []byte(s))
	if err != nil {
		return scales.Response{}, false, fmt.Errorf("reading the saved answers: %w", err)
	}
	return r, true, nil
}

func (st store) saveResponse(r scales.Response) error {
	b, err := scales.Marshal(r)
	if err != nil {
		return fmt.Errorf("saving the answers: %w", err)
	}
	if err := st.s.Set(keyResponse, string(b)); err != nil {
		return fmt.Errorf("saving the answers: %w", err)
	}
	return nil
}

// section returns the stored section number, 1 when none or not valid for
// an instrument with n sections.
func (st store) section(n int) int {
	var v int
	if err := st.s.Get(keySection, &v); err != nil || v < 1 || v > n {
		return 1
	}
	return v
}

func (st store) saveSection(v int) error {
	if err := st.s.Set(keySection, v); err != nil {
		return fmt.Errorf("saving your place: %w", err)
	}
	return nil
}

// dropResponse forgets the response in progress and the place in it.
func (st store) dropResponse() {
	st.s.Del(keyResponse)
	st.s.Del(keySection)
}

// erase removes everything this app keeps in the storage: its own keys,
// and, when the storage can, every other key of this origin too (go-app's
// own, and whatever a later page stored), since the promise to the
// respondent is "everything this app stored on the device".
func (st store) erase() {
	st.s.Del(keyLang)
	st.dropResponse()
	st.dropGroupSummary()
	if c, ok := st.s.(Clearer); ok {
		c.Clear()
	}
}
