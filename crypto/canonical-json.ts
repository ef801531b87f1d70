/**
 * JSON Canonicalization Scheme (RFC 8785): object members sorted by UTF-16 code units, no white
 * space, numbers in ECMAScript form. Signatures and hash chains are computed over this form, so an
 * event read back from any engine (SQLite text, Kafka binary-mode headers) verifies the same way.
 *
 * It runs for every event signed and hashed and every record proof, so it is written for speed and
 * for little garbage (it was a third of all the gateway's allocation, bench/README.md):
 * - A value whose objects already list their members in canonical order is written by the engine's
 *   own JSON.stringify, which then produces exactly this form, in one native pass, after a check that
 *   allocates nothing. Producers build their objects in that order where it is cheap to do so.
 * - Otherwise members are sorted in place (small objects: no scratch arrays) and each member name is
 *   quoted once per process, not once per use.
 */
export function canonicalJson(value: unknown): string {
  return inCanonicalOrder(value) ? JSON.stringify(value) : build(value);
}

/**
 * A copy of JSON data whose objects list their members in canonical order, so that canonicalJson
 * takes its fast path for it every time after. For data serialised several times over (a record
 * is signed into its proof, sealed into its event, and checked against the proof by the gateway).
 * Members named like array indices keep the engine's numeric order, and such objects the slow path.
 */
export function withCanonicalMemberOrder<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withCanonicalMemberOrder(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of sortNames(Object.keys(record))) {
    const item = withCanonicalMemberOrder(record[key]);
    // A member named __proto__ (JSON.parse makes such members) must stay a member: assigned, it would
    // set the copy's prototype instead, and the member would be gone from what is signed.
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out as T;
}

/**
 * Whether JSON.stringify writes this value canonically: plain objects and arrays only, every object's
 * members in ascending code-unit order, no number that is not finite, nothing JSON cannot hold.
 * Undefined members are fine: both forms leave them out.
 */
function inCanonicalOrder(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!inCanonicalOrder(value[i])) return false;
        return true;
      }
      // Dates, buffers, boxed primitives, class instances: JSON.stringify treats them its own way.
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      const record = value as Record<string, unknown>;
      let previous: string | undefined;
      for (const key in record) {
        if (previous !== undefined && !(previous < key)) return false;
        previous = key;
        const item = record[key];
        if (item !== undefined && !inCanonicalOrder(item)) return false;
      }
      return true;
    }
    default:
      return false; // undefined at the top, functions, symbols, bigints: build() says what is wrong
  }
}

const quotedNames = new Map<string, string>();
const QUOTED_NAMES_LIMIT = 10_000;

/** `"name":`, remembered: events and records repeat the same few hundred member names. */
function quotedName(key: string): string {
  let quoted = quotedNames.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    if (quotedNames.size < QUOTED_NAMES_LIMIT) quotedNames.set(key, quoted);
  }
  return quoted;
}

/** Sorts in place by UTF-16 code units (what `<` compares): insertion sort for the usual few members. */
function sortNames(keys: string[]): string[] {
  if (keys.length > 24) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

function build(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON cannot hold a non-finite number');
      // Number::toString, as JSON.stringify and RFC 8785 use; -0 becomes "0".
      return value === 0 ? '0' : String(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          out += (i === 0 ? '' : ',') + (item === undefined || typeof item === 'function' ? 'null' : canonicalJson(item));
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      let out = '{';
      let first = true;
      for (const key of sortNames(Object.keys(record))) {
        const item = record[key];
        if (item === undefined) continue;
        out += (first ? '' : ',') + quotedName(key) + canonicalJson(item);
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}
