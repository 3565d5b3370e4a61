package cosmos

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// scanner reads selected values out of one complete JSON document and skips
// the rest without decoding it. CometBFT's RPC answers carry every event of
// every transaction (megabytes for a block of relay transactions) while the
// relayer needs a few fields; decoding them with CometBFT's reflection-based
// JSON and gogoproto's jsonpb was most of the relayer's CPU. Skipping a
// string is a memchr for its closing quote, so unread parts cost little.
//
// It checks structure only as far as it walks it: malformed input yields an
// error (never a panic), but a skipped value is not validated.
type scanner struct {
	b []byte
	i int
}

var errEOF = errors.New("unexpected end of JSON")

func (s *scanner) errorf(format string, args ...any) error {
	return fmt.Errorf("json at offset %d: %s", s.i, fmt.Sprintf(format, args...))
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// peek returns the next non-space byte without consuming it (0 at the end).
func (s *scanner) peek() byte {
	s.ws()
	if s.i >= len(s.b) {
		return 0
	}
	return s.b[s.i]
}

func (s *scanner) expect(c byte) error {
	if s.peek() != c {
		if s.i >= len(s.b) {
			return errEOF
		}
		return s.errorf("want %q, got %q", c, s.b[s.i])
	}
	s.i++
	return nil
}

// null consumes a null literal if one is next.
func (s *scanner) null() bool {
	if s.peek() == 'n' && bytes.HasPrefix(s.b[s.i:], []byte("null")) {
		s.i += 4
		return true
	}
	return false
}

// object calls f for each key of the object that comes next; f must consume
// the key's value (read it or skip it). A null is an empty object.
func (s *scanner) object(f func(key []byte) error) error {
	if s.null() {
		return nil
	}
	if err := s.expect('{'); err != nil {
		return err
	}
	if s.peek() == '}' {
		s.i++
		return nil
	}
	for {
		key, esc, err := s.rawString()
		if err != nil {
			return err
		}
		if esc { // keys of CometBFT answers are plain; unescape to be safe
			k, err := unescape(key)
			if err != nil {
				return err
			}
			key = []byte(k)
		}
		if err := s.expect(':'); err != nil {
			return err
		}
		if err := f(key); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			return nil
		case 0:
			return errEOF
		default:
			return s.errorf("want ',' or '}' in object, got %q", s.b[s.i])
		}
	}
}

// array calls f for each element of the array that comes next; f must
// consume the element. A null is an empty array.
func (s *scanner) array(f func() error) error {
	if s.null() {
		return nil
	}
	if err := s.expect('['); err != nil {
		return err
	}
	if s.peek() == ']' {
		s.i++
		return nil
	}
	for {
		if err := f(); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.i++
		case ']':
			s.i++
			return nil
		case 0:
			return errEOF
		default:
			return s.errorf("want ',' or ']' in array, got %q", s.b[s.i])
		}
	}
}

// rawString consumes a string and returns its bytes between the quotes
// (still escaped; esc says whether there is any backslash).
func (s *scanner) rawString() ([]byte, bool, error) {
	if err := s.expect('"'); err != nil {
		return nil, false, err
	}
	start, esc := s.i, false
	for {
		j := bytes.IndexByte(s.b[s.i:], '"')
		if j < 0 {
			s.i = len(s.b)
			return nil, false, errEOF
		}
		end := s.i + j
		// The quote is escaped when an odd number of backslashes precede it.
		n := 0
		for k := end - 1; k >= start && s.b[k] == '\\'; k-- {
			n++
		}
		if !esc && bytes.IndexByte(s.b[s.i:end], '\\') >= 0 {
			esc = true
		}
		s.i = end + 1
		if n%2 == 0 {
			return s.b[start:end], esc, nil
		}
	}
}

func unescape(raw []byte) (string, error) {
	q := make([]byte, 0, len(raw)+2)
	q = append(append(append(q, '"'), raw...), '"')
	var out string
	if err := json.Unmarshal(q, &out); err != nil {
		return "", fmt.Errorf("json string %.40q: %w", raw, err)
	}
	return out, nil
}

// str consumes a string (or null, as "") and returns it unescaped.
func (s *scanner) str() (string, error) {
	if s.null() {
		return "", nil
	}
	raw, esc, err := s.rawString()
	if err != nil {
		return "", err
	}
	if esc {
		return unescape(raw)
	}
	return string(raw), nil
}

// base64 consumes a base64 string (standard encoding, as CometBFT and
// jsonpb write []byte) or null and returns its bytes.
func (s *scanner) base64() ([]byte, error) {
	if s.null() {
		return nil, nil
	}
	raw, esc, err := s.rawString()
	if err != nil {
		return nil, err
	}
	if esc {
		str, err := unescape(raw)
		if err != nil {
			return nil, err
		}
		raw = []byte(str)
	}
	out := make([]byte, base64.StdEncoding.DecodedLen(len(raw)))
	n, err := base64.StdEncoding.Decode(out, raw)
	if err != nil {
		return nil, s.errorf("base64 value: %v", err)
	}
	return out[:n], nil
}

// number consumes an integer written as a JSON number or as a string (amino
// and jsonpb write 64-bit integers as strings) and returns its text.
func (s *scanner) number() ([]byte, error) {
	if s.peek() == '"' {
		raw, _, err := s.rawString()
		return raw, err
	}
	start := s.i
	for s.i < len(s.b) {
		c := s.b[s.i]
		if (c < '0' || c > '9') && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E' {
			break
		}
		s.i++
	}
	if s.i == start {
		if s.i >= len(s.b) {
			return nil, errEOF
		}
		return nil, s.errorf("want a number, got %q", s.b[s.i])
	}
	return s.b[start:s.i], nil
}

func (s *scanner) int64() (int64, error) {
	if s.null() {
		return 0, nil
	}
	t, err := s.number()
	if err != nil {
		return 0, err
	}
	v, err := strconv.ParseInt(string(t), 10, 64)
	if err != nil {
		return 0, s.errorf("integer %q: %v", t, err)
	}
	return v, nil
}

func (s *scanner) uint32() (uint32, error) {
	if s.null() {
		return 0, nil
	}
	t, err := s.number()
	if err != nil {
		return 0, err
	}
	v, err := strconv.ParseUint(string(t), 10, 32)
	if err != nil {
		return 0, s.errorf("integer %q: %v", t, err)
	}
	return uint32(v), nil
}

func (s *scanner) bool() (bool, error) {
	switch {
	case s.peek() == 't' && bytes.HasPrefix(s.b[s.i:], []byte("true")):
		s.i += 4
		return true, nil
	case s.peek() == 'f' && bytes.HasPrefix(s.b[s.i:], []byte("false")):
		s.i += 5
		return false, nil
	case s.null():
		return false, nil
	}
	if s.i >= len(s.b) {
		return false, errEOF
	}
	return false, s.errorf("want a boolean, got %q", s.b[s.i])
}

// skip consumes the next value of any kind without decoding it.
func (s *scanner) skip() error {
	switch c := s.peek(); c {
	case '"':
		_, _, err := s.rawString()
		return err
	case '{', '[':
		depth := 0
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case '"':
				if _, _, err := s.rawString(); err != nil {
					return err
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					s.i++
					return nil
				}
			}
			s.i++
		}
		return errEOF
	case 0:
		return errEOF
	default:
		start := s.i
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				if s.i == start {
					return s.errorf("unexpected %q", s.b[s.i])
				}
				return nil
			}
			s.i++
		}
		return nil
	}
}

// span consumes the next value and returns its raw bytes.
func (s *scanner) span() ([]byte, error) {
	s.ws()
	start := s.i
	if err := s.skip(); err != nil {
		return nil, err
	}
	return s.b[start:s.i], nil
}
