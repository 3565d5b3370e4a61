// Package spine is Causeway's NATS JetStream backbone: it starts the embedded
// nats-server or joins an external cluster, and creates (idempotently) the
// streams, durable consumers and KV buckets that relayer processes share.
//
// Names are fixed here, in one place, and documented in the README; nothing
// else in Causeway spells a subject or bucket name by hand.
package spine

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
)

// Options selects the embedded server or an external cluster.
type Options struct {
	// URL of an external cluster; empty starts an embedded server.
	URL string
	// Credentials and TLS files for an external cluster.
	Credentials               string
	CAFile, CertFile, KeyFile string
	// StoreDir is the embedded server's JetStream directory.
	StoreDir string
	// Listen is the embedded server's client address ("" or port -1: a free
	// loopback port; "none": in-process connections only).
	Listen string
	// MaxStore caps embedded JetStream file storage in bytes (0: default).
	MaxStore int64
	// Name of this client connection, for server-side monitoring.
	Name string
	Log  *zap.Logger
}

// Spine is a live connection to JetStream, owning the embedded server if it
// started one.
type Spine struct {
	NC  *nats.Conn
	JS  jetstream.JetStream
	srv *server.Server
	log *zap.Logger
}

// Open starts or joins NATS and returns a JetStream handle. Close releases it.
func Open(ctx context.Context, o Options) (*Spine, error) {
	log := o.Log
	if log == nil {
		log = zap.NewNop()
	}
	s := &Spine{log: log}
	var nopts []nats.Option
	nopts = append(nopts, nats.Name(o.Name), nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats disconnected", zap.Error(err))
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) { log.Info("nats reconnected", zap.String("url", nc.ConnectedUrl())) }))
	url := o.URL
	if url == "" {
		srv, err := StartEmbedded(o.StoreDir, o.Listen, o.MaxStore)
		if err != nil {
			return nil, err
		}
		s.srv = srv
		nopts = append(nopts, nats.InProcessServer(srv))
		log.Info("embedded nats-server started", zap.String("store_dir", o.StoreDir), zap.String("client_url", srv.ClientURL()))
	} else {
		if o.Credentials != "" {
			nopts = append(nopts, nats.UserCredentials(o.Credentials))
		}
		if o.CAFile != "" {
			nopts = append(nopts, nats.RootCAs(o.CAFile))
		}
		if o.CertFile != "" {
			nopts = append(nopts, nats.ClientCert(o.CertFile, o.KeyFile))
		}
	}
	nc, err := nats.Connect(url, nopts...)
	if err != nil {
		s.shutdownServer()
		return nil, fmt.Errorf("connect to nats %q: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		s.shutdownServer()
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	if _, err := js.AccountInfo(ctx); err != nil {
		nc.Close()
		s.shutdownServer()
		return nil, fmt.Errorf("jetstream not available on %q: %w", url, err)
	}
	s.NC, s.JS = nc, js
	return s, nil
}

// Embedded reports whether this spine runs its own server.
func (s *Spine) Embedded() bool { return s.srv != nil }

// ClientURL is the embedded server's client URL, or "" when external or not
// listening.
func (s *Spine) ClientURL() string {
	if s.srv == nil {
		return ""
	}
	return s.srv.ClientURL()
}

// Connected reports whether the NATS connection is up.
func (s *Spine) Connected() bool { return s.NC != nil && s.NC.IsConnected() }

// Close drains the connection (so pending acks and publishes go out) and
// shuts the embedded server down.
func (s *Spine) Close() {
	if s.NC != nil {
		if err := s.NC.Drain(); err != nil {
			s.NC.Close()
		}
		for i := 0; i < 100 && !s.NC.IsClosed(); i++ {
			time.Sleep(20 * time.Millisecond)
		}
	}
	s.shutdownServer()
}

func (s *Spine) shutdownServer() {
	if s.srv != nil {
		s.srv.Shutdown()
		s.srv.WaitForShutdown()
		s.srv = nil
	}
}

// StartEmbedded starts a single-node nats-server with JetStream on a file
// store in storeDir, listening on loopback only. listen is host:port, "" for a
// free port, or "none" for in-process connections only.
func StartEmbedded(storeDir, listen string, maxStore int64) (*server.Server, error) {
	if storeDir == "" {
		return nil, errors.New("embedded nats: store directory is empty")
	}
	if err := os.MkdirAll(storeDir, 0o700); err != nil {
		return nil, fmt.Errorf("embedded nats: create store dir: %w", err)
	}
	abs, _ := filepath.Abs(storeDir)
	opts := &server.Options{
		ServerName:         "causeway-embedded",
		JetStream:          true,
		StoreDir:           abs,
		JetStreamMaxStore:  maxStore,
		Host:               "127.0.0.1",
		Port:               -1,
		NoSigs:             true,
		NoLog:              true,
		MaxPayload:         8 << 20,
		JetStreamMaxMemory: 64 << 20,
	}
	switch {
	case listen == "none":
		opts.DontListen = true
	case listen != "":
		host, port, err := splitHostPort(listen)
		if err != nil {
			return nil, fmt.Errorf("embedded nats: listen %q: %w", listen, err)
		}
		opts.Host, opts.Port = host, port
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("embedded nats: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(30 * time.Second) {
		srv.Shutdown()
		return nil, fmt.Errorf("embedded nats: not ready after 30s (store %s)", abs)
	}
	return srv, nil
}

func splitHostPort(s string) (string, int, error) {
	i := strings.LastIndex(s, ":")
	if i < 0 {
		return "", 0, errors.New("missing port")
	}
	var port int
	if _, err := fmt.Sscanf(s[i+1:], "%d", &port); err != nil {
		return "", 0, fmt.Errorf("bad port: %w", err)
	}
	return s[:i], port, nil
}
