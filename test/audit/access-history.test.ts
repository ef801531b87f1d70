import fs from 'node:fs';
import { accessHistory } from '../../audit/access-history';
import { accessCsv, accessTable } from '../../audit/render/access-output';
import { fixtureContracts, RECORD_FIELDS } from './support/fixture-contracts';
import { KNOWN_CASES } from './support/known-cases';
import { withReplay } from './support/read-log';
import { CITIZEN, T0, UNKNOWN_CITIZEN, writeScriptedLog } from './support/scripted-log';
import { topicByTopic } from './support/verify-helpers';

/** `audit access` on the scripted day of support/known-cases.ts: the cases, in order, with what each disclosed. */
let dir: string;
let ids: readonly string[];

beforeAll(async () => {
  const written = await writeScriptedLog(KNOWN_CASES, fixtureContracts());
  await written.close();
  dir = written.dir;
  ids = written.applicationIds;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ALL_FIVE = ['police', 'commerce', 'tax', 'social-security', 'civil-affairs'];

describe('audit access --subject', () => {
  test("a citizen's history: every case about them, in time order, with consumer, matter, purpose, departments, fields and outcome", async () => {
    const entries = await withReplay(dir, (events) => accessHistory(events, { subject: CITIZEN }));
    expect(entries.map((e) => e.applicationId)).toEqual([ids[0], ids[1], ids[3], ids[4], ids[5], ids[6]]);
    expect(entries.map((e) => e.outcome)).toEqual(['completed', 'completed', 'partial', 'partial', 'partial', 'pending']);

    const [first, second, third, fourth, newborn, open] = entries;
    expect(first).toMatchObject({
      time: new Date(T0).toISOString(),
      consumer: 'demo-hall',
      matter: 'subsistence-allowance',
      purpose: '低保申请审核',
      subject: '11010519491231002X',
      departments: ALL_FIVE,
      withheld: [],
      relation: 'subject',
    });
    expect(first!.records.map((r) => [r.department, r.status, r.fieldsDisclosed])).toEqual([
      ['police', 'provided', RECORD_FIELDS['police/household-register']],
      ['commerce', 'provided', RECORD_FIELDS['commerce/enterprise-roles']],
      ['tax', 'provided', RECORD_FIELDS['tax/tax-status']],
      ['social-security', 'provided', RECORD_FIELDS['social-security/insurance-record']],
      ['civil-affairs', 'provided', RECORD_FIELDS['civil-affairs/civil-status']],
    ]);
    // Not found discloses nothing; a timeout discloses nothing, even when the record came later.
    expect(second!.records.find((r) => r.department === 'commerce')).toEqual({ department: 'commerce', type: 'enterprise-roles', status: 'not-found', fieldsDisclosed: [] });
    expect(third!.records.find((r) => r.department === 'tax')).toMatchObject({ status: 'timeout', fieldsDisclosed: [] });
    expect(fourth!.records.find((r) => r.department === 'police')).toMatchObject({ status: 'timeout', fieldsDisclosed: [] });
    // The restricted consumer saw three police fields, and social security's record was never asked for.
    expect(newborn).toMatchObject({ consumer: 'demo-restricted', matter: 'newborn', purpose: '出生一件事', departments: ['police', 'civil-affairs'] });
    expect(newborn!.records[0]).toEqual({ department: 'police', type: 'household-register', status: 'provided', fieldsDisclosed: ['idNumber', 'name', 'householdNumber'] });
    expect(newborn!.withheld).toEqual([{ department: 'social-security', type: 'insurance-record', reason: 'not granted by the contract of "demo-restricted"' }]);
    expect(open!.records.find((r) => r.department === 'police')).toMatchObject({ status: 'pending', fieldsDisclosed: [] });
  });

  test('another subject sees only their own case', async () => {
    const entries = await withReplay(dir, (events) => accessHistory(events, { subject: UNKNOWN_CITIZEN }));
    expect(entries.map((e) => e.applicationId)).toEqual([ids[2]]);
    expect(entries[0]!.records.map((r) => r.status)).toEqual(['not-found', 'failed', 'not-found', 'not-found', 'not-found']);
    expect(entries[0]!.records.every((r) => r.fieldsDisclosed.length === 0)).toBe(true);
  });

  test('an enterprise no case touched has an empty history', async () => {
    expect(await withReplay(dir, (events) => accessHistory(events, { subject: { uscc: '91350100M000100Y43' } }))).toEqual([]);
  });

  test('the same history when partitions arrive in another order (Kafka)', async () => {
    const inOrder = await withReplay(dir, (events) => accessHistory(events, { subject: CITIZEN }));
    const shuffled = await withReplay(dir, (events) => accessHistory(events, { subject: CITIZEN }), topicByTopic('reverse'));
    expect(shuffled).toEqual(inOrder);
  });
});

describe('a case that names the subject in a disclosed record', () => {
  const ENTERPRISE = { uscc: '91350100M000100Y43' };

  test("an enterprise's case that disclosed its legal representative's police record is in that person's history", async () => {
    const written = await writeScriptedLog(
      [
        { matter: 'newborn', subject: CITIZEN, purpose: '出生一件事', openedAt: T0 },
        {
          matter: 'business-change',
          subject: ENTERPRISE,
          purpose: '法定代表人变更',
          openedAt: T0 + 60_000,
          answers: {
            commerce: { outcome: 'provided', afterMs: 50, values: { legalRepresentativeIdNumber: '11010519491231002x' } },
            police: { outcome: 'provided', afterMs: 90, values: { representativeIdNumber: '11010519491231002X', representativeName: '张三' } },
          },
        },
        { matter: 'business-change', subject: ENTERPRISE, purpose: '名称变更', openedAt: T0 + 120_000 },
      ],
      fixtureContracts(),
    );
    await written.close();
    try {
      const person = await withReplay(written.dir, (events) => accessHistory(events, { subject: CITIZEN }));
      expect(person.map((e) => [e.applicationId, e.relation])).toEqual([
        [written.applicationIds[0], 'subject'],
        [written.applicationIds[1], 'named-in-record'],
      ]);
      expect(person[1]).toMatchObject({ subject: '91350100M000100Y43', matter: 'business-change', purpose: '法定代表人变更' });
      const enterprise = await withReplay(written.dir, (events) => accessHistory(events, { subject: ENTERPRISE }));
      expect(enterprise.map((e) => e.relation)).toEqual(['subject', 'subject']);
      expect(accessTable(person)).toMatch(/business-change\s+法定代表人变更\s+named in record\s+completed/);
    } finally {
      fs.rmSync(written.dir, { recursive: true, force: true });
    }
  });
});

describe('audit access --consumer', () => {
  test("one consumer's cases", async () => {
    const restricted = await withReplay(dir, (events) => accessHistory(events, { consumer: 'demo-restricted' }));
    expect(restricted.map((e) => e.applicationId)).toEqual([ids[5]]);
    const hall = await withReplay(dir, (events) => accessHistory(events, { consumer: 'demo-hall' }));
    expect(hall).toHaveLength(6);
    // Without a subject there is no relation to tell.
    expect(hall.every((e) => e.relation === undefined)).toBe(true);
  });

  test('subject and consumer together narrow the history', async () => {
    const entries = await withReplay(dir, (events) => accessHistory(events, { subject: CITIZEN, consumer: 'demo-hall' }));
    expect(entries.map((e) => e.applicationId)).toEqual([ids[0], ids[1], ids[3], ids[4], ids[6]]);
  });
});

describe('access output', () => {
  test('CSV: one row per record, formula-looking text defused', async () => {
    const entries = await withReplay(dir, (events) => accessHistory(events, { subject: CITIZEN }));
    const lines = accessCsv(entries).trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,applicationId,consumer,matter,purpose,subject,relation,outcome,department,recordType,recordStatus,fieldsDisclosed');
    // 5 + 5 + 5 + 5 + (2 asked + 1 withheld) + 5 records.
    expect(lines).toHaveLength(1 + 28);
    expect(lines[1]).toBe(`2026-11-02T01:00:00.000Z,${ids[0]},demo-hall,subsistence-allowance,低保申请审核,11010519491231002X,subject,completed,police,household-register,provided,idNumber name sex birthDate householdNumber address`);
    expect(lines.find((l) => l.includes(ids[3]!))).toContain(`,"'=HYPERLINK(""http://example.invalid"")",`);
    expect(lines.find((l) => l.includes('withheld'))).toContain('social-security,insurance-record,withheld,');
  });

  test('table: each case a block, its columns on its first row', async () => {
    const entries = await withReplay(dir, (events) => accessHistory(events, { consumer: 'demo-restricted' }));
    const text = accessTable(entries);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^time\s+application\s+consumer\s+matter\s+purpose\s+outcome\s+department\/record\s+status\s+fields disclosed$/);
    expect(lines[2]).toContain('2026-11-02 01:05:00Z');
    expect(lines[2]).toMatch(/police\/household-register\s+provided\s+idNumber, name, householdNumber$/);
    expect(lines[3]).toMatch(/^\s+civil-affairs\/civil-status\s+provided\s+maritalStatus, subsistenceAllowance$/);
    expect(lines[4]).toMatch(/social-security\/insurance-record\s+withheld\s+-$/);
    expect(lines[5]).toBe('1 case');
  });
});
