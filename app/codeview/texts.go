package codeview

import (
	"sammebaat/internal/text"
	"sammebaat/scales"
)

// msg names a room code's words that both programs use: the member's code
// on the scores page and the group's code on the group page.
type msg int

const (
	msgClose msg = iota
	msgCodeFailed
	msgGroupCodeTitle

	msgCount
)

var texts = text.Enum("app/codeview: the room codes", msgCount, map[msg]scales.Text{
	msgClose:          {NB: "Lukk", NN: "Lukk", EN: "Close"},
	msgCodeFailed:     {NB: "Koden kunne ikke lages: %s", NN: "Koden kunne ikkje lagast: %s", EN: "The code could not be made: %s"},
	msgGroupCodeTitle: {NB: "Gruppens kode", NN: "Gruppekoden", EN: "The group's code"},
})

// CloseLabel is the label of the button that closes a code's dialog.
func CloseLabel(l scales.Lang) string { return texts.In(l, msgClose) }

// CodeFailed says a code could not be drawn, and why.
func CodeFailed(l scales.Lang, err error) string { return texts.In(l, msgCodeFailed, err) }

// GroupCodeTitle is the group's code's name.
func GroupCodeTitle(l scales.Lang) string { return texts.In(l, msgGroupCodeTitle) }
