// Command prebuild builds the chain binaries the tests and the demo start
// (simd, allianced, geth) into the cache, one after the other, before the
// test packages run: tests that would otherwise build the same binary in
// parallel on a cold machine spend their own timeouts waiting for compilers.
//
//	go run ./scripts/devnet/cmd/prebuild
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/causewaylabs/causeway/scripts/devnet"
)

func main() {
	ctx := context.Background()
	for _, b := range []devnet.Binary{devnet.Simd, devnet.Allianced, devnet.Geth} {
		start := time.Now()
		path, err := devnet.Build(ctx, b)
		if err != nil {
			fmt.Fprintf(os.Stderr, "prebuild %s: %v\n", b.Name, err)
			os.Exit(1)
		}
		fmt.Printf("%-10s %s (%s)\n", b.Name, path, time.Since(start).Round(time.Second))
	}
}
