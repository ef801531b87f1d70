import path from 'node:path';
import Ajv from 'ajv';
import { TongbanError } from './errors';
import { DEFAULT_CONTRACTS_DIR } from './paths';

/**
 * Configuration comes from the environment only. It is read once, checked against the schema below,
 * and frozen: nothing reads process.env after start-up. Every variable is documented in the README's
 * configuration table, with the default given here.
 */
export const DEPARTMENT_IDS = ['police', 'commerce', 'tax', 'social-security', 'civil-affairs'] as const;
export type DepartmentId = (typeof DEPARTMENT_IDS)[number];

export interface Config {
  readonly mode: 'development' | 'production';
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly contractsDir: string;
  readonly keysDir: string | undefined;
  readonly kafkaBrokers: readonly string[] | undefined;
  readonly kafkaClientId: string;
  readonly instanceId: string;
  readonly auth: {
    readonly issuer: string | undefined;
    readonly audience: string;
    readonly jwksUrl: string | undefined;
  };
  readonly logLevel: string;
  readonly maxWaitSeconds: number;
  readonly bodyLimitBytes: number;
  readonly rateLimitPerMinute: number;
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
  /** Simulated per-department latency of the built-in legacy systems, in milliseconds. */
  readonly simulatorLatencyMs: Readonly<Record<DepartmentId, number>>;
  /** Whether the built-in simulators render their answers on a thread of their own (adapters/simulator-thread.ts). */
  readonly simulatorThread: boolean;
  /** Whether signatures use ECDSA nonces made ahead of time on a worker thread (crypto/es256-online.ts). */
  readonly signingNonces: boolean;
  /** Native endpoint per department; absent means the adapter serves from its built-in simulator. */
  readonly nativeEndpoints: Readonly<Partial<Record<DepartmentId, string>>>;
}

/** Realistic defaults: a household register lookup is the slowest, a licence lookup the fastest. */
export const DEFAULT_SIMULATOR_LATENCY_MS: Readonly<Record<DepartmentId, number>> = Object.freeze({
  police: 60,
  commerce: 25,
  tax: 45,
  'social-security': 35,
  'civil-affairs': 30,
});

const envSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    TONGBAN_MODE: { enum: ['development', 'production'] },
    NODE_ENV: { type: 'string' },
    TONGBAN_HOST: { type: 'string', minLength: 1 },
    PORT: { type: 'string', pattern: '^[0-9]{1,5}$' },
    TONGBAN_DATA_DIR: { type: 'string', minLength: 1 },
    TONGBAN_CONTRACTS_DIR: { type: 'string', minLength: 1 },
    TONGBAN_KEYS_DIR: { type: 'string', minLength: 1 },
    TONGBAN_KAFKA_BROKERS: { type: 'string', pattern: '^[^,\\s]+:[0-9]+(,[^,\\s]+:[0-9]+)*$' },
    TONGBAN_KAFKA_CLIENT_ID: { type: 'string', minLength: 1 },
    TONGBAN_INSTANCE_ID: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}$' },
    TONGBAN_AUTH_ISSUER: { type: 'string', minLength: 1 },
    TONGBAN_AUTH_AUDIENCE: { type: 'string', minLength: 1 },
    TONGBAN_AUTH_JWKS_URL: { type: 'string', pattern: '^https?://' },
    LOG_LEVEL: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] },
    TONGBAN_MAX_WAIT_SECONDS: { type: 'string', pattern: '^[0-9]{1,3}$' },
    TONGBAN_BODY_LIMIT_BYTES: { type: 'string', pattern: '^[0-9]{3,8}$' },
    TONGBAN_RATE_LIMIT_PER_MINUTE: { type: 'string', pattern: '^[0-9]{1,7}$' },
    TONGBAN_SQLITE_SYNCHRONOUS: { enum: ['FULL', 'NORMAL'] },
    TONGBAN_SIMULATOR_LATENCY_MS: {
      type: 'string',
      pattern: '^([a-z-]+=[0-9]{1,6})(,[a-z-]+=[0-9]{1,6})*$|^[0-9]{1,6}$',
    },
    TONGBAN_SIMULATOR_THREAD: { enum: ['on', 'off'] },
    TONGBAN_SIGNING_NONCES: { enum: ['on', 'off'] },
  },
} as const;

function parseLatency(raw: string | undefined): Record<DepartmentId, number> {
  const out: Record<DepartmentId, number> = { ...DEFAULT_SIMULATOR_LATENCY_MS };
  if (raw === undefined) return out;
  if (/^[0-9]+$/.test(raw)) {
    for (const d of DEPARTMENT_IDS) out[d] = Number(raw);
    return out;
  }
  for (const pair of raw.split(',')) {
    const [name, value] = pair.split('=') as [string, string];
    if (!(DEPARTMENT_IDS as readonly string[]).includes(name)) {
      throw new TongbanError('TB_CONFIG_INVALID', `TONGBAN_SIMULATOR_LATENCY_MS: unknown department "${name}"`);
    }
    out[name as DepartmentId] = Number(value);
  }
  return out;
}

function envKeyFor(department: DepartmentId): string {
  return `TONGBAN_${department.toUpperCase().replace(/-/g, '_')}_ENDPOINT`;
}

/** Reads and validates the environment. Throws TB_CONFIG_INVALID naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(envSchema);
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  if (!validate(present)) {
    const lines = (validate.errors ?? []).map((e) => {
      const variable = e.instancePath.replace(/^\//, '');
      return `${variable}: ${e.message ?? 'invalid'} (got ${JSON.stringify(present[variable])})`;
    });
    throw new TongbanError('TB_CONFIG_INVALID', `invalid configuration: ${lines.join('; ')}`);
  }
  const get = (name: string): string | undefined => present[name] as string | undefined;

  const port = Number(get('PORT') ?? '8080');
  if (port > 65535) throw new TongbanError('TB_CONFIG_INVALID', `PORT: must be at most 65535 (got ${port})`);
  const mode =
    (get('TONGBAN_MODE') as Config['mode'] | undefined) ??
    (get('NODE_ENV') === 'production' ? 'production' : 'development');
  const dataDir = path.resolve(get('TONGBAN_DATA_DIR') ?? './data');
  const brokers = get('TONGBAN_KAFKA_BROKERS')?.split(',');
  const endpoints: Partial<Record<DepartmentId, string>> = {};
  for (const d of DEPARTMENT_IDS) {
    const url = get(envKeyFor(d));
    if (url === undefined) continue;
    if (!/^https?:\/\//.test(url)) {
      throw new TongbanError('TB_CONFIG_INVALID', `${envKeyFor(d)}: must be an http(s) URL (got ${JSON.stringify(url)})`);
    }
    endpoints[d] = url;
  }
  const auth = {
    issuer: get('TONGBAN_AUTH_ISSUER'),
    audience: get('TONGBAN_AUTH_AUDIENCE') ?? 'tongban',
    jwksUrl: get('TONGBAN_AUTH_JWKS_URL'),
  };
  if ((auth.issuer === undefined) !== (auth.jwksUrl === undefined)) {
    throw new TongbanError(
      'TB_CONFIG_INVALID',
      'TONGBAN_AUTH_ISSUER and TONGBAN_AUTH_JWKS_URL must be set together (an outside identity provider needs both)',
    );
  }
  if (mode === 'production' && auth.jwksUrl === undefined) {
    throw new TongbanError(
      'TB_CONFIG_INVALID',
      'production mode needs an outside identity provider: set TONGBAN_AUTH_ISSUER and TONGBAN_AUTH_JWKS_URL',
    );
  }
  const keysDir = get('TONGBAN_KEYS_DIR');
  if (mode === 'production' && keysDir === undefined) {
    throw new TongbanError('TB_CONFIG_INVALID', 'production mode needs TONGBAN_KEYS_DIR (written by `tongban keys init`)');
  }

  const config: Config = {
    mode,
    host: get('TONGBAN_HOST') ?? '0.0.0.0',
    port,
    dataDir,
    contractsDir: path.resolve(get('TONGBAN_CONTRACTS_DIR') ?? DEFAULT_CONTRACTS_DIR),
    keysDir: keysDir === undefined ? undefined : path.resolve(keysDir),
    kafkaBrokers: brokers,
    kafkaClientId: get('TONGBAN_KAFKA_CLIENT_ID') ?? 'tongban',
    instanceId: get('TONGBAN_INSTANCE_ID') ?? (brokers === undefined ? 'embedded' : `i${process.pid}-${Date.now().toString(36)}`),
    auth,
    logLevel: get('LOG_LEVEL') ?? 'info',
    maxWaitSeconds: Number(get('TONGBAN_MAX_WAIT_SECONDS') ?? '60'),
    bodyLimitBytes: Number(get('TONGBAN_BODY_LIMIT_BYTES') ?? '16384'),
    rateLimitPerMinute: Number(get('TONGBAN_RATE_LIMIT_PER_MINUTE') ?? '600'),
    sqliteSynchronous: (get('TONGBAN_SQLITE_SYNCHRONOUS') as Config['sqliteSynchronous'] | undefined) ?? 'NORMAL',
    simulatorLatencyMs: Object.freeze(parseLatency(get('TONGBAN_SIMULATOR_LATENCY_MS'))),
    simulatorThread: get('TONGBAN_SIMULATOR_THREAD') !== 'off',
    signingNonces: get('TONGBAN_SIGNING_NONCES') !== 'off',
    nativeEndpoints: Object.freeze(endpoints),
  };
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
