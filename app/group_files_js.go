package app

import (
	"errors"
	"sort"
	"strings"
	"syscall/js"

	"sammebaat/scales"
)

// The browser's side of the group page's import: the files of a file
// input, of a dropped folder, and their bytes. It talks to syscall/js
// directly rather than through go-app's Value, since 10,000 files make
// tens of thousands of calls and each wrapper costs.

// fileRef is one file given to the page: its name as the summary lists it
// (the path relative to the chosen or dropped folder, or the bare name), its
// size, and the browser's File.
type fileRef struct {
	name string
	size int
	file js.Value
}

// isResponseName says whether a file found in a folder is read: *.json, as
// the command line reads a directory.
func isResponseName(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".json")
}

// inputFiles takes the files of the <input type=file> with id and empties
// the input, so that choosing the same files again is seen as a change.
// From a folder input only *.json files are kept; skipped counts the others.
func inputFiles(id string, folder bool) (files []fileRef, skipped int) {
	in := js.Global().Get("document").Call("getElementById", id)
	if !in.Truthy() {
		return nil, 0
	}
	list := in.Get("files")
	n := list.Length()
	files = make([]fileRef, 0, n)
	for i := 0; i < n; i++ {
		f := list.Index(i)
		name := f.Get("webkitRelativePath").String()
		if name == "" {
			name = f.Get("name").String()
		}
		if folder && !isResponseName(name) {
			skipped++
			continue
		}
		files = append(files, fileRef{name: name, size: f.Get("size").Int(), file: f})
	}
	in.Set("value", "")
	return files, skipped
}

// dropZone makes the whole page accept dropped files and folders (a file
// dropped anywhere else would make the browser open it and leave the page,
// losing the pool). The browser gives a drop's files only during the event,
// so the listeners are plain JS callbacks (go-app runs its handlers later, on
// its own goroutine): they take the dropped entries at once and hand a
// collect function to onDrop, which must call it off the event (it waits for
// the browser). onOver is told when something is dragged over the page or
// leaves it. The returned function removes the listeners.
func dropZone(onOver func(bool), onDrop func(collect func() ([]fileRef, int, error))) (release func()) {
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
			onDrop(func() ([]fileRef, int, error) { return collectDropped(entries, plain) })
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
// listed every folder, so it must not run on a JS callback.
func collectDropped(entries, plain []js.Value) (files []fileRef, skipped int, err error) {
	for _, f := range plain {
		files = append(files, fileRef{name: f.Get("name").String(), size: f.Get("size").Int(), file: f})
	}
	var fileEntries []js.Value
	var walk func(en js.Value, inFolder bool) error
	walk = func(en js.Value, inFolder bool) error {
		if en.Get("isFile").Bool() {
			if inFolder && !isResponseName(en.Get("name").String()) {
				skipped++
				return nil
			}
			fileEntries = append(fileEntries, en)
			return nil
		}
		reader := en.Call("createReader")
		// readEntries gives a folder's entries a batch at a time (100 in
		// Chromium) until it gives none.
		for {
			batch, err := await(callbackPromise(func(ok, fail js.Value) { reader.Call("readEntries", ok, fail) }))
			if err != nil {
				return err
			}
			n := batch.Length()
			if n == 0 {
				return nil
			}
			for i := 0; i < n; i++ {
				if err := walk(batch.Index(i), true); err != nil {
					return err
				}
			}
		}
	}
	for _, en := range entries {
		if err := walk(en, false); err != nil {
			return nil, 0, err
		}
	}
	if len(fileEntries) == 0 {
		return files, skipped, nil
	}
	promises := js.Global().Get("Array").New(len(fileEntries))
	for i, en := range fileEntries {
		promises.SetIndex(i, callbackPromise(func(ok, fail js.Value) { en.Call("file", ok, fail) }))
	}
	got, err := await(js.Global().Get("Promise").Call("all", promises))
	if err != nil {
		return nil, 0, err
	}
	for i, en := range fileEntries {
		f := got.Index(i)
		name := strings.TrimPrefix(en.Get("fullPath").String(), "/")
		if name == "" {
			name = f.Get("name").String()
		}
		files = append(files, fileRef{name: name, size: f.Get("size").Int(), file: f})
	}
	return files, skipped, nil
}

// callbackPromise turns a browser API that reports through two callbacks
// (success, failure) into a Promise.
func callbackPromise(start func(ok, fail js.Value)) js.Value {
	var exec js.Func
	exec = js.FuncOf(func(this js.Value, args []js.Value) any {
		start(args[0], args[1])
		return nil
	})
	p := js.Global().Get("Promise").New(exec)
	// The executor runs inside the constructor, so it can go at once.
	exec.Release()
	return p
}

// await blocks the calling goroutine until p settles. Blocking hands the
// thread back to the browser, which paints and handles input meanwhile.
func await(p js.Value) (js.Value, error) {
	type settled struct {
		v   js.Value
		err error
	}
	ch := make(chan settled, 1)
	ok := js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- settled{v: arg0(args)}
		return nil
	})
	fail := js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- settled{err: jsError(arg0(args))}
		return nil
	})
	p.Call("then", ok, fail)
	s := <-ch
	ok.Release()
	fail.Release()
	return s.v, s.err
}

func arg0(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}

// jsError turns a rejection reason into an error with the browser's message.
func jsError(v js.Value) error {
	if v.Type() == js.TypeObject {
		if m := v.Get("message"); m.Type() == js.TypeString && m.String() != "" {
			return errors.New(m.String())
		}
	}
	if v.Type() == js.TypeString {
		return errors.New(v.String())
	}
	return errors.New("unknown error")
}

// browserSource is a fileSource over the browser's File objects.
type browserSource []fileRef

func (s browserSource) Len() int          { return len(s) }
func (s browserSource) Name(i int) string { return s[i].name }
func (s browserSource) Size(i int) int    { return s[i].size }
func (s browserSource) sortByName() {
	sort.SliceStable(s, func(i, j int) bool { return s[i].name < s[j].name })
}
func newBrowserSource(f []fileRef) fileSrc { s := browserSource(f); s.sortByName(); return s }

// Read starts reading files [from, to) at once (the browser reads them in
// parallel) and returns a function that waits for their bytes. A file over
// the size limit is read only to its first MaxFileSize+1 bytes, enough for
// the reader to reject it. Files that cannot be read get an error.
func (s browserSource) Read(from, to int) func() ([][]byte, []error) {
	arr := js.Global().Get("Array").New(to - from)
	for i := from; i < to; i++ {
		f := s[i].file
		if s[i].size > scales.MaxFileSize {
			f = f.Call("slice", 0, scales.MaxFileSize+1)
		}
		arr.SetIndex(i-from, f.Call("arrayBuffer"))
	}
	all := js.Global().Get("Promise").Call("allSettled", arr)
	return func() ([][]byte, []error) {
		data := make([][]byte, to-from)
		errs := make([]error, to-from)
		got, err := await(all)
		if err != nil {
			for i := range errs {
				errs[i] = err
			}
			return data, errs
		}
		u8 := js.Global().Get("Uint8Array")
		for i := range data {
			r := got.Index(i)
			if r.Get("status").String() != "fulfilled" {
				errs[i] = jsError(r.Get("reason"))
				continue
			}
			b := u8.New(r.Get("value"))
			data[i] = make([]byte, b.Length())
			js.CopyBytesToGo(data[i], b)
		}
		return data, errs
	}
}

// nowMS is the page's clock, performance.now(), in milliseconds.
func nowMS() float64 { return js.Global().Get("performance").Call("now").Float() }

// printPage opens the browser's print dialog.
func printPage() { js.Global().Call("print") }
