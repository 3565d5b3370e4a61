// Package devnet builds and runs local chains for Causeway's tests, benchmarks
// and demo: simd (ibc-go v8 simapp) and geth --dev, each on free loopback ports.
//
// Chain binaries are built from the Go modules pinned in Causeway's go.mod
// (tool directives) into a cache directory, once per version, and reused.
// Nothing here is meant for production use.
package devnet

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
)

// Binary names a chain binary and the Go package it is built from.
type Binary struct {
	Name string // file name in the cache, e.g. "simd"
	Pkg  string // Go package path, pinned by go.mod
	// Sources are directories of Causeway's own code (relative to the
	// module root) the binary is built from; their non-test .go files are
	// part of the cache key, so an edit rebuilds it. Empty for binaries
	// built only from pinned modules.
	Sources []string
}

var (
	// Simd is ibc-go v8's simapp daemon.
	Simd = Binary{Name: "simd", Pkg: "github.com/cosmos/ibc-go/v8/testing/simapp/simd"}
	// Geth is go-ethereum's geth.
	Geth = Binary{Name: "geth", Pkg: "github.com/ethereum/go-ethereum/cmd/geth"}
)

// CacheDir is where built binaries live: $CAUSEWAY_CACHE, or the user cache
// directory's causeway/bin.
func CacheDir() (string, error) {
	if d := os.Getenv("CAUSEWAY_CACHE"); d != "" {
		return filepath.Join(d, "bin"), nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("devnet: no cache directory: %w", err)
	}
	return filepath.Join(d, "causeway", "bin"), nil
}

// buildLocks serialises builds of one binary inside a process; across
// processes the go build cache makes a second build cheap and the final
// rename is atomic.
var buildLocks sync.Map

// Build returns the path of b in the cache, building it with `go build` from
// the module root (the directory holding go.mod) when it is missing. The file
// name carries a digest of go.mod's content so a version bump rebuilds.
func Build(ctx context.Context, b Binary) (string, error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	dir, err := CacheDir()
	if err != nil {
		return "", err
	}
	tag, err := goModTag(root)
	if err != nil {
		return "", err
	}
	if len(b.Sources) > 0 {
		st, err := sourcesTag(root, b.Sources)
		if err != nil {
			return "", err
		}
		tag += "-" + st
	}
	out := filepath.Join(dir, b.Name+"-"+tag)
	mu, _ := buildLocks.LoadOrStore(out, &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	defer mu.(*sync.Mutex).Unlock()
	if fi, err := os.Stat(out); err == nil && fi.Mode().IsRegular() {
		return out, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("devnet: create cache %s: %w", dir, err)
	}
	tmp := fmt.Sprintf("%s.tmp%d", out, os.Getpid())
	cmd := exec.CommandContext(ctx, "go", "build", "-o", tmp, b.Pkg)
	cmd.Dir = root
	if outb, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("devnet: go build %s: %w\n%s", b.Pkg, err, outb)
	}
	if err := os.Rename(tmp, out); err != nil {
		return "", fmt.Errorf("devnet: install %s: %w", out, err)
	}
	return out, nil
}

// ModuleRoot finds the directory holding Causeway's go.mod, walking up from
// the working directory.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil &&
			strings.Contains(string(b), "module github.com/causewaylabs/causeway") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("devnet: causeway go.mod not found above the working directory")
		}
		dir = parent
	}
}

func goModTag(root string) (string, error) {
	b, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return "", fmt.Errorf("devnet: read go.sum: %w", err)
	}
	m, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", fmt.Errorf("devnet: read go.mod: %w", err)
	}
	// Only the lines that pin versions matter; a cheap FNV-style digest is enough.
	var h uint64 = 14695981039346656037
	for _, c := range append(m, b...) {
		h ^= uint64(c)
		h *= 1099511628211
	}
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok {
		v = strings.TrimPrefix(bi.GoVersion, "go")
	}
	return fmt.Sprintf("%s-%016x", v, h), nil
}

// sourcesTag digests the names and contents of the non-test .go files
// under dirs (walked in lexical order).
func sourcesTag(root string, dirs []string) (string, error) {
	var h uint64 = 14695981039346656037
	add := func(b []byte) {
		for _, c := range b {
			h ^= uint64(c)
			h *= 1099511628211
		}
	}
	for _, d := range dirs {
		err := filepath.WalkDir(filepath.Join(root, d), func(path string, e os.DirEntry, err error) error {
			if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			add([]byte(rel))
			add(b)
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("devnet: digest sources %s: %w", d, err)
		}
	}
	return fmt.Sprintf("%016x", h), nil
}

// FreePorts returns n distinct free TCP ports on 127.0.0.1.
func FreePorts(n int) ([]int, error) {
	ls := make([]net.Listener, 0, n)
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	ports := make([]int, 0, n)
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("devnet: free port: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}
