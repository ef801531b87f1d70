import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { threadWriter } from '../../gateway/case-store-writer';
import { openCaseStore } from '../../gateway/case-store';

/*
 * The case store's writer thread: batches committed in the order they were handed over, each all or
 * nothing, and a writer that cannot write says so to every save instead of hanging.
 */
describe('case store writer thread', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-writer-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const caseRow = (id: string, status: string) =>
    ({ kind: 'case', id, consumer: 'demo-hall', key: null, status, createdAt: '2026-11-23T00:00:00.000Z', subjectId: 's', state: { id, status } as Record<string, unknown>, dropRecords: false }) as const;

  it('commits batches in order, each in one transaction, and each is on disk when its promise resolves', async () => {
    const file = path.join(dir, 'cases.db');
    await openCaseStore(file).close(); // the schema
    const writer = threadWriter(file);
    const reader = new Database(file, { readonly: true });
    try {
      const record = { n: 1, name: '王桂英' };
      const first = writer.write([caseRow('a', 'pending'), { kind: 'records', id: 'a', records: [[0, record]] }]);
      // Cases change in memory after they are handed over: a row holds what was handed over.
      record.n = 2;
      const second = writer.write([caseRow('a', 'completed'), { ...caseRow('b', 'pending'), dropRecords: true }]);
      // A batch that fails (a NOT NULL column left empty) leaves nothing of itself and nothing else broken.
      const broken = writer.write([caseRow('c', 'pending'), { ...caseRow('d', 'pending'), createdAt: null as unknown as string }]);
      await first;
      expect(reader.prepare('SELECT record FROM case_records').all()).toEqual([{ record: '{"n":1,"name":"王桂英"}' }]);
      await second;
      await expect(broken).rejects.toThrow(/case store write failed: NOT NULL constraint failed/);
      await writer.idle();
      expect(reader.prepare('SELECT id, status FROM cases ORDER BY id').all()).toEqual([
        { id: 'a', status: 'completed' },
        { id: 'b', status: 'pending' },
      ]);
      const late = caseRow('e', 'pending');
      const written = writer.write([late]);
      late.state.status = 'completed';
      await written;
      expect(reader.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 3 });
      expect(reader.prepare("SELECT state FROM cases WHERE id = 'e'").get()).toEqual({ state: '{"id":"e","status":"pending"}' });
    } finally {
      reader.close();
      await writer.close();
    }
    await expect(writer.write([caseRow('f', 'pending')])).rejects.toThrow(/closed/);
  });

  it('a writer that cannot open its file rejects every write with the reason, and closes', async () => {
    const writer = threadWriter(path.join(dir, 'missing.db'));
    await expect(writer.write([caseRow('a', 'pending')])).rejects.toThrow(/^the case store writer \(.*missing\.db\) failed: .*SQLITE_CANTOPEN/);
    await expect(writer.write([caseRow('b', 'pending')])).rejects.toThrow();
    await writer.idle();
    await writer.close();
  });
});
