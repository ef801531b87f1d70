/**
 * Reading the registry's JSON defensively: JSON.parse gives `unknown`, and every member the mapping
 * relies on is checked for its kind, so a changed answer fails loudly (malformed) instead of yielding
 * "undefined" fields.
 */
export class JsonShapeError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'JsonShapeError';
  }
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new JsonShapeError(`not JSON: ${(error as Error).message}`);
  }
}

export function asObject(value: unknown, where: string): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new JsonShapeError(`${where} is not an object`);
  return value as JsonObject;
}

/** A text member; numbers are accepted as their decimal text (the registry is not consistent). Empty → undefined. */
export function text(object: JsonObject, key: string, where: string): string | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new JsonShapeError(`${where}.${key} is not text`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function requiredText(object: JsonObject, key: string, where: string): string {
  const value = text(object, key, where);
  if (value === undefined) throw new JsonShapeError(`${where}.${key} is missing`);
  return value;
}

export function list(object: JsonObject, key: string, where: string): readonly unknown[] {
  const value = object[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new JsonShapeError(`${where}.${key} is not a list`);
  return value;
}
