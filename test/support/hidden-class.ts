import v8 from 'node:v8';

/**
 * Whether V8 gives two objects the same hidden class (map): V8's own %HaveSameMap, compiled while
 * natives syntax is briefly on. Objects of one kind made with a map each are slower to use and outlive
 * young-generation collections (gateway/http/http-server.ts), so the tests that guard against it ask V8.
 */
v8.setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
v8.setFlagsFromString('--no-allow-natives-syntax');

export function sameHiddenClass(a: object, b: object): boolean {
  return haveSameMap(a, b);
}
