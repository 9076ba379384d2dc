//go:build !wasm

// Package analyze is the command "sammebaat analyze" (Run): it reads
// response files, folders of them and pooled CSV files, checks each as the
// group page does, and writes the study's report (stats/report) as JSON,
// Markdown or the pooled CSV, with a line on standard error for each file
// it rejects (spec/formats.md, "Command line"). Built only natively.
package analyze

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"sammebaat/scales"
	"sammebaat/stats/report"
	"sammebaat/wasm/internal/cmdline"
)

const analyzeUsage = `usage: sammebaat analyze [--format json|md|csv] [--group-by QUESTION=A,B] [--split-by QUESTION]
                         [--where QUESTION=CODE[,CODE...]] [--lang nb|nn|en] [--out FILE] FILE|DIR...

Options may also come after the paths; -- ends them (a path after it may begin with -).

Reads every *.json response file given (directories: their *.json and samme-baat-*.txt files, also
in sub-folders; a folder may be given by a symbolic link), analyses the valid ones and prints the
report on standard output, or writes it to --out FILE (whole or not at all). Rejected and duplicate
files are listed on standard error. Only regular files are read: a named pipe, device or socket is
a rejected file.

Exit status:
  0  every file given was analysed and the report written
  1  some files were rejected or duplicate (or could not be read); the report of the others was written
  2  usage error: nothing was read
  3  the report could not be written (standard output or --out FILE: a full disk, a closed pipe,
     a folder that does not exist or is not writable); the message names what and why
  4  no response file was read from the paths given (there is none, or they do not exist); no report
     is written, and an earlier --out FILE stays as it was
`

// The exit statuses of analyze, as its usage text and the README say.
const (
	exitOK       = 0 // every file given was analysed and the report written
	exitRejected = 1 // some files were rejected or duplicate; the report of the others was written
	exitUsage    = 2 // a usage error: nothing was read
	exitWrite    = 3 // the report could not be written (a full disk, a closed pipe, a folder not writable)
	exitNoFiles  = 4 // no response file was read from the paths given: no report
)

// Run is the analyze subcommand. It returns the exit status.
func Run(args []string, stdout, stderr io.Writer) int {
	run, status, done := parseAnalyze(args, stderr)
	if done {
		return status
	}
	// A closed pipe on standard output is a report that could not be written (exit 3, with a
	// message), not a death by SIGPIPE with no word.
	ignoreSIGPIPE()

	// The report's destination is made before anything is read, so that a wrong --out fails at once.
	dest := reportDest{w: stdout, name: "standard output"}
	if run.out != "" {
		var err error
		if dest, err = createReport(run.out); err != nil {
			fmt.Fprintf(stderr, "analyze: could not write the report to %s: %v\n", scales.SafeName(run.out), pathProblem(err))
			return exitWrite
		}
		defer dest.discard()
	}

	start := time.Now()
	p, restoreMemoryLimit := newPool(run.in, stderr)
	defer restoreMemoryLimit()
	left, ok := readResponses(p, run.paths, stderr)
	if !ok {
		return exitNoFiles
	}
	cs := p.cs
	p = nil // the compact responses are all the report needs
	if status := writeReport(dest, run, cs, stderr); status != exitOK {
		return status
	}
	// A large pool says how long it took (a small one keeps standard error to its problems).
	if took := time.Since(start); took >= time.Second {
		fmt.Fprintf(stderr, "analyze: %d responses analysed in %.1f s\n", len(cs), took.Seconds())
	}
	if left {
		return exitRejected
	}
	return exitOK
}

// analyzeRun is what the command line asks analyze to do.
type analyzeRun struct {
	in     *scales.Instrument
	format string // json, md or csv
	lang   scales.Lang
	opts   report.Options
	out    string // "" for standard output
	paths  []string
}

// parseAnalyze reads analyze's options and paths. When it is done (a usage
// error, or --help), the command ends with status.
func parseAnalyze(args []string, stderr io.Writer) (run analyzeRun, status int, done bool) {
	fl := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fl.Usage = func() { fmt.Fprint(stderr, analyzeUsage) }
	in := scales.SESNB2018()
	st := in.Study
	// Each option is given at most once: a second --where used to replace the first without a word.
	format := onceFlag(fl, "format", "json", "report format: json, md or csv")
	groupBy := onceFlag(fl, "group-by", fmt.Sprintf("%s=%d,%d", st.CompareBy, st.CompareCodes[0], st.CompareCodes[1]), "the comparison's groups, QUESTION=A,B")
	splitBy := onceFlag(fl, "split-by", st.SplitBy, "question whose codes split the correlations")
	where := onceFlag(fl, "where", "", "analyse only responses with QUESTION=CODE[,CODE...] (any of the codes)")
	lang := onceFlag(fl, "lang", "nb", "language of the md tables: nb, nn or en")
	outPath := onceFlag(fl, "out", "", "write the report to this file instead of standard output")
	paths, status, done := parseInterleaved(fl, args, stderr)
	if done {
		return run, status, true
	}
	usage := func(format string, a ...any) (analyzeRun, int, bool) {
		fmt.Fprintf(stderr, "analyze: "+format+"\n", a...)
		fmt.Fprint(stderr, analyzeUsage)
		return run, exitUsage, true
	}
	switch *format {
	case "json", "md", "csv":
	default:
		return usage("--format %q: want json, md or csv", *format)
	}
	l, ok := scales.ParseLang(*lang)
	if !ok {
		return usage("--lang %q: want nb, nn or en", *lang)
	}
	opts := report.Options{Instrument: in, SplitBy: *splitBy}
	q, codes, err := report.ParseCodes(in, *groupBy)
	if err != nil {
		return usage("--group-by %v", err)
	}
	if len(codes) != 2 {
		return usage("--group-by %q: want exactly two codes, QUESTION=A,B", *groupBy)
	}
	if codes[0] == codes[1] {
		return usage("--group-by %q: the two groups must differ", *groupBy)
	}
	opts.GroupBy, opts.GroupCodes = q, [2]int{codes[0], codes[1]}
	if it := in.Item(*splitBy); it == nil || it.Kind != scales.Single {
		return usage("--split-by %q: not a single-choice question of %s", *splitBy, in.ID)
	}
	if it := in.Item(q); it.Kind != scales.Single {
		return usage("--group-by %q: not a single-choice question of %s", q, in.ID)
	}
	if *where != "" {
		if opts.Where, err = report.ParseFilter(in, *where); err != nil {
			return usage("--where %v", err)
		}
	}
	if len(paths) == 0 {
		return usage("no FILE or DIR given")
	}
	return analyzeRun{in: in, format: *format, lang: l, opts: opts, out: *outPath, paths: paths}, exitOK, false
}

// readResponses reads paths into p, saying on stderr what it could not read
// and how many it read. It returns whether any file was left out (rejected,
// duplicate or missing), and false when nothing at all was read: a
// mistyped path must not replace a good report with an empty one.
func readResponses(p *pool, paths []string, stderr io.Writer) (left, ok bool) {
	missing := p.readAll(paths)
	for _, m := range missing {
		fmt.Fprintln(stderr, m)
	}
	fmt.Fprintln(stderr, p.countLine(len(missing)))
	if p.read()+p.csvFiles == 0 {
		fmt.Fprintln(stderr, "analyze: no response file (*.json or samme-baat-*.txt) could be read from the paths given; no report")
		return false, false
	}
	return p.rejected+len(missing)+p.duplicates > 0, true
}

// writeReport writes the report of cs to dest, and commits it (a file's
// is renamed into place only once whole).
func writeReport(dest reportDest, run analyzeRun, cs []scales.Compact, stderr io.Writer) int {
	ew := &errWriter{w: dest.w}
	out := bufio.NewWriterSize(ew, 1<<16)
	err := writeAnalysis(out, run.format, run.lang, run.in, cs, run.opts)
	if err == nil {
		err = out.Flush()
	}
	if err != nil && ew.err == nil {
		fmt.Fprintf(stderr, "analyze: %v\n", err)
		return exitUsage
	}
	if err == nil {
		err = dest.commit()
	}
	if err != nil {
		fmt.Fprintf(stderr, "analyze: could not write the report to %s: %v\n", scales.SafeName(dest.name), pathProblem(err))
		return exitWrite
	}
	return exitOK
}

// parseInterleaved parses options before, between and after the paths (`analyze DIR --format md`
// used to read --format and md as files), up to a "--", after which every argument is a path.
func parseInterleaved(fl *flag.FlagSet, args []string, stderr io.Writer) (paths []string, status int, done bool) {
	rest := args
	for len(rest) > 0 {
		before := rest
		if status, done := cmdline.ParseFlagsAndArgs(fl, rest, stderr); done {
			return nil, status, true
		}
		rest = fl.Args()
		if used := len(before) - len(rest); used > 0 && before[used-1] == "--" {
			return append(paths, rest...), 0, false
		}
		if len(rest) == 0 {
			break
		}
		paths = append(paths, rest[0])
		rest = rest[1:]
	}
	return paths, 0, false
}

// onceValue is a string option that may be given only once.
type onceValue struct {
	name string
	v    *string
	set  bool
}

func onceFlag(fl *flag.FlagSet, name, value, usage string) *string {
	v := &onceValue{name: name, v: new(string)}
	*v.v = value
	fl.Var(v, name, usage)
	return v.v
}

func (o *onceValue) String() string {
	if o == nil || o.v == nil {
		return ""
	}
	return *o.v
}

func (o *onceValue) Set(s string) error {
	if o.set {
		if o.name == "where" {
			return errors.New("--where given twice: give one --where; QUESTION=A,B keeps the responses with any of the codes")
		}
		return fmt.Errorf("--%s given twice: give it once", o.name)
	}
	o.set = true
	*o.v = s
	return nil
}

// errWriter keeps the first error of the writer under it, so that a failed write of the report is
// told from a report that could not be made.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

// reportDest is where the report goes: standard output, or --out's file, written as a temporary
// file beside it and renamed into place when complete, so that a failed write leaves no half report
// (and an earlier report of the same name stays as it was).
type reportDest struct {
	w    io.Writer
	name string
	f    *os.File // the temporary file of --out, until it is renamed into place
}

func createReport(path string) (reportDest, error) {
	// Not os.CreateTemp: its 0600 would have to be widened by hand afterwards, past the person's
	// umask. Created 0666 the system applies the umask, as for any file a program writes.
	for range 100 {
		name := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return reportDest{}, err
		}
		return reportDest{w: f, name: path, f: f}, nil
	}
	return reportDest{}, errors.New("no free name for a temporary file beside it")
}

// commit closes --out's file and renames it into place. A report that replaces a file keeps that
// file's permissions (a pooled CSV of everyone's answers made readable to the owner only stays so).
func (d *reportDest) commit() error {
	if d.f == nil {
		return nil
	}
	f := d.f
	var err error
	if fi, serr := os.Stat(d.name); serr == nil && fi.Mode().IsRegular() {
		err = f.Chmod(fi.Mode().Perm())
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), d.name)
	}
	if err != nil {
		return err
	}
	d.f = nil
	return nil
}

// discard removes --out's temporary file when the report was not put in place.
func (d *reportDest) discard() {
	if d.f != nil {
		d.f.Close()
		os.Remove(d.f.Name())
	}
}

func writeAnalysis(w io.Writer, format string, l scales.Lang, in *scales.Instrument, cs []scales.Compact, o report.Options) error {
	if format == "csv" {
		return report.WriteCSVCompact(w, in, o.Where.ApplyCompact(in, cs))
	}
	rep, err := report.NewReportCompact(cs, o)
	if err != nil {
		return err
	}
	if format == "md" {
		return rep.WriteMarkdown(w, in, l)
	}
	return rep.WriteJSON(w)
}

// ResponsePaths expands the arguments: a file stands for itself, a directory (also one given by a
// symbolic link) for the *.json and samme-baat-*.txt files below it, in lexical order. Paths that
// cannot be read are returned as problems in the PATH: reason form, so they are counted as rejected
// files. Inside a folder, links to folders are not followed (a link could lead back up), but a
// named pipe, device or socket with a response file's name is kept, so that reading names it.
func ResponsePaths(args []string) (paths, problems []string) {
	srcs, problems := responseSources(args, nil)
	for _, s := range srcs {
		paths = append(paths, s.path)
	}
	return paths, problems
}

// source is one path to read: a response file or a pooled CSV, and once read, its response or
// problem.
type source struct {
	path string
	// kind is the file's type as far as it is known without a system call (the folder's listing
	// says it): 0 for a regular file, fs.ModeSymlink when it must be looked up when it is opened
	// (a link, a file given by name).
	kind fs.FileMode
	c    scales.Compact
	err  error
}

// responseSources is ResponsePaths with each path's kind; found, when not nil, is given each
// source as soon as the walk finds it (before the sources are put in order), so that reading can
// start while folders are still being listed.
func responseSources(args []string, found func(*source)) (srcs []*source, problems []string) {
	add := func(s *source) *source {
		if found != nil {
			found(s)
		}
		return s
	}
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			problems = append(problems, scales.ProblemLine(&scales.FileError{File: a, Problem: pathProblem(err)}))
			continue
		}
		if !fi.IsDir() {
			// A file given by name is looked up again when it is opened; one that is not regular
			// is not even opened.
			kind := fi.Mode().Type()
			if kind == 0 {
				kind = fs.ModeSymlink
			}
			srcs = append(srcs, add(&source{path: a, kind: kind}))
			continue
		}
		root := a
		if li, err := os.Lstat(a); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			// WalkDir does not follow a root that is a link: "LINK/" names the folder itself.
			root = a + string(filepath.Separator)
		}
		var inFolder []*source
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, scales.ProblemLine(&scales.FileError{File: p, Problem: pathProblem(err)}))
				return nil
			}
			if !d.IsDir() && scales.IsResponseFileName(p) {
				inFolder = append(inFolder, add(&source{path: p, kind: d.Type()}))
			}
			return nil
		})
		if err != nil {
			problems = append(problems, scales.ProblemLine(&scales.FileError{File: a, Problem: err.Error()}))
		}
		slices.SortFunc(inFolder, func(x, y *source) int { return strings.Compare(x.path, y.path) })
		srcs = append(srcs, inFolder...)
	}
	return srcs, problems
}

func pathProblem(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// readUpTo reads r into buf; when buf fills, the file is over the limit, and the problem names its
// size by Stat, or says only "over" when that size is not more than the limit (a file growing while
// it is read).
func readUpTo(r io.Reader, size int64, buf []byte) ([]byte, error) {
	n, err := io.ReadFull(r, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, errors.New(pathProblem(err))
	}
	if n == len(buf) {
		return nil, errors.New(scales.TooBigProblem(size))
	}
	return buf[:n], nil
}

// notRegular is the problem of a path that is not a regular file.
func notRegular(m fs.FileMode) string {
	what := "not a file"
	switch {
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	}
	return "not a regular file (" + what + ")"
}
