// Package opstest is the operations test harness: it runs a real Prometheus
// server (the Debian package's /usr/bin/prometheus) on a loopback port with
// Causeway's shipped alert rules, a relayer process (node.Run) on free ports,
// and drives packet traffic through a Traffic implementation, so tests can
// prove that the stuck-packet alert goes inactive -> pending -> firing and
// resolves, as read from Prometheus' HTTP API.
//
// Its tests also run promtool over configs/prometheus and check that the
// Grafana dashboard and the alert rules only use metrics relayer/metrics
// exports.
//
// It is test support: nothing in a relayer binary imports it, it listens on
// loopback only, and it never leaves a process running after a test.
package opstest
