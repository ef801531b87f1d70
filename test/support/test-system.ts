import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, compactVerify, type JWK } from 'jose';
import { startEmbedded, type Embedded } from '../../cli/compose/start-embedded';
import { issueDevToken } from '../../gateway/auth/dev-issuer';
import { loadConfig, type Config } from '../../runtime/config';
import { silentLogger } from '../../runtime/logger';

/**
 * The whole embedded system, started for a test on a loopback port with its own data directory:
 * real HTTP, real SQLite, real signatures. `restart()` stops it and starts it again on the same data.
 */
export interface TestSystem {
  readonly url: string;
  readonly dataDir: string;
  readonly config: Config;
  readonly embedded: Embedded;
  token(clientId?: string): Promise<string>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestSystem(env: Record<string, string> = {}, dataDir?: string): Promise<TestSystem> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-e2e-'));
  const config = loadConfig({
    TONGBAN_DATA_DIR: dir,
    PORT: '0',
    TONGBAN_HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    TONGBAN_SIMULATOR_LATENCY_MS: '5',
    ...env,
  });
  let embedded = await startEmbedded(config, silentLogger());
  const system: TestSystem = {
    get url() {
      return embedded.gateway.url;
    },
    dataDir: dir,
    config,
    get embedded() {
      return embedded;
    },
    token: (clientId = 'demo-hall') => issueDevToken(dir, { clientId, audience: config.auth.audience }),
    async restart() {
      const port = embedded.gateway.port;
      await embedded.stop();
      embedded = await startEmbedded(loadConfig({ ...configEnv(config), PORT: String(port) }), silentLogger());
    },
    async stop() {
      await embedded.stop();
      if (dataDir === undefined) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return system;

  function configEnv(c: Config): Record<string, string> {
    return { TONGBAN_DATA_DIR: c.dataDir, TONGBAN_HOST: '127.0.0.1', LOG_LEVEL: 'silent', TONGBAN_SIMULATOR_LATENCY_MS: '5', ...env };
  }
}

export interface HttpAnswer<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export async function call<T = Record<string, unknown>>(
  system: { url: string },
  method: string,
  route: string,
  options: { token?: string; body?: unknown; rawBody?: string | Uint8Array; headers?: Record<string, string> } = {},
): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | Uint8Array | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  const response = await fetch(system.url + route, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON (e.g. metrics)
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

/** Number of events in the embedded log: the "nothing was written" check for refused requests. */
export async function countEvents(system: TestSystem): Promise<number> {
  let n = 0;
  for await (const _ of system.embedded.log.replay(await system.embedded.log.listTopics())) n += 1;
  return n;
}

/** Checks a record proof against the departments' JWKS as a caller would: with GET /v1/departments only. */
export async function verifyProofWithPublishedKeys(
  system: { url: string },
  proof: string,
  department: string,
): Promise<Record<string, unknown>> {
  const { body } = await call<{ departments: { id: string; jwks: { keys: JWK[] } }[] }>(system, 'GET', '/v1/departments');
  const jwks = body.departments.find((d) => d.id === department)?.jwks;
  if (jwks === undefined) throw new Error(`no JWKS published for ${department}`);
  const { payload } = await compactVerify(proof, createLocalJWKSet(jwks));
  return JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
}

export const DEMO_CITIZEN = '11010519491231002X';
export const DEMO_ENTERPRISE = '91350100M000100Y43';
export const UNKNOWN_CITIZEN = '440524188001010014';
