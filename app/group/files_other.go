//go:build !js

package group

// Outside the browser (the server's pre-rendering and native tests) there
// are no files to pick or drop: these stand in for files_js.go.

func inputFiles(id string, folder bool) (fileSrc, int) { return nil, 0 }

func dropZone(onOver func(bool), onDrop func(collect func() (fileSrc, int, error))) func() {
	return func() {}
}
