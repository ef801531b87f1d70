/**
 * The one conformance suite every department adapter passes, in the manner of hono's router
 * `common.case.test.ts`: a function that takes the thing under test and registers the same cases for
 * each implementation. A department adapter conforms when, through its own simulator, in process and
 * over real HTTP:
 * - its contract file, record types and schemas agree with each other and are well-formed;
 * - the demo subjects are found with records that validate; the unknown subjects are not found;
 * - native failures map to NativeSystemError with the right `retriable` (down, hang + abort, answers
 *   it cannot read, answers about someone else);
 * - a corrupt native value reaches the record unrepaired, so the kit's schema check can reject it;
 * - the simulator's latency is honoured.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { DepartmentAdapter, DepartmentModule, LookupOutcome, SimulatorOptions } from '../../adapters/kit/department-adapter';
import { httpNativeSystem, NativeSystemError, type NativeResponse, type NativeSystem } from '../../adapters/kit/native-system';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC, UNKNOWN_CITIZEN_ID, UNKNOWN_ENTERPRISE_USCC } from '../../adapters/simulation/demo-subjects';
import { defaultPopulation } from '../../adapters/simulation/population';
import { serveNativeSystem, type ServedNativeSystem } from '../../adapters/simulation/serve-native-system';
import type { Subject } from '../../identity/subject';
import { PROJECT_ROOT } from '../../runtime/paths';

type SubjectKind = 'person' | 'enterprise';

interface ContractRecordType {
  readonly type: string;
  readonly schema: string;
  readonly subjectKinds: readonly SubjectKind[];
  readonly description: string;
}

interface DepartmentContract {
  readonly id: string;
  readonly recordTypes: readonly ContractRecordType[];
}

interface MutableFaults {
  down?: boolean;
  hang?: boolean;
  corrupt?: boolean;
}

interface Case {
  readonly type: string;
  readonly kind: SubjectKind;
  readonly subject: Subject;
  readonly unknown: Subject;
}

const FAST: SimulatorOptions = { latencyMs: 2 };
const DEPARTMENT_CONTRACT_SCHEMA_ID = 'https://tongban.dev/schemas/contracts/department.v1.json';

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

function schemaFile(department: string, type: string): string {
  return path.join(PROJECT_ROOT, 'schemas', 'records', department, `${type}.v1.schema.json`);
}

function subjectOf(kind: SubjectKind, known: boolean): Subject {
  if (kind === 'person') return { idNumber: known ? DEMO_CITIZEN_ID : UNKNOWN_CITIZEN_ID };
  return { uscc: known ? DEMO_ENTERPRISE_USCC : UNKNOWN_ENTERPRISE_USCC };
}

function identifierOf(subject: Subject): string {
  return 'idNumber' in subject ? subject.idNumber : subject.uscc;
}

function found(outcome: LookupOutcome): Readonly<Record<string, unknown>> {
  if (outcome.kind !== 'found') throw new Error(`expected a found record, got ${JSON.stringify(outcome)}`);
  return outcome.record;
}

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ');
}

/** Resolves to the error a promise rejects with, or fails when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    const value = await promise;
    throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
  } catch (error) {
    return error;
  }
}

function expectNativeError(error: unknown, retriable: boolean): void {
  expect(error).toBeInstanceOf(NativeSystemError);
  expect((error as NativeSystemError).retriable).toBe(retriable);
}

/** A native system that answers with whatever `respond` makes of the real simulator's answer. */
function tampered(inner: NativeSystem, respond: (real: NativeResponse) => NativeResponse): NativeSystem {
  return { handle: async (request, signal) => respond(await inner.handle(request, signal)) };
}

export function runDepartmentAdapterConformance(module: DepartmentModule): void {
  const department = module.department;
  const contractFile = path.join(PROJECT_ROOT, 'contracts', 'departments', `${department}.json`);
  const contract = readJson(contractFile) as unknown as DepartmentContract;
  const cases: Case[] = contract.recordTypes.flatMap((recordType) =>
    recordType.subjectKinds.map((kind) => ({ type: recordType.type, kind, subject: subjectOf(kind, true), unknown: subjectOf(kind, false) })),
  );
  const ajv = createAjv();
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (type: string): ValidateFunction => {
    let validate = validators.get(type);
    if (validate === undefined) {
      validate = ajv.compile(readJson(schemaFile(department, type)));
      validators.set(type, validate);
    }
    return validate;
  };
  let requestCounter = 0;
  const lookup = (adapter: DepartmentAdapter, type: string, subject: Subject, signal?: AbortSignal): Promise<LookupOutcome> =>
    adapter.lookup({ recordType: type, subject, requestId: `conformance-${department}-${++requestCounter}` }, signal);

  describe(`department adapter conformance: ${department}`, () => {
    describe('contract, record types and schemas', () => {
      test('the contract is valid against the department contract schema its $schema names', () => {
        const document = readJson(contractFile);
        expect(typeof document.$schema).toBe('string');
        const schema = readJson(path.resolve(path.dirname(contractFile), document.$schema as string));
        expect(schema.$id).toBe(DEPARTMENT_CONTRACT_SCHEMA_ID);
        const validate = createAjv().compile(schema);
        const valid = validate(document);
        expect(errorsOf(validate)).toBe('');
        expect(valid).toBe(true);
      });

      test('the contract, the module and the adapter name the same department', () => {
        const adapter = module.createAdapter(module.createSimulator(FAST));
        expect(contract.id).toBe(department);
        expect(adapter.department).toBe(department);
      });

      test('the record types of the contract are exactly adapter.recordTypes', () => {
        const adapter = module.createAdapter(module.createSimulator(FAST));
        expect([...adapter.recordTypes].sort()).toEqual(contract.recordTypes.map((r) => r.type).sort());
      });

      test.each(contract.recordTypes.map((r) => [r.type, r] as const))('%s: the schema file exists with the $id the contract names', (type, recordType) => {
        const file = schemaFile(department, type);
        expect(fs.existsSync(file)).toBe(true);
        const schema = readJson(file);
        expect(schema.$id).toBe(`https://tongban.dev/schemas/records/${department}/${type}.v1.json`);
        expect(recordType.schema).toBe(schema.$id);
      });

      test.each(contract.recordTypes.map((r) => [r.type] as const))('%s: the schema compiles strictly and allows any subset of fields', (type) => {
        const schema = readJson(schemaFile(department, type));
        expect(() => validatorFor(type)).not.toThrow();
        expect(schema.type).toBe('object');
        expect(schema.additionalProperties).toBe(false);
        // Records are minimised to granted fields: nothing at the top level may be required.
        expect(schema.required).toBeUndefined();
        expect(typeof schema.title).toBe('string');
        expect(typeof schema.description).toBe('string');
        const properties = schema.properties as Record<string, { description?: unknown }>;
        expect(Object.keys(properties).length).toBeGreaterThan(0);
        for (const [name, property] of Object.entries(properties)) {
          expect([name, typeof property.description]).toEqual([name, 'string']);
          expect(name).toMatch(/^[a-z][A-Za-z0-9]{0,62}$/);
        }
        expect(validatorFor(type)({})).toBe(true);
      });
    });

    describe('lookups through the simulator, in process', () => {
      let adapter: DepartmentAdapter;
      beforeAll(() => {
        adapter = module.createAdapter(module.createSimulator(FAST));
      });

      test.each(cases)('$type for the demo $kind is found and valid against its schema', async ({ type, subject }) => {
        const record = found(await lookup(adapter, type, subject));
        const validate = validatorFor(type);
        const valid = validate(record);
        expect(errorsOf(validate)).toBe('');
        expect(valid).toBe(true);
        // The record names its own subject.
        const key = 'idNumber' in subject ? 'idNumber' : 'uscc';
        expect(record[key]).toBe(identifierOf(subject));
        // Absent values are absent, never undefined members.
        expect(JSON.parse(JSON.stringify(record))).toEqual(record);
      });

      test.each(cases)('$type for the unknown $kind is not-found', async ({ type, unknown }) => {
        expect(await lookup(adapter, type, unknown)).toEqual({ kind: 'not-found' });
      });

      test('answers are deterministic: two simulators give the same records', async () => {
        const other = module.createAdapter(module.createSimulator(FAST));
        for (const { type, subject } of cases) {
          expect(await lookup(other, type, subject)).toEqual(await lookup(adapter, type, subject));
        }
      });

      test('a sample of the population is found with valid records, or not found', async () => {
        const population = defaultPopulation();
        const persons = population.persons.filter((_, i) => i % 97 === 5).slice(0, 15);
        const enterprises = population.enterprises.filter((_, i) => i % 23 === 3).slice(0, 10);
        let foundCount = 0;
        for (const { type, kind } of cases) {
          const subjects: Subject[] = kind === 'person' ? persons.map((p) => ({ idNumber: p.idNumber })) : enterprises.map((e) => ({ uscc: e.uscc }));
          for (const subject of subjects) {
            const outcome = await lookup(adapter, type, subject);
            expect(['found', 'not-found']).toContain(outcome.kind);
            if (outcome.kind !== 'found') continue;
            foundCount += 1;
            const validate = validatorFor(type);
            const valid = validate(outcome.record);
            expect([identifierOf(subject), errorsOf(validate)]).toEqual([identifierOf(subject), '']);
            expect(valid).toBe(true);
          }
        }
        expect(foundCount).toBeGreaterThan(0);
      });

      test('a record type the adapter does not keep is refused with a non-retriable error', async () => {
        expectNativeError(await rejection(lookup(adapter, 'no-such-record', subjectOf('person', true))), false);
      });

      test('the wrong kind of subject for a record type is a non-retriable error', async () => {
        const single = contract.recordTypes.filter((r) => r.subjectKinds.length === 1);
        for (const recordType of single) {
          const wrong: SubjectKind = recordType.subjectKinds[0] === 'person' ? 'enterprise' : 'person';
          expectNativeError(await rejection(lookup(adapter, recordType.type, subjectOf(wrong, true))), false);
        }
      });
    });

    describe('faults of the native system', () => {
      test('down: every lookup throws a retriable NativeSystemError, and recovers when switched off at run time', async () => {
        const faults: MutableFaults = { down: true };
        const adapter = module.createAdapter(module.createSimulator({ latencyMs: 2, faults }));
        for (const { type, subject } of cases) expectNativeError(await rejection(lookup(adapter, type, subject)), true);
        faults.down = false;
        for (const { type, subject } of cases) expect((await lookup(adapter, type, subject)).kind).toBe('found');
      });

      test('hang: a lookup rejects promptly once its signal aborts', async () => {
        const faults: MutableFaults = { hang: true };
        const adapter = module.createAdapter(module.createSimulator({ latencyMs: 2, faults }));
        for (const { type, subject } of cases) {
          const controller = new AbortController();
          const started = performance.now();
          setTimeout(() => controller.abort(new Error('deadline')), 20);
          const error = await rejection(lookup(adapter, type, subject, controller.signal));
          expect(error).toBeInstanceOf(Error);
          expect(performance.now() - started).toBeLessThan(500);
        }
      });

      test('hang: an already aborted signal rejects at once', async () => {
        const adapter = module.createAdapter(module.createSimulator({ latencyMs: 2, faults: { hang: true } }));
        const [first] = cases;
        const error = await rejection(lookup(adapter, first!.type, first!.subject, AbortSignal.abort(new Error('gone'))));
        expect(error).toBeInstanceOf(Error);
      });

      test('an abort during the simulated latency rejects before the answer would have come', async () => {
        const adapter = module.createAdapter(module.createSimulator({ latencyMs: 400 }));
        const [first] = cases;
        const started = performance.now();
        const error = await rejection(lookup(adapter, first!.type, first!.subject, AbortSignal.timeout(20)));
        expect(error).toBeInstanceOf(Error);
        expect(performance.now() - started).toBeLessThan(300);
      });

      test.each(cases)('corrupt: $type for the demo $kind is found, unrepaired, and fails its schema', async ({ type, subject }) => {
        const adapter = module.createAdapter(module.createSimulator({ latencyMs: 2, faults: { corrupt: true } }));
        const record = found(await lookup(adapter, type, subject));
        expect(validatorFor(type)(record)).toBe(false);
      });

      test('latency: a 40 ms simulator takes about 40 ms to answer', async () => {
        const adapter = module.createAdapter(module.createSimulator({ latencyMs: 40 }));
        const [first] = cases;
        const started = performance.now();
        await lookup(adapter, first!.type, first!.subject);
        const elapsed = performance.now() - started;
        expect(elapsed).toBeGreaterThanOrEqual(30);
        expect(elapsed).toBeLessThan(1000);
      });
    });

    describe('answers the adapter must not trust', () => {
      test.each(cases)('$type: a truncated answer is a non-retriable NativeSystemError', async ({ type, subject }) => {
        const adapter = module.createAdapter(tampered(module.createSimulator(FAST), (real) => ({ ...real, body: real.body.slice(0, Math.floor(real.body.length / 2)) })));
        expectNativeError(await rejection(lookup(adapter, type, subject)), false);
      });

      test.each(cases)('$type: an answer about another subject is a non-retriable NativeSystemError', async ({ type, kind, subject }) => {
        const population = defaultPopulation();
        // Someone outside the demo household: the police rightly list the whole household in one answer.
        const demoHousehold = population.person(DEMO_CITIZEN_ID)!.householdNumber;
        const other: Subject =
          kind === 'person'
            ? { idNumber: population.persons.find((p) => p.householdNumber !== demoHousehold && p.birthDate < '1990-01-01')!.idNumber }
            : { uscc: population.enterprises.find((e) => e.uscc !== DEMO_ENTERPRISE_USCC)!.uscc };
        const real = module.createSimulator(FAST);
        // Answers every question with the demo subject's answer, whatever was asked.
        const crossed: NativeSystem = {
          handle: async (request, signal) => {
            const query = Object.fromEntries(Object.entries(request.query ?? {}).map(([k, v]) => [k, v === identifierOf(other) ? identifierOf(subject) : v]));
            const body = request.body?.split(identifierOf(other)).join(identifierOf(subject));
            return real.handle({ ...request, query, ...(body === undefined ? {} : { body }) }, signal);
          },
        };
        expectNativeError(await rejection(lookup(module.createAdapter(crossed), type, other)), false);
      });

      test('a 5xx answer is retriable; other unexpected statuses are not', async () => {
        const [first] = cases;
        const withStatus = (status: number): NativeSystem => tampered(module.createSimulator(FAST), (real) => ({ ...real, status }));
        expectNativeError(await rejection(lookup(module.createAdapter(withStatus(502)), first!.type, first!.subject)), true);
        expectNativeError(await rejection(lookup(module.createAdapter(withStatus(400)), first!.type, first!.subject)), false);
        expectNativeError(await rejection(lookup(module.createAdapter(withStatus(301)), first!.type, first!.subject)), false);
      });

      test('an answer in an unexpected media type is a non-retriable NativeSystemError', async () => {
        const [first] = cases;
        const html = tampered(module.createSimulator(FAST), (real) => ({ ...real, contentType: 'text/html; charset=utf-8', body: '<html>login</html>' }));
        expectNativeError(await rejection(lookup(module.createAdapter(html), first!.type, first!.subject)), false);
      });

      test('a transport failure is a retriable NativeSystemError', async () => {
        const [first] = cases;
        const broken: NativeSystem = { handle: () => Promise.reject(new Error('ECONNRESET')) };
        expectNativeError(await rejection(lookup(module.createAdapter(broken), first!.type, first!.subject)), true);
      });
    });

    describe('the simulator served over HTTP on a loopback port', () => {
      const faults: MutableFaults = {};
      let served: ServedNativeSystem;
      let inProcess: DepartmentAdapter;
      let overHttp: DepartmentAdapter;
      beforeAll(async () => {
        const simulator = module.createSimulator({ latencyMs: 2, faults });
        served = await serveNativeSystem(simulator, 0);
        inProcess = module.createAdapter(simulator);
        overHttp = module.createAdapter(httpNativeSystem(served.url));
      });
      afterAll(async () => {
        await served.close();
      });
      afterEach(() => {
        faults.down = false;
        faults.hang = false;
      });

      test('it listens on 127.0.0.1', () => {
        expect(served.url).toBe(`http://127.0.0.1:${served.port}`);
        expect(served.port).toBeGreaterThan(0);
      });

      test.each(cases)('$type for the demo $kind: the same record as in process', async ({ type, subject }) => {
        const remote = found(await lookup(overHttp, type, subject));
        expect(remote).toEqual(found(await lookup(inProcess, type, subject)));
        expect(validatorFor(type)(remote)).toBe(true);
      });

      test.each(cases)('$type for the unknown $kind: not-found', async ({ type, unknown }) => {
        expect(await lookup(overHttp, type, unknown)).toEqual({ kind: 'not-found' });
      });

      test('down: a retriable NativeSystemError', async () => {
        faults.down = true;
        const [first] = cases;
        expectNativeError(await rejection(lookup(overHttp, first!.type, first!.subject)), true);
      });

      test('hang: the lookup rejects promptly when its signal aborts, and the server lets go', async () => {
        faults.hang = true;
        const [first] = cases;
        const started = performance.now();
        const error = await rejection(lookup(overHttp, first!.type, first!.subject, AbortSignal.timeout(30)));
        expect(error).toBeInstanceOf(Error);
        expect(performance.now() - started).toBeLessThan(1000);
        faults.hang = false;
        expect((await lookup(overHttp, first!.type, first!.subject)).kind).toBe('found');
      });
    });
  });
}
