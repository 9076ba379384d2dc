package scales

import "sort"

// Duplicate is a response file whose id was already given by an earlier file of the batch.
type Duplicate struct {
	File string // the file that was dropped
	Of   string // the earlier file with the same id, which was kept
}

// Batch pools response files the way a group's facilitator or a researcher gives them: every file is
// read and validated on its own, a rejected file never stops the others, and a file whose id was
// already seen is dropped as a duplicate of the first one. The counts always add up:
// Read = len(Responses) + len(Rejected) + len(Duplicates).
type Batch struct {
	Responses  []Response
	Files      []string // Files[i] is the file Responses[i] came from
	Rejected   []*FileError
	Duplicates []Duplicate

	seen map[string]string // id → file
}

// Add reads one file of the batch. It returns the problem when the file was rejected, nil otherwise
// (a duplicate is not an error of the file).
func (b *Batch) Add(name string, data []byte) *FileError {
	r, err := Read(name, data)
	return b.AddRead(name, r, err)
}

// AddRead adds a file that was already read with Read, so that a caller can read many files in
// parallel and still add them in their given order.
func (b *Batch) AddRead(name string, r Response, err error) *FileError {
	if err != nil {
		fe, ok := err.(*FileError)
		if !ok {
			fe = &FileError{File: name, Problem: err.Error()}
		}
		b.Rejected = append(b.Rejected, fe)
		return fe
	}
	if b.seen == nil {
		b.seen = make(map[string]string)
	}
	if first, ok := b.seen[r.ID]; ok {
		b.Duplicates = append(b.Duplicates, Duplicate{File: name, Of: first})
		return nil
	}
	b.seen[r.ID] = name
	b.Responses = append(b.Responses, r)
	b.Files = append(b.Files, name)
	return nil
}

// Read is the number of files given to the batch.
func (b *Batch) Read() int { return len(b.Responses) + len(b.Rejected) + len(b.Duplicates) }

// SortByID puts the responses in the order of their ids. Analyses run in this canonical order, so
// that the same files give the same report to the last digit whatever order they were given in.
func SortByID(rs []Response) {
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
}
