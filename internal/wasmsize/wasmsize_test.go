package wasmsize

import "testing"

func TestPackage(t *testing.T) {
	known := []string{"sammebaat/app", "sammebaat/scales", "github.com/maxence-charriere/go-app/v10/pkg/app",
		"github.com/maxence-charriere/go-app/v10/pkg/errors", "encoding/json", "encoding", "runtime"}
	for sym, want := range map[string]string{
		"sammebaat_app.__GroupPage_.Render":                               "sammebaat/app",
		"sammebaat_scales.readSlow":                                       "sammebaat/scales",
		"github.com_maxence_charriere_go_app_v10_pkg_app.__htmlPre_.Text": "github.com/maxence-charriere/go-app/v10/pkg/app",
		"encoding_json.Marshal":                                           "encoding/json",
		"encoding.init":                                                   "encoding",
		"runtime.mallocgc":                                                "runtime",
		"type:.eq.foo":                                                    "(compiler-generated)",
		"wasm_pc_f_loop":                                                  "(runtime assembly)",
	} {
		if got := Package(sym, known); got != want {
			t.Errorf("Package(%q) = %q, want %q", sym, got, want)
		}
	}
}

func TestReadRejects(t *testing.T) {
	if _, err := Read([]byte("not wasm"), nil); err == nil {
		t.Error("read a module from bytes that are none")
	}
	// A module with no name section: built with -s.
	if _, err := Read([]byte("\x00asm\x01\x00\x00\x00"), nil); err == nil {
		t.Error("no error for a module without function names")
	}
}
