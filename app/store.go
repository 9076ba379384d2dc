package app

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
	"sammebaat/scales/roomcode"
)

// Keys of what the respondent's pages keep in the browser's local storage.
// Changing one strands answers given with an earlier version, so they stay.
const (
	// KeyLang holds the chosen language, "nb", "nn" or "en".
	KeyLang = "sammebaat.lang"
	// KeyResponse holds the response in progress as the text of its
	// ses-response v1 file, so that what is stored is exactly what a
	// download would save and is checked by the same reader.
	KeyResponse = "sammebaat.response"
	// keySection holds the questionnaire section the respondent is on.
	keySection = "sammebaat.section"
	// KeyUnreadable begins the keys under which a stored response the app
	// could not read is kept, unchanged, before anything is saved in its
	// place; the rest of the key is a digest of the text kept.
	KeyUnreadable = "sammebaat.unreadable."
)

// storageBlocked is true when the browser lets the app store nothing on the
// device (site data blocked): the app then runs on storage in memory, which
// is gone when the page closes (see guardStorage).
var storageBlocked bool

// memory is what a tab of the app holds beyond the device's storage, for as
// long as the page is open. The pages share it, so that what one counts the
// next scores.
type memory struct {
	// unsaved is the response in progress when the device would not keep
	// it (storage full, or refusing): from then on it, not the storage, is
	// the respondent's answers, until a save succeeds.
	unsaved *scales.Response
	// why is the reason the device gave for not keeping it.
	why error
	// section is the place in the questionnaire when it was not kept.
	section int
	// group is the digits of a scanned group code the device would not
	// keep; shown until the page closes, erased with the answers.
	group string
}

func (m *memory) forget() { *m = memory{} }

// tabMemory is the memory of this tab of the app.
var tabMemory memory

// TabStore is the store the pages use: the browser's local storage with
// this tab's memory.
func TabStore(ctx app.Context) Store { return Store{s: ctx.LocalStorage(), mem: &tabMemory} }

// NotKeptError says the device did not keep the answers; they are in memory.
type NotKeptError struct{ err error }

func (e *NotKeptError) Error() string { return "the device did not keep the answers: " + e.err.Error() }
func (e *NotKeptError) Unwrap() error { return e.err }

// storageFull reports whether err is the browser's "quota exceeded".
func storageFull(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "quota")
}

// dropped is a stored answer left out because it could not be read.
type dropped struct {
	ID    string // the question id as stored
	Value string // the stored value, as JSON
}

// damagedError says a stored response could not be read as it is. The
// response returned with it holds every answer that could be read; the
// rest are in Dropped. Whole is set when nothing of it could be used.
type damagedError struct {
	Dropped []dropped
	Whole   bool
	err     error
}

func (e *damagedError) Error() string { return "reading the saved answers: " + e.err.Error() }
func (e *damagedError) Unwrap() error { return e.err }

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

// Store is the typed load/save layer over local storage, with the tab's
// memory for what the device would not keep (nil: none, in tests).
type Store struct {
	s   Storage
	mem *memory
}

// StoreOn is a store over s with no memory of a tab: what the device would
// not keep is not kept at all (the pages' tests).
func StoreOn(s Storage) Store { return Store{s: s} }

// StoreWithMemory is a store over s with a memory of its own, as a tab's.
func StoreWithMemory(s Storage) Store { return Store{s: s, mem: &memory{}} }

// Kept reports whether the device keeps the answers: storage is neither
// blocked nor refusing.
func (st Store) Kept() bool {
	return !storageBlocked && (st.mem == nil || st.mem.unsaved == nil)
}

// notKeptReason is why the device is not keeping the answers, nil when it is.
func (st Store) notKeptReason() error {
	if st.mem == nil || st.mem.unsaved == nil {
		return nil
	}
	return st.mem.why
}

// Lang returns the stored language, if any valid one is stored.
func (st Store) Lang() (scales.Lang, bool) {
	var s string
	if err := st.s.Get(KeyLang, &s); err != nil {
		return "", false
	}
	return scales.ParseLang(s)
}

func (st Store) SaveLang(l scales.Lang) error {
	if err := st.s.Set(KeyLang, string(l)); err != nil {
		return fmt.Errorf("saving the language: %w", err)
	}
	return nil
}

// stored returns the text stored under KeyResponse; present is false when
// nothing is. err is set when something is stored that is not text.
func (st Store) stored() (text string, present bool, err error) {
	var v any
	if err := st.s.Get(KeyResponse, &v); err != nil {
		return "", true, err
	}
	switch v := v.(type) {
	case nil:
		return "", false, nil
	case string:
		return v, v != "", nil
	default:
		// Not what the app writes (the file as a string), but maybe the
		// file itself: read it as such.
		b, err := json.Marshal(v)
		return string(b), true, err
	}
}

// Response returns the response in progress: the one in memory when the
// device did not keep it, else the stored one. ok is false when there is
// none. A stored response that cannot be read as it is gives a
// *damagedError and, with ok true, every answer of it that can be read.
// Any other error means the storage could not be read at all.
func (st Store) Response() (r scales.Response, ok bool, err error) {
	if st.mem != nil && st.mem.unsaved != nil {
		return cloneResponse(*st.mem.unsaved), true, nil
	}
	text, present, err := st.stored()
	if err != nil {
		return scales.Response{}, false, fmt.Errorf("reading the saved answers: %w", err)
	}
	if !present {
		return scales.Response{}, false, nil
	}
	r, err = scales.Read(storeName, []byte(text))
	if err == nil {
		return r, true, nil
	}
	r, d := salvage(text)
	d.err = err
	return r, true, d
}

// salvage reads what it can of a stored response the reader rejected:
// every answer that the reader accepts on its own is kept, the others are
// listed. The id and the language are kept when valid, else made anew.
func salvage(text string) (scales.Response, *damagedError) {
	d := &damagedError{}
	var top map[string]json.RawMessage
	if json.Unmarshal([]byte(text), &top) != nil {
		top, d.Whole = nil, true
	}
	r, err := scales.NewResponse(defaultLang)
	if err != nil {
		d.Whole = true
		return scales.Response{Lang: defaultLang, Answers: map[string][]int{}}, d
	}
	var id string
	if json.Unmarshal(top["id"], &id) == nil && scales.ValidIDString(id) {
		r.ID = id
	}
	var lang string
	if json.Unmarshal(top["lang"], &lang) == nil {
		if l, ok := scales.ParseLang(lang); ok {
			r.Lang = l
		}
	}
	var answers map[string]json.RawMessage
	if json.Unmarshal(top["answers"], &answers) != nil && !d.Whole {
		d.Whole = true
	}
	in := scales.SESNB2018()
	for _, q := range slices.Sorted(maps.Keys(answers)) {
		// The reader that checks every file checks each answer on its own,
		// so that what is kept is what a file could hold.
		one, _ := json.Marshal(map[string]any{
			"format": scales.FormatResponse, "version": scales.ResponseVersion, "instrument": in.ID,
			"lang": string(r.Lang), "id": r.ID, "answers": map[string]json.RawMessage{q: answers[q]},
		})
		got, err := scales.Read(storeName, one)
		if err != nil {
			d.Dropped = append(d.Dropped, dropped{ID: q, Value: string(answers[q])})
			continue
		}
		if codes, ok := got.Answers[q]; ok {
			r.Answers[q] = codes
		}
	}
	return r, d
}

func cloneResponse(r scales.Response) scales.Response {
	c := r
	c.Answers = make(map[string][]int, len(r.Answers))
	for k, v := range r.Answers {
		c.Answers[k] = slices.Clone(v)
	}
	return c
}

// SaveResponse stores r. A stored response the app could not read is first
// kept under a key of its own (keepUnreadable), so that nothing overwrites
// it. When the device will not keep r, r stays in the tab's memory and the
// error is a *NotKeptError.
func (st Store) SaveResponse(r scales.Response) error {
	b, err := scales.Marshal(r)
	if err != nil {
		return fmt.Errorf("saving the answers: %w", err)
	}
	if err := st.keepUnreadable(); err != nil {
		return st.inMemory(r, err)
	}
	if err := st.s.Set(KeyResponse, string(b)); err != nil {
		return st.inMemory(r, err)
	}
	if st.mem != nil {
		st.mem.unsaved = nil
		st.mem.why = nil
	}
	return nil
}

// inMemory keeps r in the tab's memory since the device would not keep it.
func (st Store) inMemory(r scales.Response, why error) error {
	if st.mem != nil {
		c := cloneResponse(r)
		st.mem.unsaved = &c
		st.mem.why = why
	}
	return &NotKeptError{err: why}
}

// keepUnreadable copies a stored response that the reader rejects, as it
// is, to a key of its own, unless it is there already. It fails when the
// stored value cannot be read at all or the copy cannot be stored: then the
// stored response must not be overwritten.
func (st Store) keepUnreadable() error {
	text, present, err := st.stored()
	if err != nil {
		return fmt.Errorf("the saved answers cannot be read and are left as they are: %w", err)
	}
	if !present {
		return nil
	}
	if _, err := scales.Read(storeName, []byte(text)); err == nil {
		return nil
	}
	sum := sha256.Sum256([]byte(text))
	key := KeyUnreadable + hex.EncodeToString(sum[:8])
	var kept string
	if err := st.s.Get(key, &kept); err == nil && kept == text {
		return nil
	}
	if err := st.s.Set(key, text); err != nil {
		return fmt.Errorf("keeping the unreadable saved answers: %w", err)
	}
	return nil
}

// Section returns the stored section number, 1 when none or not valid for
// an instrument with n sections.
func (st Store) Section(n int) int {
	if st.mem != nil && st.mem.unsaved != nil && st.mem.section >= 1 && st.mem.section <= n {
		return st.mem.section
	}
	var v int
	if err := st.s.Get(keySection, &v); err != nil || v < 1 || v > n {
		return 1
	}
	return v
}

func (st Store) SaveSection(v int) error {
	if st.mem != nil {
		st.mem.section = v
	}
	if err := st.s.Set(keySection, v); err != nil {
		return fmt.Errorf("saving your place: %w", err)
	}
	return nil
}

// DropResponse forgets the response in progress and the place in it.
func (st Store) DropResponse() {
	st.s.Del(KeyResponse)
	st.s.Del(keySection)
	if st.mem != nil {
		group := st.mem.group // the group's code is not the response's
		st.mem.forget()
		st.mem.group = group
	}
}

// GoneElsewhere follows a change another tab made to the stored response:
// when none is stored any more (everything was erased there), this tab
// forgets the answers it held in memory too, and it reports true.
func (st Store) GoneElsewhere() bool {
	if _, present, err := st.stored(); present || err != nil {
		return false
	}
	if st.mem != nil {
		st.mem.forget()
	}
	return true
}

// Erase removes everything this app keeps in the storage: its own keys,
// and, when the storage can, every other key of this origin too (go-app's
// own, and whatever a later page stored), since the promise to the
// respondent is "everything this app stored on the device".
func (st Store) Erase() {
	st.s.Del(KeyLang)
	st.DropResponse()
	st.DropGroupSummary()
	if c, ok := st.s.(Clearer); ok {
		c.Clear()
	}
	// Removing a key that is not there (answers the device never kept)
	// tells the other tabs nothing: write and remove it once more, so that
	// every open tab of the app hears of the erasing and forgets too.
	if st.s.Set(KeyResponse, "") == nil {
		st.s.Del(KeyResponse)
	}
}

// KeyGroup holds the group's code a member scanned ("Compare with my
// group") as its digits, so that what is stored is read by the same reader
// as a code off the screen. It is erased with the answers.
const KeyGroup = "sammebaat.group"

// GroupSummary returns the stored group summary. ok is false when none is
// stored; err is set when one is stored but cannot be read.
func (st Store) GroupSummary() (g roomcode.GroupSummary, ok bool, err error) {
	var s string
	if st.mem != nil && st.mem.group != "" {
		s = st.mem.group
	} else if err := st.s.Get(KeyGroup, &s); err != nil {
		return roomcode.GroupSummary{}, false, fmt.Errorf("reading the group's numbers: %w", err)
	}
	if s == "" {
		return roomcode.GroupSummary{}, false, nil
	}
	g, err = roomcode.ReadGroup(storeName, s)
	if err != nil {
		return roomcode.GroupSummary{}, false, fmt.Errorf("reading the group's numbers: %w", err)
	}
	return g, true, nil
}

// SaveGroupCode checks a scanned group code and stores it; a code the
// reader rejects is not stored and leaves what was stored before.
func (st Store) SaveGroupCode(name, digits string) (roomcode.GroupSummary, error) {
	g, err := roomcode.ReadGroup(name, digits)
	if err != nil {
		return roomcode.GroupSummary{}, err
	}
	if err := st.s.Set(KeyGroup, digits); err != nil {
		// The device would not keep it (storage full): the tab holds it
		// until the page closes, as it does the answers.
		if st.mem == nil {
			return roomcode.GroupSummary{}, fmt.Errorf("saving the group's numbers: %w", err)
		}
		st.mem.group = digits
		return g, nil
	}
	if st.mem != nil {
		st.mem.group = ""
	}
	return g, nil
}

// DropGroupSummary forgets the stored group summary.
func (st Store) DropGroupSummary() {
	st.s.Del(KeyGroup)
	if st.mem != nil {
		st.mem.group = ""
	}
}
