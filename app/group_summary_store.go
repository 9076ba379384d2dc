package app

import (
	"fmt"

	"sammebaat/scales/roomcode"
)

// keyGroup holds the group's code a member scanned ("Compare with my
// group") as its digits, so that what is stored is read by the same reader
// as a code off the screen. It is erased with the answers.
const keyGroup = "sammebaat.group"

// groupSummary returns the stored group summary. ok is false when none is
// stored; err is set when one is stored but cannot be read.
func (st store) groupSummary() (g roomcode.GroupSummary, ok bool, err error) {
	var s string
	if st.mem != nil && st.mem.group != "" {
		s = st.mem.group
	} else if err := st.s.Get(keyGroup, &s); err != nil {
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

// saveGroupCode checks a scanned group code and stores it; a code the
// reader rejects is not stored and leaves what was stored before.
func (st store) saveGroupCode(name, digits string) (roomcode.GroupSummary, error) {
	g, err := roomcode.ReadGroup(name, digits)
	if err != nil {
		return roomcode.GroupSummary{}, err
	}
	if err := st.s.Set(keyGroup, digits); err != nil {
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

// dropGroupSummary forgets the stored group summary.
func (st store) dropGroupSummary() {
	st.s.Del(keyGroup)
	if st.mem != nil {
		st.mem.group = ""
	}
}
