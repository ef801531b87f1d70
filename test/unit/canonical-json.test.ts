import fc from 'fast-check';
import { canonicalJson, withCanonicalMemberOrder } from '../../crypto/canonical-json';

describe('canonical JSON (RFC 8785)', () => {
  test('sorts members, drops undefined, keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], e: null })).toBe('{"a":[3,{"c":"x"}],"b":1,"e":null}');
  });

  test('sorts by UTF-16 code units, as RFC 8785 asks', () => {
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, a: 4 })).toBe('{"\\r":2,"a":4,"€":1,"😀":3}');
  });

  test('numbers in ECMAScript form; non-finite numbers refused', () => {
    expect(canonicalJson([1e21, 0.1, -0, 100])).toBe('[1e+21,0.1,0,100]');
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
  });

  /** RFC 8785 written the plain way, to hold the fast paths to. */
  function reference(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : reference(v))).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const members = Object.keys(record).sort().filter((k) => record[k] !== undefined);
      return `{${members.map((k) => `${JSON.stringify(k)}:${reference(record[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
  }
  /** The same value with every object's members inserted in canonical order (JSON.stringify's fast path). */
  function sortedDeep(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(sortedDeep);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, sortedDeep(record[k])]));
  }

  test('property: the same text as the plain algorithm, whatever order members were inserted in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const expected = reference(value);
        expect(canonicalJson(value)).toBe(expected);
        expect(canonicalJson(sortedDeep(value))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  test('property: a copy in canonical member order is equal, and JSON.stringify writes it canonically', () => {
    const noIndexNames = fc.jsonValue().filter((v) => !/"[0-9]+":/.test(JSON.stringify(v)));
    fc.assert(
      fc.property(noIndexNames, (value) => {
        const copy = withCanonicalMemberOrder(value);
        expect(copy).toEqual(value);
        expect(JSON.stringify(copy)).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
    const record = { name: '张三', address: { street: 'x', city: 'y' }, list: [{ b: 1, a: 2 }] };
    const copy = withCanonicalMemberOrder(record);
    expect(copy).not.toBe(record);
    expect(JSON.stringify(copy)).toBe('{"address":{"city":"y","street":"x"},"list":[{"a":2,"b":1}],"name":"张三"}');
    expect(JSON.stringify(record)).toBe('{"name":"张三","address":{"street":"x","city":"y"},"list":[{"b":1,"a":2}]}');
  });

  test('a member named __proto__ is a member like any other, in the text and in the copy', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"polluted":true},"a":[{"__proto__":2}]}') as Record<string, unknown>;
    const text = '{"__proto__":{"polluted":true},"a":[{"__proto__":2}],"b":1}';
    expect(canonicalJson(parsed)).toBe(text);
    const copy = withCanonicalMemberOrder(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a', 'b']);
    expect(JSON.stringify(copy)).toBe(text);
    expect(canonicalJson(copy)).toBe(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('names that look like array indices sort as text, not as numbers', () => {
    // The engine lists such members in numeric order, so these objects must not take the fast path.
    expect(canonicalJson({ 2: 'b', 10: 'a', x: { 9: true, 10: false } })).toBe('{"10":"a","2":"b","x":{"10":false,"9":true}}');
  });

  test('what JSON.stringify writes its own way is written canonically or refused', () => {
    expect(canonicalJson({ a: [undefined, 1], b: undefined })).toBe('{"a":[null,1]}');
    expect(canonicalJson({ when: new Date(0) })).toBe('{"when":{}}');
    expect(canonicalJson(Object.assign(Object.create(null) as object, { b: 1, a: 2 }))).toBe('{"a":2,"b":1}');
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  test('property: the canonical form parses back to the same value and is insensitive to key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          const reversed = Object.fromEntries(Object.entries(value).reverse());
          expect(canonicalJson(reversed)).toBe(text);
        }
      }),
    );
  });
});
