import fc from 'fast-check';
import { canonicalJson } from '../../crypto/canonical-json';

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
