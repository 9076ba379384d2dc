// Package spell checks nynorsk texts with hunspell and Debian's nynorsk
// dictionary (myspell-nn), against a short list of words kept in the
// repository that the dictionary lacks but the texts use rightly. The
// instrument's texts (scales) and the programs' (internal/text) are
// checked by it, each against its own list.
package spell

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Dictionary is where Debian's myspell-nn puts the nynorsk dictionary
// `hunspell -d nn_NO` reads.
const Dictionary = "/usr/share/hunspell/nn_NO.dic"

// accepted reads a list of accepted words, one a line as "word # reason"
// (blank lines and lines starting with # aside): word → reason.
func accepted(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("the accepted nynorsk words: %v", err)
	}
	defer f.Close()
	words := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, reason, _ := strings.Cut(line, " # ")
		word, reason = strings.TrimSpace(word), strings.TrimSpace(reason)
		if word == "" || strings.ContainsAny(word, " \t") || reason == "" {
			return nil, fmt.Errorf("%s:%d: want \"word # reason\", got %q", path, n, line)
		}
		if _, dup := words[word]; dup {
			return nil, fmt.Errorf("%s:%d: %q is listed twice", path, n, word)
		}
		words[word] = reason
	}
	return words, sc.Err()
}

// Misspelt returns the words of text that `hunspell -d nn_NO -l` lists as
// misspelt, in the order it lists them. A missing hunspell or dictionary
// is an error naming the Debian package to install.
func Misspelt(text string) ([]string, error) {
	if _, err := exec.LookPath("hunspell"); err != nil {
		return nil, fmt.Errorf("hunspell is not installed; the nynorsk texts are checked for spelling with it: install the Debian packages hunspell and myspell-nn")
	}
	if _, err := os.Stat(Dictionary); err != nil {
		return nil, fmt.Errorf("the nynorsk dictionary is missing (%v): install the Debian package myspell-nn", err)
	}
	// The dictionary is in ISO 8859-1, and hunspell fails on what it cannot
	// convert: symbols such as … – « α (none of them in a word) become
	// spaces.
	latin1 := strings.Map(func(r rune) rune {
		if r > 0xff {
			return ' '
		}
		return r
	}, text)
	cmd := exec.Command("hunspell", "-d", "nn_NO", "-l")
	cmd.Stdin = strings.NewReader(latin1)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8") // hunspell reads its input in the locale's encoding
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		return nil, fmt.Errorf("hunspell -d nn_NO -l: %v: %s\nthe nynorsk dictionary comes with the Debian package myspell-nn", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return strings.Fields(stdout.String()), nil
}

// Text is one text to check and where it is, for the messages.
type Text struct{ Where, Text string }

// Check returns a problem for each word of texts that hunspell does not
// know and the list of accepted words at listPath does not hold, and for
// each accepted word that no text uses as an unknown word any more.
func Check(texts []Text, listPath string) ([]string, error) {
	list, err := accepted(listPath)
	if err != nil {
		return nil, err
	}
	var all strings.Builder
	for _, x := range texts {
		all.WriteString(x.Text + "\n")
	}
	unknown, err := Misspelt(all.String())
	if err != nil {
		return nil, err
	}
	var problems []string
	used := map[string]bool{}
	for _, w := range unknown {
		if _, ok := list[w]; ok || used[w] {
			used[w] = true
			continue
		}
		used[w] = true
		var in []string
		for _, x := range texts {
			if strings.Contains(x.Text, w) {
				in = append(in, fmt.Sprintf("%s %q", x.Where, x.Text))
			}
		}
		problems = append(problems, fmt.Sprintf("hunspell -d nn_NO does not know %q, in %s; correct it, or add it to %s with the reason it is right", w, strings.Join(in, ", "), listPath))
	}
	for w := range list {
		if !used[w] {
			problems = append(problems, fmt.Sprintf("%s: %q is accepted, but no nynorsk text has it as a word hunspell does not know; take it out", listPath, w))
		}
	}
	return problems, nil
}
