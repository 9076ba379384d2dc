package group

import (
	"sort"
	"strconv"
	"strings"
	"syscall/js"

	"sammebaat/app/internal/browserjs"
	"sammebaat/scales"
)

// The browser's side of the group page's import: the files of a file
// input, of a dropped folder, and their bytes. It talks to syscall/js
// directly rather than through go-app's Value, since 10,000 files make
// tens of thousands of calls and each wrapper costs.

// isResponseName says whether a file found in a folder is read: *.json and
// the app's shared samme-baat-*.txt, as the command line reads a directory.
func isResponseName(name string) bool {
	return scales.IsResponseFileName(name)
}

// inputFiles takes the files of the <input type=file> with id and empties
// the input, so that choosing the same files again is seen as a change.
// From a folder input only *.json files are kept; skipped counts the others.
func inputFiles(id string, folder bool) (src fileSrc, skipped int) {
	in := js.Global().Get("document").Call("getElementById", id)
	if !in.Truthy() {
		return nil, 0
	}
	all := js.Global().Get("Array").Call("from", in.Get("files"))
	in.Set("value", "")
	names, ok := listNames(all)
	if !ok {
		// No property getters to map with: ask file by file.
		n := all.Length()
		names = make([]string, n)
		for i := range n {
			f := all.Index(i)
			names[i] = f.Get("webkitRelativePath").String()
			if names[i] == "" {
				names[i] = f.Get("name").String()
			}
		}
	}
	s := &browserSource{files: all}
	for i, name := range names {
		if folder && !isResponseName(name) {
			skipped++
			continue
		}
		s.names = append(s.names, name)
		s.index = append(s.index, i)
	}
	s.sort()
	return s, skipped
}

// listNames gets the names (relative paths where there are some) of a JS
// array of Files in a handful of calls: 10,000 files asked one by one cost
// a second. A file name cannot hold NUL, so it separates the names. (Sizes
// are left to the reading: the browser asks the disk for each file's size,
// about 0.1 ms a file, which is better spread over the chunks, with
// progress shown, than spent before it.)
func listNames(all js.Value) (names []string, ok bool) {
	rels, ok1 := mapGetter(all, "File", "webkitRelativePath", "\x00")
	bare, ok2 := mapGetter(all, "File", "name", "\x00")
	if !ok1 || !ok2 {
		return nil, false
	}
	names = make([]string, all.Length())
	for i := range names {
		names[i] = rels[i]
		if names[i] == "" {
			names[i] = bare[i]
		}
	}
	return names, true
}

// dropZone makes the whole page accept dropped files and folders (a file
// dropped anywhere else would make the browser open it and leave the page,
// losing the pool). The browser gives a drop's files only during the event,
// so the listeners are plain JS callbacks (go-app runs its handlers later, on
// its own goroutine): they take the dropped entries at once and hand a
// collect function to onDrop, which must call it off the event (it waits for
// the browser). onOver is told when something is dragged over the page or
// leaves it. The returned function removes the listeners.
func dropZone(onOver func(bool), onDrop func(collect func() (fileSrc, int, error))) (release func()) {
	win := js.Global()
	depth := 0 // dragenter and dragleave come in pairs for every element crossed
	enter := js.FuncOf(func(this js.Value, args []js.Value) any {
		args[0].Call("preventDefault")
		depth++
		if depth == 1 {
			onOver(true)
		}
		return nil
	})
	over := js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		e.Call("preventDefault")
		if dt := e.Get("dataTransfer"); dt.Truthy() {
			dt.Set("dropEffect", "copy")
		}
		return nil
	})
	leave := js.FuncOf(func(this js.Value, args []js.Value) any {
		if depth > 0 {
			depth--
		}
		if depth == 0 {
			onOver(false)
		}
		return nil
	})
	drop := js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		e.Call("preventDefault")
		depth = 0
		onOver(false)
		dt := e.Get("dataTransfer")
		if !dt.Truthy() {
			return nil
		}
		var entries, plain []js.Value
		items := dt.Get("items")
		if items.Truthy() && items.Length() > 0 && items.Index(0).Get("webkitGetAsEntry").Truthy() {
			for i := 0; i < items.Length(); i++ {
				it := items.Index(i)
				if it.Get("kind").String() != "file" {
					continue
				}
				if en := it.Call("webkitGetAsEntry"); en.Truthy() {
					entries = append(entries, en)
				} else if f := it.Call("getAsFile"); f.Truthy() {
					plain = append(plain, f)
				}
			}
		} else if fs := dt.Get("files"); fs.Truthy() {
			for i := 0; i < fs.Length(); i++ {
				plain = append(plain, fs.Index(i))
			}
		}
		if len(entries)+len(plain) > 0 {
			onDrop(func() (fileSrc, int, error) { return collectDropped(entries, plain) })
		}
		return nil
	})
	win.Call("addEventListener", "dragenter", enter)
	win.Call("addEventListener", "dragover", over)
	win.Call("addEventListener", "dragleave", leave)
	win.Call("addEventListener", "drop", drop)
	return func() {
		win.Call("removeEventListener", "dragenter", enter)
		win.Call("removeEventListener", "dragover", over)
		win.Call("removeEventListener", "dragleave", leave)
		win.Call("removeEventListener", "drop", drop)
		enter.Release()
		over.Release()
		leave.Release()
		drop.Release()
	}
}

// collectDropped walks the dropped entries: a file stands for itself, a
// folder for the *.json files below it. It blocks until the browser has
// listed every folder, so it must not run on a JS callback. Like
// inputFiles it asks for names and sizes a whole list at a time.
func collectDropped(entries, plain []js.Value) (src fileSrc, skipped int, err error) {
	fileEntries := js.Global().Get("Array").New()
	// add adds a list of entries found together (a JS array): files to
	// fileEntries, folders walked.
	var add func(list js.Value, inFolder bool) error
	add = func(list js.Value, inFolder bool) error {
		n := list.Length()
		isFile, ok1 := mapGetter(list, "FileSystemEntry", "isFile", ",")
		names, ok2 := mapGetter(list, "FileSystemEntry", "name", "\x00")
		for i := 0; i < n; i++ {
			en := list.Index(i)
			var file bool
			var name string
			if ok1 && ok2 {
				file, name = isFile[i] == "true", names[i]
			} else {
				file, name = en.Get("isFile").Bool(), en.Get("name").String()
			}
			if file {
				if inFolder && !isResponseName(name) {
					skipped++
					continue
				}
				fileEntries.Call("push", en)
				continue
			}
			reader := en.Call("createReader")
			// readEntries gives a folder's entries a batch at a time (100 in
			// Chromium) until it gives none.
			for {
				batch, err := browserjs.AwaitValue(browserjs.CallbackPromise(func(ok, fail js.Value) { reader.Call("readEntries", ok, fail) }))
				if err != nil {
					return err
				}
				if batch.Length() == 0 {
					break
				}
				if err := add(batch, true); err != nil {
					return err
				}
			}
		}
		return nil
	}
	top := js.Global().Get("Array").New()
	for _, en := range entries {
		top.Call("push", en)
	}
	if err := add(top, false); err != nil {
		return nil, 0, err
	}

	// The entries' File objects are asked for chunk by chunk as the files
	// are read (browserSource.Read): asking for 10,000 at once here kept
	// the page busy for seconds before the first was read.
	n := fileEntries.Length()
	paths, ok := mapGetter(fileEntries, "FileSystemEntry", "fullPath", "\x00")
	files := fileEntries
	s := &browserSource{files: files, entries: n}
	for i := 0; i < n; i++ {
		name := ""
		if ok {
			name = paths[i]
		} else {
			name = fileEntries.Index(i).Get("fullPath").String()
		}
		s.names = append(s.names, strings.TrimPrefix(name, "/"))
		s.index = append(s.index, i)
	}
	for _, f := range plain {
		files.Call("push", f)
		s.names = append(s.names, f.Get("name").String())
		s.index = append(s.index, files.Length()-1)
	}
	s.sort()
	return s, skipped, nil
}

// mapGetter maps a JS array with the browser's own getter of a property
// (proto.prototype.prop) and returns the results, split where they were
// joined with sep: a whole list's property in three calls, where asking
// each item costs a call apiece. ok is false when the browser has no such
// getter. (Calling the getters needs no script of ours, so the strict
// Content-Security-Policy is kept.)
func mapGetter(arr js.Value, proto, prop, sep string) (vals []string, ok bool) {
	n := arr.Length()
	if n == 0 {
		return nil, true
	}
	c := js.Global().Get(proto)
	if !c.Truthy() {
		return nil, false
	}
	d := js.Global().Get("Object").Call("getOwnPropertyDescriptor", c.Get("prototype"), prop)
	if !d.Truthy() || d.Get("get").Type() != js.TypeFunction {
		return nil, false
	}
	// call.bind(get) is get.call(item, …): the getter on each item.
	get := js.Global().Get("Function").Get("prototype").Get("call").Call("bind", d.Get("get"))
	vals = strings.Split(arr.Call("map", get).Call("join", sep).String(), sep)
	return vals, len(vals) == n
}

// mapMethod maps a JS array with the browser's own method
// proto.prototype.method, called on each item with no arguments, and
// returns the array of results: a whole list in three calls. ok is false
// when the browser has no such method.
func mapMethod(arr js.Value, proto, method string) (js.Value, bool) {
	c := js.Global().Get(proto)
	if !c.Truthy() {
		return js.Value{}, false
	}
	m := c.Get("prototype").Get(method)
	if m.Type() != js.TypeFunction {
		return js.Value{}, false
	}
	// Array.prototype.map calls f(item, index, array); bound so, arrayBuffer
	// is called on the item and ignores the other two.
	f := js.Global().Get("Function").Get("prototype").Get("call").Call("bind", m)
	return arr.Call("map", f), true
}

// browserSource is a fileSrc over the browser's File objects, in the order
// of their names (as analyze sorts a folder's paths).
type browserSource struct {
	names []string
	index []int    // index[i]: file i's place in files
	files js.Value // a JS array of File
	sizes []int    // known once the file's chunk is being read
	// entries: files[:entries] are a dropped folder's FileSystemFileEntry
	// objects, whose File is asked for when its chunk is read.
	entries int
	// nextFiles is a promise of the Files of files [nextFrom, nextTo),
	// asked for ahead, while the chunk before them is read.
	nextFiles        js.Value
	nextFrom, nextTo int
}

func (s *browserSource) Len() int          { return len(s.names) }
func (s *browserSource) Name(i int) string { return s.names[i] }
func (s *browserSource) Size(i int) int    { return s.sizes[i] }

// sort puts the files in the order of their names, keeping the given
// order among equal names.
func (s *browserSource) sort() {
	s.sizes = make([]int, len(s.names))
	if sort.StringsAreSorted(s.names) {
		return
	}
	perm := make([]int, len(s.names))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(a, b int) bool { return s.names[perm[a]] < s.names[perm[b]] })
	names, index := make([]string, len(perm)), make([]int, len(perm))
	for i, k := range perm {
		names[i], index[i] = s.names[k], s.index[k]
	}
	s.names, s.index = names, index
}

// chunk is files [from, to) as a JS array.
func (s *browserSource) chunk(from, to int) js.Value {
	if s.index[from] == from && s.index[to-1] == to-1 && sort.IntsAreSorted(s.index[from:to]) {
		return s.files.Call("slice", from, to) // in the given order: one call
	}
	arr := js.Global().Get("Array").New(to - from)
	for i := from; i < to; i++ {
		arr.SetIndex(i-from, s.files.Index(s.index[i]))
	}
	return arr
}

// fillSizes sets the sizes of files [from, to) to property prop of each
// object of arr (instances of proto): in three calls across to JavaScript where
// mapGetter can, else one call a file.
func (s *browserSource) fillSizes(arr js.Value, proto, prop string, from, to int) {
	sizes, ok := mapGetter(arr, proto, prop, ",")
	for i := from; i < to; i++ {
		if ok {
			s.sizes[i], _ = strconv.Atoi(sizes[i-from])
		} else {
			s.sizes[i] = arr.Index(i - from).Get(prop).Int()
		}
	}
}

// askSizes fills in the sizes of files [from, to), the chunk arr, from
// the browser. For a chosen file Chromium asks the disk for its size, and
// waits for the answer, about 0.1–0.5 ms a file: only a failed read asks.
func (s *browserSource) askSizes(arr js.Value, from, to int) {
	s.fillSizes(arr, "Blob", "size", from, to)
}

// Read starts reading files [from, to) and returns a function that waits
// for their bytes. Every file of the chunk is read at once, by mapping the
// browser's own Blob.arrayBuffer over the chunk (no call per file, no
// script of ours), and the page never asks a file's size beforehand, which
// Chromium answers for a chosen file by asking the disk and waiting (it was
// more than half of an import of 10,000 files). The buffers read are then
// joined in one Blob, so that their bytes come into Go in one copy, and a
// file's size is its buffer's length. A file over the size limit is left
// out of the copy (it is rejected on its size alone). If a read fails (a
// file has gone, or is too large for the browser to read whole), each file
// is read on its own, a file over the limit only up to it, so that only the
// bad ones fail. A dropped folder's files are asked of their entries a
// chunk at a time, and read as one Blob: their sizes are known.
func (s *browserSource) Read(from, to int) func() ([][]byte, []error) {
	arr := s.chunk(from, to)
	if s.hasEntries(from, to) {
		return s.readEntries(arr, from, to)
	}
	var all js.Value
	if bufs, ok := mapMethod(arr, "Blob", "arrayBuffer"); ok {
		all = js.Global().Get("Promise").Call("all", bufs)
	}
	return func() ([][]byte, []error) {
		data := make([][]byte, to-from)
		errs := make([]error, to-from)
		if all.Truthy() {
			if bufs, err := browserjs.AwaitValue(all); err == nil && s.copyJoined(bufs, from, to, data) {
				return data, errs
			}
		}
		s.askSizes(arr, from, to)
		s.readEach(arr, from, to, data, errs)
		return data, errs
	}
}

// readEntries is Read for a chunk holding a dropped folder's entries. As
// soon as the browser has given their Files, whose sizes it knows without
// asking the disk, they are read as one Blob: one read and one copy into
// Go, which takes the browser less than a read of each.
func (s *browserSource) readEntries(arr js.Value, from, to int) func() ([][]byte, []error) {
	var files js.Value
	total := 0
	join := js.FuncOf(func(this js.Value, args []js.Value) any {
		files = browserjs.Arg0(args)
		s.askSizes(files, from, to)
		var parts js.Value
		parts, total = s.parts(files, from, to)
		return js.Global().Get("Blob").New(parts).Call("arrayBuffer")
	})
	var asked js.Value
	if s.nextFiles.Truthy() && s.nextFrom == from && s.nextTo == to {
		asked = s.nextFiles
	} else {
		asked = js.Global().Get("Promise").Call("all", s.entryFiles(arr, from, to))
	}
	s.nextFiles = js.Value{}
	joined := asked.Call("then", join)
	// The next chunk's Files are asked for now, so that the browser has
	// them by the time its read starts.
	if next := min(to+(to-from), len(s.names)); to < next && s.hasEntries(to, next) {
		s.nextFrom, s.nextTo = to, next
		s.nextFiles = js.Global().Get("Promise").Call("all", s.entryFiles(s.chunk(to, next), to, next))
	}
	return func() ([][]byte, []error) {
		data := make([][]byte, to-from)
		errs := make([]error, to-from)
		buf, err := browserjs.AwaitValue(joined)
		join.Release()
		switch {
		case files.IsUndefined():
			// Some entry has no file (it has gone): those fail alone.
			files = s.settledFiles(arr, from, to, errs)
			s.askSizes(files, from, to)
		case err == nil && s.copyInto(buf, total, from, to, data):
			return data, errs
		}
		s.readEach(files, from, to, data, errs)
		return data, errs
	}
}

// parts is the chunk arr of files [from, to), whose sizes are known,
// without the files over the size limit, and their total size.
func (s *browserSource) parts(arr js.Value, from, to int) (parts js.Value, total int) {
	parts = arr
	for i := from; i < to; i++ {
		if s.sizes[i] > scales.MaxFileSize {
			parts = js.Undefined()
			continue
		}
		total += s.sizes[i]
	}
	if parts.IsUndefined() { // leave out the files over the limit
		parts = js.Global().Get("Array").New()
		for i := from; i < to; i++ {
			if s.sizes[i] <= scales.MaxFileSize {
				parts.Call("push", arr.Index(i-from))
			}
		}
	}
	return parts, total
}

// copyInto copies buf, the ArrayBuffer of the files [from, to) joined
// (total bytes, those over the limit left out), into data.
func (s *browserSource) copyInto(buf js.Value, total, from, to int, data [][]byte) bool {
	b := js.Global().Get("Uint8Array").New(buf)
	if b.Length() != total {
		return false
	}
	all := make([]byte, total)
	js.CopyBytesToGo(all, b)
	at := 0
	for i := from; i < to; i++ {
		if s.sizes[i] > scales.MaxFileSize {
			continue
		}
		data[i-from] = all[at : at+s.sizes[i] : at+s.sizes[i]]
		at += s.sizes[i]
	}
	return true
}

// hasEntries reports whether files [from, to) hold a dropped folder's entry.
func (s *browserSource) hasEntries(from, to int) bool {
	for i := from; i < to; i++ {
		if s.index[i] < s.entries {
			return true
		}
	}
	return false
}

// entryFiles is the chunk arr of files [from, to) as a JS array of their
// Files or promises of them: FileSystemFileEntry.file reports through
// callbacks, and Promise.withResolvers makes promises of them without a Go
// callback per file.
func (s *browserSource) entryFiles(arr js.Value, from, to int) js.Value {
	out := js.Global().Get("Array").New(to - from)
	promise := js.Global().Get("Promise")
	withResolvers := promise.Get("withResolvers").Type() == js.TypeFunction
	for i := from; i < to; i++ {
		en := arr.Index(i - from)
		switch {
		case s.index[i] >= s.entries:
			out.SetIndex(i-from, en) // a File dropped on its own
		case withResolvers:
			r := promise.Call("withResolvers")
			en.Call("file", r.Get("resolve"), r.Get("reject"))
			out.SetIndex(i-from, r.Get("promise"))
		default:
			out.SetIndex(i-from, browserjs.CallbackPromise(func(ok, fail js.Value) { en.Call("file", ok, fail) }))
		}
	}
	return out
}

// settledFiles asks again for the Files of the chunk arr of files [from,
// to), each on its own: an entry without one gets its error in errs and an
// empty Blob in its place.
func (s *browserSource) settledFiles(arr js.Value, from, to int, errs []error) js.Value {
	got, err := browserjs.AwaitValue(js.Global().Get("Promise").Call("allSettled", s.entryFiles(arr, from, to)))
	if err != nil {
		panic(err) // allSettled does not reject
	}
	out := js.Global().Get("Array").New(to - from)
	for i := range to - from {
		r := got.Index(i)
		if r.Get("status").String() != "fulfilled" {
			errs[i] = browserjs.Error(r.Get("reason"))
			out.SetIndex(i, js.Global().Get("Blob").New(js.Global().Get("Array").New()))
			continue
		}
		out.SetIndex(i, r.Get("value"))
	}
	return out
}

// copyJoined copies the buffers bufs of files [from, to) into data and sets
// their sizes, in one copy; files over the size limit are left out.
func (s *browserSource) copyJoined(bufs js.Value, from, to int, data [][]byte) bool {
	if bufs.Length() != to-from {
		return false
	}
	s.fillSizes(bufs, "ArrayBuffer", "byteLength", from, to)
	parts, total := s.parts(bufs, from, to)
	buf, err := browserjs.AwaitValue(js.Global().Get("Blob").New(parts).Call("arrayBuffer"))
	return err == nil && s.copyInto(buf, total, from, to, data)
}

// readEach reads files [from, to) one by one into data, or errs.
func (s *browserSource) readEach(chunk js.Value, from, to int, data [][]byte, errs []error) {
	arr := js.Global().Get("Array").New(to - from)
	for i := from; i < to; i++ {
		f := chunk.Index(i - from)
		if s.sizes[i] > scales.MaxFileSize {
			f = f.Call("slice", 0, scales.MaxFileSize+1)
		}
		arr.SetIndex(i-from, f.Call("arrayBuffer"))
	}
	got, err := browserjs.AwaitValue(js.Global().Get("Promise").Call("allSettled", arr))
	if err != nil {
		for i := range errs {
			errs[i] = err
		}
		return
	}
	u8 := js.Global().Get("Uint8Array")
	for i := range data {
		r := got.Index(i)
		if r.Get("status").String() != "fulfilled" {
			errs[i] = browserjs.Error(r.Get("reason"))
			continue
		}
		b := u8.New(r.Get("value"))
		data[i] = make([]byte, b.Length())
		js.CopyBytesToGo(data[i], b)
	}
}
