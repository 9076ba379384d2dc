//go:build !wasm

package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"sammebaat/report"
	"sammebaat/scales"
)

const analyzeUsage = `usage: sammebaat analyze [--format json|md|csv] [--group-by QUESTION=A,B] [--split-by QUESTION]
                         [--where QUESTION=CODE[,CODE...]] [--lang nb|en] FILE|DIR...

Reads every *.json response file given (directories: their *.json files, also in sub-folders),
analyses the valid ones and prints the report on standard output. Rejected and duplicate files are
listed on standard error. Exit status: 0 when every file was analysed, 1 when any was rejected or
duplicate (the report is still printed), 2 for a usage error.
`

func init() { analyzeCommand = runAnalyze }

// runAnalyze is the analyze subcommand. It returns the exit status.
func runAnalyze(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fl.Usage = func() { fmt.Fprint(stderr, analyzeUsage) }
	in := scales.SESNB2018()
	st := in.Study
	format := fl.String("format", "json", "report format: json, md or csv")
	groupBy := fl.String("group-by", fmt.Sprintf("%s=%d,%d", st.CompareBy, st.CompareCodes[0], st.CompareCodes[1]), "the comparison's groups, QUESTION=A,B")
	splitBy := fl.String("split-by", st.SplitBy, "question whose codes split the correlations")
	where := fl.String("where", "", "analyse only responses with QUESTION=CODE[,CODE...]")
	lang := fl.String("lang", "nb", "language of the md tables: nb or en")
	if status, done := parseFlagsAndArgs(fl, args, stderr); done {
		return status
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "analyze: "+format+"\n", a...)
		fmt.Fprint(stderr, analyzeUsage)
		return 2
	}
	switch *format {
	case "json", "md", "csv":
	default:
		return usage("--format %q: want json, md or csv", *format)
	}
	l, ok := scales.ParseLang(*lang)
	if !ok {
		return usage("--lang %q: want nb or en", *lang)
	}
	opts := report.Options{Instrument: in, SplitBy: *splitBy}
	q, codes, err := report.ParseCodes(in, *groupBy)
	if err != nil {
		return usage("--group-by %v", err)
	}
	if len(codes) != 2 {
		return usage("--group-by %q: want exactly two codes, QUESTION=A,B", *groupBy)
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
	if fl.NArg() == 0 {
		return usage("no FILE or DIR given")
	}

	paths, missing := responsePaths(fl.Args())
	b := readBatch(paths, stderr)
	for _, m := range missing {
		fmt.Fprintln(stderr, m)
	}
	rejected := len(b.Rejected) + len(missing)
	fmt.Fprintln(stderr, scales.CountLine(b.Read()+len(missing), len(b.Responses), rejected, len(b.Duplicates)))

	out := bufio.NewWriterSize(stdout, 1<<16)
	if err := writeAnalysis(out, *format, l, in, b.Responses, opts); err != nil {
		fmt.Fprintf(stderr, "analyze: %v\n", err)
		return 2
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "analyze: writing the report: %v\n", err)
		return 1
	}
	if rejected > 0 || len(b.Duplicates) > 0 {
		return 1
	}
	return 0
}

func writeAnalysis(w io.Writer, format string, l scales.Lang, in *scales.Instrument, rs []scales.Response, o report.Options) error {
	if format == "csv" {
		return report.WriteCSV(w, in, o.Where.Apply(rs))
	}
	rep, err := report.NewReport(rs, o)
	if err != nil {
		return err
	}
	if format == "md" {
		return rep.WriteMarkdown(w, in, l)
	}
	return rep.WriteJSON(w)
}

// responsePaths expands the arguments: a file stands for itself, a directory for the *.json files
// below it, in lexical order. Paths that cannot be read are returned as problems in the PATH: reason
// form, so they are counted as rejected files.
func responsePaths(args []string) (paths, problems []string) {
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			problems = append(problems, scales.ProblemLine(&scales.FileError{File: a, Problem: pathProblem(err)}))
			continue
		}
		if !fi.IsDir() {
			paths = append(paths, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, scales.ProblemLine(&scales.FileError{File: p, Problem: pathProblem(err)}))
				return nil
			}
			if !d.IsDir() && scales.IsResponseFileName(p) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			problems = append(problems, scales.ProblemLine(&scales.FileError{File: a, Problem: err.Error()}))
		}
		sort.Strings(found)
		paths = append(paths, found...)
	}
	return paths, problems
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

// readBatch reads and validates the files on all cores, then adds them to the batch in the given
// order, so that which of two duplicates is kept does not depend on timing. Each rejected file and
// each duplicate is reported on stderr as it is added.
func readBatch(paths []string, stderr io.Writer) *scales.Batch {
	type result struct {
		r   scales.Response
		err error
	}
	results := make([]result, len(paths))
	var wg sync.WaitGroup
	next := make(chan int, 256)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			buf := make([]byte, scales.MaxFileSize+1)
			for i := range next {
				data, err := readLimited(paths[i], buf)
				if err != nil {
					results[i].err = &scales.FileError{File: paths[i], Problem: err.Error()}
					continue
				}
				results[i].r, results[i].err = scales.Read(paths[i], data)
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()

	b := &scales.Batch{}
	ew := bufio.NewWriter(stderr)
	for i, p := range paths {
		n := len(b.Duplicates)
		if fe := b.AddRead(p, results[i].r, results[i].err); fe != nil {
			fmt.Fprintln(ew, scales.ProblemLine(fe))
		} else if len(b.Duplicates) > n {
			fmt.Fprintln(ew, scales.DuplicateLine(b.Duplicates[n]))
		}
	}
	ew.Flush()
	return b
}

// readLimited reads at most len(buf) bytes of the file: enough for Read to see that a file is over
// the size limit without reading a huge file whole. The returned slice aliases buf.
func readLimited(path string, buf []byte) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New(pathProblem(err))
	}
	defer f.Close()
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, errors.New(pathProblem(err))
	}
	if n == len(buf) {
		if fi, err := f.Stat(); err == nil {
			return nil, errors.New(scales.TooBig(fi.Size()))
		}
	}
	return buf[:n], nil
}
