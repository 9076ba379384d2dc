package sav_test

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"sammebaat/scales"
	"sammebaat/stats/sav"
)

// A data set of two responses, one with nothing answered, labelled in English. The file header
// holds the magic "$FL2", the size of a case in 8-byte units (id 4, lang 1 and 55 numeric
// variables) and the number of cases.
func ExampleWrite() {
	in := scales.SESNB2018()
	a := scales.Response{Lang: scales.NB, ID: "87c17e7f55b12a94dc2caf8cc926753d", Answers: map[string][]int{}}
	a.Set("gender", 2)
	a.Set("employment", 1, 4)
	b := scales.Response{Lang: scales.EN, ID: "0123456789abcdef0123456789abcdef"}

	var buf bytes.Buffer
	if err := sav.Write(&buf, in, []scales.Response{a, b}, scales.EN); err != nil {
		fmt.Println(err)
		return
	}
	h := buf.Bytes()
	fmt.Printf("%s, %d units a case, %d cases\n", h[:4],
		binary.LittleEndian.Uint32(h[68:]), binary.LittleEndian.Uint32(h[80:]))
	// Output:
	// $FL2, 60 units a case, 2 cases
}
