package group

import "sammebaat/scales"

// fileSrc is a batch of files given to the group page, in the order they
// are added to the pool: the browser's File objects (files_js.go), or
// files in memory in tests.
type fileSrc interface {
	Len() int
	Name(i int) string
	Size(i int) int
	// Read starts reading files [from, to) and returns a function that
	// waits for their bytes; errs[i] is set for a file that could not be read.
	Read(from, to int) func() (data [][]byte, errs []error)
}

// importChunk is how many files are read at once. Reading one file at a
// time through the browser's promises is slow; reading all 10,000 at once
// would hold them all in memory and leave no moment to show progress.
// Between chunks the page hands the thread back to the browser.
const importChunk = 250

// readFile is one file of a chunk, read and validated on its own.
type readFile struct {
	name string
	c    scales.Compact
	err  error
}

// tooBig is the command line's problem for a file over the size limit
// (analyze's readLimited), so the page and analyze list the same reason.
func tooBig(name string, size int) *scales.FileError {
	return &scales.FileError{File: name, Problem: scales.TooBig(int64(size))}
}

// readAll reads and validates every file of src, chunk by chunk, and hands
// each chunk to got in order, with the number of files done so far. While
// a chunk is validated the browser already reads the next one.
func readAll(src fileSrc, chunk int, got func(files []readFile, done int)) {
	n := src.Len()
	if n == 0 {
		return
	}
	pending := src.Read(0, min(chunk, n))
	for from := 0; from < n; from += chunk {
		to := min(from+chunk, n)
		// The next chunk's reads start once this one's bytes are in, not
		// before: starting a read costs the page's thread (Chromium, about
		// 0.2 ms a file), and two chunks' starts in one go, with the files'
		// listing before them, made the import's first busy stretch long.
		data, errs := pending()
		if to < n {
			pending = src.Read(to, min(to+chunk, n))
		}
		files := make([]readFile, to-from)
		for i := range files {
			k := from + i
			f := readFile{name: src.Name(k)}
			switch {
			case src.Size(k) > scales.MaxFileSize:
				f.err = tooBig(f.name, src.Size(k))
			case errs[i] != nil:
				f.err = &scales.FileError{File: f.name, Problem: "could not be read: " + errs[i].Error()}
			default:
				f.c, f.err = scales.ReadCompact(f.name, data[i])
			}
			files[i] = f
		}
		got(files, to)
	}
}

// batch is scales.Batch for responses in compact form (scales.Compact, 58
// bytes without pointers, read without allocating): 10,000 responses as
// maps cost the page tens of megabytes and its garbage collector time. The
// same rules: every file read on its own, a rejected file never stops the
// others, a second file with an id already given is a duplicate of the
// first, and Read = len(Compacts) + len(Rejected) + len(Duplicates).
type batch struct {
	Compacts   []scales.Compact
	Files      []string // Files[i] is the file Compacts[i] came from
	Rejected   []*scales.FileError
	Duplicates []scales.Duplicate

	seen map[[16]byte]int32 // id → index in Compacts
}

// AddRead adds a file read with scales.ReadCompact, or its error, as
// scales.Batch.AddRead does.
func (b *batch) AddRead(name string, c scales.Compact, err error) *scales.FileError {
	if err != nil {
		fe, ok := err.(*scales.FileError)
		if !ok {
			fe = &scales.FileError{File: name, Problem: err.Error()}
		}
		b.Rejected = append(b.Rejected, fe)
		return fe
	}
	if b.seen == nil {
		b.seen = make(map[[16]byte]int32)
	}
	if first, ok := b.seen[c.ID]; ok {
		b.Duplicates = append(b.Duplicates, scales.Duplicate{File: name, Of: b.Files[first]})
		return nil
	}
	b.seen[c.ID] = int32(len(b.Compacts))
	b.Compacts = append(b.Compacts, c)
	b.Files = append(b.Files, name)
	return nil
}

// Read is the number of files given to the batch.
func (b *batch) Read() int { return len(b.Compacts) + len(b.Rejected) + len(b.Duplicates) }

// pool is the group's pooled files: the batch of responses, and every
// problem in the order the files were given, as analyze lists them on
// standard error.
type pool struct {
	batch    batch
	problems []string // "FILE: reason" and "FILE: duplicate of FILE"
	skipped  int      // files in folders that are not *.json
}

// add adds read files to the pool in their order.
func (p *pool) add(files []readFile) {
	for _, f := range files {
		n := len(p.batch.Duplicates)
		if fe := p.batch.AddRead(f.name, f.c, f.err); fe != nil {
			p.problems = append(p.problems, scales.ProblemLine(fe))
		} else if len(p.batch.Duplicates) > n {
			p.problems = append(p.problems, scales.DuplicateLine(p.batch.Duplicates[n]))
		}
	}
}

// problemList is the pool's problems as analyze writes them to standard
// error, with its last line counting the files.
func (p *pool) problemList() []byte {
	var b []byte
	for _, s := range p.problems {
		b = append(b, s...)
		b = append(b, '\n')
	}
	b = append(b, scales.CountLine(p.batch.Read(), len(p.batch.Compacts), len(p.batch.Rejected), len(p.batch.Duplicates))...)
	return append(b, '\n')
}
