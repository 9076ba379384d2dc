// Package codeview draws a room code, the QR code that carries a response
// or a group's summary across the meeting room with no network, and holds
// the words both programs use around one. The codes' digits are
// scales/roomcode's; the QR encoder is internal/qr. The respondent's pages
// show a member's code and read the group's; the group page reads the
// members' codes and shows the group's.
package codeview
