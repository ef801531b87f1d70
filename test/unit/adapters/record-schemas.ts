/**
 * Schema checks for the adapter unit tests: compiles schemas/records/<department>/<type>.v1.schema.json
 * the way the kit does (JSON Schema 2020-12, strict, all errors, formats).
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { NativeSystemError } from '../../../adapters/kit/native-system';
import type { LookupOutcome } from '../../../adapters/kit/department-adapter';
import { PROJECT_ROOT } from '../../../runtime/paths';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

export function validatorFor(department: string, type: string): ValidateFunction {
  const key = `${department}/${type}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    const file = path.join(PROJECT_ROOT, 'schemas', 'records', department, `${type}.v1.schema.json`);
    validate = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')) as object);
    validators.set(key, validate);
  }
  return validate;
}

/** Schema errors of a record, as readable lines ('' when valid). */
export function schemaErrors(department: string, type: string, record: unknown): string {
  const validate = validatorFor(department, type);
  return validate(record) ? '' : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ');
}

export function foundRecord(outcome: LookupOutcome): Readonly<Record<string, unknown>> {
  if (outcome.kind !== 'found') throw new Error(`expected found, got ${JSON.stringify(outcome)}`);
  return outcome.record;
}

/** Runs `fn` and returns the NativeSystemError it throws (fails the test otherwise). */
export function nativeError(fn: () => unknown): NativeSystemError {
  try {
    fn();
  } catch (error) {
    if (error instanceof NativeSystemError) return error;
    throw error;
  }
  throw new Error('expected a NativeSystemError');
}
