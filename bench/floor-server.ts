import { createHash, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { es256 } from '../crypto/es256-jws';
import { holdNonceSupply } from '../crypto/es256-online';

/**
 * The floor: the work the design makes mandatory for one case, and nothing else, so the benchmark can
 * say what this machine allows at all. Per case, as Tongban does it:
 * - one HTTP request in and one dossier out (node:http, no framework);
 * - twelve events, each serialised, chained by SHA-256 to its producer's previous event, signed with
 *   ES256 as Tongban signs (on the event loop with a nonce made ahead of time, else on libuv's thread
 *   pool: crypto/es256-jws.ts) and inserted into SQLite (WAL, the same table and indexes as the
 *   embedded log), appends of one event-loop turn committed together;
 * - seventeen signatures in all: the submission and five requests, a proof and an answer per
 *   department, the closing event;
 * - the case written when it opens, one record per answer, the whole case when it closes (the same
 *   layout as the case store), commits of one turn together;
 * - each department answering after its simulated latency.
 * Not done: authentication, validation against schemas, the departments' native formats, signature
 * checks, metrics, logs, subscriptions. The events and the case are copies of a case Tongban just
 * wrote (the template), with fresh ids and times, so sizes match.
 */
export interface FloorTemplate {
  /** A case's events in log order, without signatures: submission, five requests, answers, closing. */
  readonly events: readonly { readonly topic: string; readonly event: Record<string, unknown> }[];
  /** The dossier Tongban answered for it. */
  readonly dossier: { readonly records: readonly Record<string, unknown>[] } & Record<string, unknown>;
}

export interface FloorServer {
  readonly url: string;
  close(): Promise<void>;
}

interface Pending {
  readonly run: () => void;
  readonly done: () => void;
}

// Protected headers of an event signature (detached, unencoded payload) and of a record proof.
const EVENT_HEADER = Buffer.from(JSON.stringify({ alg: 'ES256', kid: 'floor', b64: false, crit: ['b64'] })).toString('base64url');
const PROOF_HEADER = Buffer.from(JSON.stringify({ alg: 'ES256', kid: 'floor', typ: 'tongban-record+jws' })).toString('base64url');

/** The signature over `<header>.<payload>`, made by Tongban's own ES256 (crypto/es256-jws.ts). */
async function signature(header: string, payload: string, key: KeyObject): Promise<string> {
  return (await es256(Buffer.from(`${header}.${payload}`), key)).toString('base64url');
}

/** One file, writes of one event-loop turn in one transaction. */
function groupCommitted(db: Database.Database): (run: () => void) => Promise<void> {
  let queue: Pending[] = [];
  const commit = db.transaction((batch: Pending[]) => {
    for (const item of batch) item.run();
  });
  return (run) =>
    new Promise<void>((done) => {
      queue.push({ run, done });
      if (queue.length > 1) return;
      setImmediate(() => {
        const batch = queue;
        queue = [];
        commit(batch);
        for (const item of batch) item.done();
      });
    });
}

function openFile(file: string, schema: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(schema);
  return db;
}

export interface FloorOptions {
  readonly dataDir: string;
  readonly template: FloorTemplate;
  readonly latencyMs: Readonly<Record<string, number>>;
  /** The one private key every signature is made with (default: a new P-256 key). */
  readonly key?: KeyObject;
  readonly port?: number;
}

export async function startFloorServer(options: FloorOptions): Promise<FloorServer> {
  const { template, latencyMs } = options;
  const [submitted] = template.events;
  const ofTopic = (part: string) => template.events.filter((e) => e.topic.includes(part));
  const requests = ofTopic('.requests.');
  const answers = new Map(ofTopic('.responses.').map((e) => [String((e.event.data as { department?: unknown }).department), e]));
  const closing = template.events[template.events.length - 1];
  const departments = requests.map((r) => String((r.event.data as { department?: unknown }).department));
  const positions = departments.map((d) => template.dossier.records.findIndex((r) => r.department === d));
  if (submitted === undefined || closing === undefined || requests.length === 0 || departments.some((d, i) => !answers.has(d) || latencyMs[d] === undefined || positions[i]! < 0)) {
    throw new Error('the floor needs a template case with a submission, its requests, an answer from each department, its dossier and a latency for each department');
  }
  const opening: FloorTemplate['events'][number] = submitted;
  const ending: FloorTemplate['events'][number] = closing;
  const subject = (opening.event.data as { subject?: unknown }).subject;
  const privateKey = options.key ?? generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

  fs.mkdirSync(options.dataDir, { recursive: true });
  const log = openFile(
    path.join(options.dataDir, 'floor-events.db'),
    `CREATE TABLE IF NOT EXISTS events (offset INTEGER PRIMARY KEY AUTOINCREMENT, topic TEXT NOT NULL, key TEXT NOT NULL, event_id TEXT NOT NULL,
       source TEXT NOT NULL, body TEXT NOT NULL, appended_at INTEGER NOT NULL, signature TEXT);
     CREATE INDEX IF NOT EXISTS events_by_topic ON events (topic, offset);
     CREATE INDEX IF NOT EXISTS events_by_source ON events (source, offset);`,
  );
  const store = openFile(
    path.join(options.dataDir, 'floor-cases.db'),
    `CREATE TABLE IF NOT EXISTS cases (id TEXT PRIMARY KEY, state TEXT NOT NULL);
     CREATE TABLE IF NOT EXISTS case_records (case_id TEXT NOT NULL, position INTEGER NOT NULL, record TEXT NOT NULL, PRIMARY KEY (case_id, position)) WITHOUT ROWID;`,
  );
  const insertEvent = log.prepare('INSERT INTO events (topic, key, event_id, source, body, appended_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const upsertCase = store.prepare('INSERT INTO cases (id, state) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state');
  const upsertRecord = store.prepare('INSERT INTO case_records (case_id, position, record) VALUES (?, ?, ?) ON CONFLICT (case_id, position) DO UPDATE SET record = excluded.record');
  const deleteRecords = store.prepare('DELETE FROM case_records WHERE case_id = ?');
  const appendWrite = groupCommitted(log);
  const storeWrite = groupCommitted(store);

  // One hash chain per producer, as the embedded mode has.
  const heads = new Map<string, string>();
  async function emit(source: string, caseId: string, items: readonly { topic: string; event: Record<string, unknown> }[]): Promise<Record<string, unknown>[]> {
    const sealed = items.map(({ topic, event }) => {
      const unsigned = { ...event, correlationid: caseId, id: randomUUID(), prevhash: heads.get(source) ?? source, source, subject: caseId, time: new Date().toISOString() };
      const text = JSON.stringify(unsigned);
      heads.set(source, createHash('sha256').update(text).digest('base64url'));
      return { topic, unsigned, text, signature: signature(EVENT_HEADER, text, privateKey) };
    });
    const signatures = await Promise.all(sealed.map((s) => s.signature));
    const now = Date.now();
    await appendWrite(() => {
      sealed.forEach((s, i) => insertEvent.run(s.topic, caseId, s.unsigned.id, source, s.text, now, `${EVENT_HEADER}..${signatures[i]}`));
    });
    return sealed.map((s, i) => ({ ...s.unsigned, signature: `${EVENT_HEADER}..${signatures[i]}` }));
  }

  async function department(name: string, position: number, caseId: string, state: { records: Record<string, unknown>[] }): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, latencyMs[name]));
    const answer = answers.get(name)!;
    const data = answer.event.data as Record<string, unknown>;
    const payload = Buffer.from(JSON.stringify({ applicationId: caseId, data: data.record, department: name, issuedAt: new Date().toISOString(), subject, type: data.type })).toString('base64url');
    const proof = `${PROOF_HEADER}.${payload}.${await signature(PROOF_HEADER, payload, privateKey)}`;
    await emit(`tongban://${name}/floor`, caseId, [{ topic: answer.topic, event: { ...answer.event, data: { ...data, applicationId: caseId, proof } } }]);
    const record = { ...state.records[position], status: 'provided', data: data.record, proof, receivedAt: new Date().toISOString() };
    state.records[position] = record;
    await storeWrite(() => upsertRecord.run(caseId, position, JSON.stringify(record)));
  }

  async function openCase(body: unknown): Promise<string> {
    const caseId = randomUUID();
    const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('base64url');
    const withCase = (e: { topic: string; event: Record<string, unknown> }) => ({ topic: e.topic, event: { ...e.event, data: { ...(e.event.data as object), applicationId: caseId } } });
    await emit('tongban://gateway/floor', caseId, [
      { topic: opening.topic, event: { ...opening.event, data: { ...(opening.event.data as object), applicationId: caseId, requestHash } } },
      ...requests.map(withCase),
    ]);
    const state = { ...template.dossier, id: caseId, status: 'pending', completedAt: null, records: template.dossier.records.map((r) => ({ ...r, status: 'pending', data: undefined, proof: undefined })) };
    await storeWrite(() => upsertCase.run(caseId, JSON.stringify(state)));
    await Promise.all(departments.map((name, i) => department(name, positions[i]!, caseId, state)));
    await emit('tongban://gateway/floor', caseId, [withCase(ending)]);
    const closed = { ...state, status: 'completed', completedAt: new Date().toISOString() };
    await storeWrite(() => {
      upsertCase.run(caseId, JSON.stringify(closed));
      deleteRecords.run(caseId);
    });
    return JSON.stringify(closed);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/readyz') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/problem+json' }).end('{"title":"the body is not JSON"}');
        return;
      }
      openCase(body).then(
        (dossier) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(dossier) }).end(dossier),
        (error: unknown) => res.writeHead(500, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: String(error) })),
      );
    });
  });
  const releaseNonces = holdNonceSupply();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      log.close();
      store.close();
      await releaseNonces();
    },
  };
}
