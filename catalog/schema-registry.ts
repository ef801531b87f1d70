import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { SCHEMAS_DIR } from '../runtime/paths';

/**
 * Every JSON Schema under schemas/, compiled once by $id. Validators are strict (unknown keywords are
 * schema bugs) and report all errors, so a problem document can list every failing field at once.
 */
export interface SchemaRegistry {
  /** The schema documents by $id, for OpenAPI generation. */
  readonly documents: ReadonlyMap<string, Record<string, unknown>>;
  /** The file each $id came from, relative to the project root, for error messages. */
  fileOf(id: string): string | undefined;
  validator(id: string): ValidateFunction;
  has(id: string): boolean;
  /** Top-level property names of an object schema: the fields a record type can disclose. */
  topLevelFields(id: string): string[];
}

export const SCHEMA_BASE = 'https://tongban.dev/schemas/';

export function schemaFiles(dir: string = SCHEMAS_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return schemaFiles(full);
      return entry.name.endsWith('.schema.json') ? [full] : [];
    })
    .sort();
}

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
}

export function loadSchemaRegistry(dir: string = SCHEMAS_DIR): SchemaRegistry {
  const ajv = createAjv();
  const documents = new Map<string, Record<string, unknown>>();
  const files = new Map<string, string>();
  for (const file of schemaFiles(dir)) {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const id = doc.$id;
    if (typeof id !== 'string' || !id.startsWith(SCHEMA_BASE)) {
      throw new Error(`${file}: schema has no $id under ${SCHEMA_BASE}`);
    }
    if (documents.has(id)) throw new Error(`${file}: $id ${id} is already used by ${files.get(id)}`);
    documents.set(id, doc);
    files.set(id, path.relative(path.dirname(dir), file));
    ajv.addSchema(doc);
  }
  const compiled = new Map<string, ValidateFunction>();
  return {
    documents,
    fileOf: (id) => files.get(id),
    has: (id) => documents.has(id),
    validator(id) {
      let fn = compiled.get(id);
      if (fn === undefined) {
        fn = ajv.getSchema(id);
        if (fn === undefined) throw new Error(`no schema with $id ${id}`);
        compiled.set(id, fn);
      }
      return fn;
    },
    topLevelFields(id) {
      const doc = documents.get(id);
      const props = doc?.properties;
      return props !== null && typeof props === 'object' ? Object.keys(props) : [];
    },
  };
}

/** One line per error, with a JSON Pointer, for problem documents and start-up messages. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): { pointer: string; detail: string }[] {
  return (errors ?? []).map((e) => {
    let pointer = e.instancePath;
    let detail = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as { additionalProperty?: string }).additionalProperty);
      pointer = `${pointer}/${extra}`;
      detail = 'is not allowed here';
    } else if (e.keyword === 'required') {
      const missing = String((e.params as { missingProperty?: string }).missingProperty);
      pointer = `${pointer}/${missing}`;
      detail = 'is required';
    }
    return { pointer, detail };
  });
}
