package main

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/google/pprof/profile"
)

// clockTicks is USER_HZ, the unit of utime/stime in /proc/<pid>/stat; it is
// 100 on every Linux architecture Go supports.
const clockTicks = 100

// cpuSeconds is the process's user+system CPU time from /proc/<pid>/stat.
func (p *relayerProc) cpuSeconds() (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.pid()))
	if err != nil {
		return 0, fmt.Errorf("read stat of %s: %w", p.name, err)
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, fmt.Errorf("stat of %s: no command field", p.name)
	}
	f := strings.Fields(s[i+1:])
	// f[0] is field 3 (state); utime and stime are fields 14 and 15.
	if len(f) < 13 {
		return 0, fmt.Errorf("stat of %s: %d fields", p.name, len(f))
	}
	ut, err1 := strconv.ParseFloat(f[11], 64)
	st, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("stat of %s: utime %q stime %q", p.name, f[11], f[12])
	}
	return (ut + st) / clockTicks, nil
}

// statusMB reads a kB field (VmRSS, VmHWM) of /proc/<pid>/status in MB.
func (p *relayerProc) statusMB(field string) (float64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", p.pid()))
	if err != nil {
		return 0, fmt.Errorf("read status of %s: %w", p.name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				return 0, fmt.Errorf("status of %s: %s %q: %w", p.name, field, rest, err)
			}
			return kb / 1024, nil
		}
	}
	return 0, fmt.Errorf("status of %s has no %s", p.name, field)
}

func (p *relayerProc) rssMB() (float64, error)     { return p.statusMB("VmRSS") }
func (p *relayerProc) peakRSSMB() (float64, error) { return p.statusMB("VmHWM") }

// scrapedMetrics are the counters read from each process's /metrics,
// summed over their label sets.
var scrapedMetrics = []string{
	"causeway_messages_per_tx_sum", "causeway_messages_per_tx_count",
	"causeway_jetstream_redeliveries_total", "causeway_tx_redundant_total",
	"causeway_tx_submitted_total", "causeway_tx_failed_total",
}

// scrapeMetrics reads one process's /metrics and sums each name of
// scrapedMetrics over its label sets.
func scrapeMetrics(ctx context.Context, addr string) (map[string]float64, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("scrape %s: %w", addr, err)
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		name, _, _ := strings.Cut(line, "{")
		name, _, _ = strings.Cut(name, " ")
		for _, want := range scrapedMetrics {
			if name != want {
				continue
			}
			f := strings.Fields(line)
			if v, err := strconv.ParseFloat(f[len(f)-1], 64); err == nil {
				out[name] += v
			}
		}
	}
	return out, sc.Err()
}

const ownPrefix = "github.com/causewaylabs/causeway/"

// topOwn reads a CPU profile and returns the n functions of Causeway's own
// packages with the most cumulative time (each sample counted once per
// function however often the function is on its stack), and the n functions
// of any package with the most flat time.
func topOwn(path string, n int) (own, flatTop []ProfileEntry, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open profile: %w", err)
	}
	defer f.Close()
	prof, err := profile.Parse(f)
	if err != nil {
		return nil, nil, fmt.Errorf("parse profile %s: %w", path, err)
	}
	vi := len(prof.SampleType) - 1 // cpu nanoseconds
	cum := map[string]int64{}
	flat := map[string]int64{}
	var total int64
	for _, s := range prof.Sample {
		v := s.Value[vi]
		total += v
		seen := map[string]bool{}
		for li, loc := range s.Location {
			for ki, ln := range loc.Line {
				if ln.Function == nil {
					continue
				}
				name := ln.Function.Name
				if li == 0 && ki == 0 {
					flat[name] += v
				}
				if !seen[name] {
					seen[name] = true
					cum[name] += v
				}
			}
		}
	}
	entry := func(name string) ProfileEntry {
		return ProfileEntry{Func: strings.TrimPrefix(name, ownPrefix), CumSeconds: float64(cum[name]) / 1e9,
			CumPct: 100 * float64(cum[name]) / float64(max(total, 1)), FlatPct: 100 * float64(flat[name]) / float64(max(total, 1))}
	}
	for name := range cum {
		if strings.HasPrefix(name, ownPrefix) {
			own = append(own, entry(name))
		}
	}
	sort.Slice(own, func(i, j int) bool { return own[i].CumSeconds > own[j].CumSeconds })
	for name := range flat {
		flatTop = append(flatTop, entry(name))
	}
	sort.Slice(flatTop, func(i, j int) bool { return flatTop[i].FlatPct > flatTop[j].FlatPct })
	return own[:min(n, len(own))], flatTop[:min(n, len(flatTop))], nil
}
