import fs from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { TongbanError } from '../runtime/errors';
import type { Consumer } from './generated/contracts--consumer.v1';
import type { Department } from './generated/contracts--department.v1';
import type { Matter } from './generated/contracts--matter.v1';
import { describeErrors, loadSchemaRegistry, SCHEMA_BASE, type SchemaRegistry } from './schema-registry';

export type { Consumer, Department, Matter };
export type Grant = Consumer['grants'][number];
export type MatterRequest = Matter['requests'][number];
/** A grant with "*" expanded to the record type's field names. */
export type ResolvedGrant = Omit<Grant, 'fields'> & { fields: string[] };

/**
 * The data-sharing agreements, loaded from contracts/ and checked at start-up: each file against its
 * schema, then the whole set for consistency (a matter names existing record types, a grant names
 * fields that exist). A bad contract stops the process with the file and the field in the message.
 */
export interface RecordTypeInfo {
  readonly department: string;
  readonly type: string;
  readonly schema: string;
  readonly subjectKinds: readonly ('person' | 'enterprise')[];
  readonly fields: readonly string[];
  readonly validate: ValidateFunction;
}

export interface ContractCatalog {
  readonly schemas: SchemaRegistry;
  readonly departments: ReadonlyMap<string, Department>;
  readonly matters: ReadonlyMap<string, Matter>;
  readonly consumers: ReadonlyMap<string, Consumer>;
  recordType(department: string, type: string): RecordTypeInfo | undefined;
  /** The grant of a consumer for one record type, with "*" expanded; undefined when not granted. */
  grantFor(consumer: Consumer, department: string, type: string): ResolvedGrant | undefined;
}

const SCHEMA_ID = {
  departments: `${SCHEMA_BASE}contracts/department.v1.json`,
  matters: `${SCHEMA_BASE}contracts/matter.v1.json`,
  consumers: `${SCHEMA_BASE}contracts/consumer.v1.json`,
} as const;

function invalid(file: string, pointer: string, detail: string): TongbanError {
  return new TongbanError('TB_CONTRACT_INVALID', `${file}: ${pointer === '' ? '(document)' : pointer} ${detail}`);
}

function loadFolder<T extends { id: string }>(
  dir: string,
  kind: keyof typeof SCHEMA_ID,
  schemas: SchemaRegistry,
): Map<string, T> {
  const folder = path.join(dir, kind);
  if (!fs.existsSync(folder)) throw invalid(folder, '', 'is missing');
  const validate = schemas.validator(SCHEMA_ID[kind]);
  const out = new Map<string, T>();
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(folder, name);
    let doc: unknown;
    try {
      doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw invalid(file, '', `is not valid JSON: ${(error as Error).message}`);
    }
    if (!validate(doc)) {
      const first = describeErrors(validate.errors);
      throw invalid(file, first.map((e) => e.pointer).join(', '), first.map((e) => e.detail).join('; '));
    }
    const item = doc as T;
    if (`${item.id}.json` !== name) throw invalid(file, '/id', `must match the file name (${name})`);
    out.set(item.id, item);
  }
  return out;
}

export function loadContractCatalog(contractsDir: string, schemas: SchemaRegistry = loadSchemaRegistry()): ContractCatalog {
  const departments = loadFolder<Department>(contractsDir, 'departments', schemas);
  const matters = loadFolder<Matter>(contractsDir, 'matters', schemas);
  const consumers = loadFolder<Consumer>(contractsDir, 'consumers', schemas);
  const file = (kind: string, id: string): string => path.join(contractsDir, kind, `${id}.json`);

  const recordTypes = new Map<string, RecordTypeInfo>();
  for (const department of departments.values()) {
    department.recordTypes.forEach((rt, i) => {
      if (!schemas.has(rt.schema)) {
        throw invalid(file('departments', department.id), `/recordTypes/${i}/schema`, `names no schema under schemas/ (${rt.schema})`);
      }
      recordTypes.set(`${department.id}/${rt.type}`, {
        department: department.id,
        type: rt.type,
        schema: rt.schema,
        subjectKinds: rt.subjectKinds,
        fields: schemas.topLevelFields(rt.schema),
        validate: schemas.validator(rt.schema),
      });
    });
  }

  for (const matter of matters.values()) {
    const seen = new Set<string>();
    matter.requests.forEach((request, i) => {
      const info = recordTypes.get(`${request.department}/${request.type}`);
      const where = `/requests/${i}`;
      if (info === undefined) {
        throw invalid(file('matters', matter.id), where, `names an unknown record type ${request.department}/${request.type}`);
      }
      if (!info.subjectKinds.includes(matter.subjectKind)) {
        throw invalid(file('matters', matter.id), where, `record type ${request.type} does not describe a ${matter.subjectKind}`);
      }
      if (seen.has(request.department)) throw invalid(file('matters', matter.id), where, 'asks one department twice');
      seen.add(request.department);
    });
  }

  for (const consumer of consumers.values()) {
    consumer.matters.forEach((m, i) => {
      if (!matters.has(m)) throw invalid(file('consumers', consumer.id), `/matters/${i}`, `names an unknown matter ${m}`);
    });
    consumer.grants.forEach((grant, i) => {
      const info = recordTypes.get(`${grant.department}/${grant.type}`);
      if (info === undefined) {
        throw invalid(file('consumers', consumer.id), `/grants/${i}`, `names an unknown record type ${grant.department}/${grant.type}`);
      }
      grant.fields.forEach((field, j) => {
        if (field !== '*' && !info.fields.includes(field)) {
          throw invalid(file('consumers', consumer.id), `/grants/${i}/fields/${j}`, `"${field}" is not a field of ${info.schema}`);
        }
      });
    });
  }

  return {
    schemas,
    departments,
    matters,
    consumers,
    recordType: (department, type) => recordTypes.get(`${department}/${type}`),
    grantFor(consumer, department, type) {
      const grant = consumer.grants.find((g) => g.department === department && g.type === type);
      const info = recordTypes.get(`${department}/${type}`);
      if (grant === undefined || info === undefined) return undefined;
      const fields = grant.fields.includes('*') ? [...info.fields] : [...grant.fields];
      return { ...grant, fields };
    },
  };
}
