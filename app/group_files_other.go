//go:build !js

package app

// Outside the browser (the server's pre-rendering and native tests) there
// are no files to pick or drop: these stand in for group_files_js.go.

type fileRef struct {
	name string
	size int
}

func inputFiles(id string, folder bool) ([]fileRef, int) { return nil, 0 }

func dropZone(onOver func(bool), onDrop func(collect func() ([]fileRef, int, error))) func() {
	return func() {}
}

func newBrowserSource(f []fileRef) fileSrc { return nil }

func nowMS() float64 { return 0 }

func printPage() {}
