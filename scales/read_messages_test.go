package scales

import "testing"

// TestReadUTF16 (issue 9 item 10): a response file saved as UTF-16 — Windows editors' "Unicode",
// with or without a byte order mark — is named as such, not as "invalid character '\x00'".
func TestReadUTF16(t *testing.T) {
	want := "not UTF-8 text: the file is UTF-16; save it as UTF-8"
	tests := []struct {
		name string
		data []byte
	}{
		{"little-endian", utf16LE(formatsExample)},
		{"big-endian", utf16BE(formatsExample)},
		{"little-endian with a byte order mark", append([]byte{0xff, 0xfe}, utf16LE(formatsExample)...)},
		{"big-endian with a byte order mark", append([]byte{0xfe, 0xff}, utf16BE(formatsExample)...)},
		{"little-endian, leading newline", utf16LE("\r\n" + formatsExample)},
		{"one character", utf16LE("{")},
		{"little-endian, non-ASCII early", utf16LE(`{"ø": 1}`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("u.json", tt.data)
			if err == nil || err.Error() != "u.json: "+want {
				t.Errorf("Read = %v, want u.json: %s", err, want)
			}
		})
	}
	// Not UTF-16: the messages stay as they were.
	for _, tt := range []struct{ data, want string }{
		{"{\"a\": \"\x00\"}", `not JSON: invalid character '\x00' in string literal at byte offset 8`},
		{"\x00\x00", `not JSON: invalid character '\x00' looking for beginning of value at byte offset 1`},
		{"\xff\xfe\x00\x00{\x00\x00\x00", "not UTF-8 text: byte 1 (0xff) is not valid UTF-8"}, // UTF-32
		{"\xef\xbb\xbf\xff\xfe", "not UTF-8 text: byte 4 (0xff) is not valid UTF-8"},
	} {
		_, err := Read("u.json", []byte(tt.data))
		if err == nil || err.Error() != "u.json: "+tt.want {
			t.Errorf("Read(%q) = %v, want %s", tt.data, err, tt.want)
		}
	}
}

// TestTooBigProblem (issue 9 item 10): a reader that stops after MaxFileSize+1 bytes names the size
// Stat gave when it is over the limit (the message analyze and the group page give today), and does
// not call /dev/zero, whose size by Stat is 0, "0 bytes".
func TestTooBigProblem(t *testing.T) {
	for _, tt := range []struct {
		size int64
		want string
	}{
		{65537, "the file is 65537 bytes; a response file is at most 65536 bytes (64 KiB)"},
		{1 << 30, "the file is 1073741824 bytes; a response file is at most 65536 bytes (64 KiB)"},
		{0, "the file is over 65536 bytes; a response file is at most 65536 bytes (64 KiB)"},
		{65536, "the file is over 65536 bytes; a response file is at most 65536 bytes (64 KiB)"},
		{-1, "the file is over 65536 bytes; a response file is at most 65536 bytes (64 KiB)"},
	} {
		if got := TooBigProblem(tt.size); got != tt.want {
			t.Errorf("TooBigProblem(%d) = %q, want %q", tt.size, got, tt.want)
		}
	}
}
