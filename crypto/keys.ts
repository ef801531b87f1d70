import fs from 'node:fs';
import path from 'node:path';
import { createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { TongbanError } from '../runtime/errors';

/**
 * Producer keys. Every producer of events (the gateway and each department) signs with its own ES256
 * key. A keys directory holds `<producer>.private.jwk.json` for each producer and `jwks.json`, the
 * public keys of all of them. `tongban keys init --dir` writes such a directory; in production a
 * process refuses to start without its own private key, and nothing is ever generated silently.
 */
export const ALG = 'ES256';

export interface SigningKey {
  readonly producer: string;
  readonly kid: string;
  readonly key: KeyObject;
}

export interface Jwks {
  keys: JWK[];
}

export interface KeyStore {
  /** The private key of a producer this process runs as. */
  signingKey(producer: string): SigningKey;
  /** A public key by key id, or undefined when no producer has it. */
  verificationKey(kid: string): KeyObject | undefined;
  /** The producer a key id belongs to. */
  producerOf(kid: string): string | undefined;
  /** Public keys, of one producer or of all. */
  jwks(producer?: string): Jwks;
}

const privateFile = (dir: string, producer: string): string => path.join(dir, `${producer}.private.jwk.json`);
const jwksFile = (dir: string): string => path.join(dir, 'jwks.json');

/** Writes fresh keys for the producers into dir, keeping keys that already exist there. */
export async function initKeys(dir: string, producers: readonly string[]): Promise<{ created: string[]; kept: string[] }> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const existing = readJwks(dir);
  const created: string[] = [];
  const kept: string[] = [];
  for (const producer of producers) {
    if (fs.existsSync(privateFile(dir, producer))) {
      kept.push(producer);
      continue;
    }
    const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
    const pub = await exportJWK(publicKey);
    const kid = `${producer}-${(await calculateJwkThumbprint(pub)).slice(0, 12)}`;
    const priv = { ...(await exportJWK(privateKey)), kid, alg: ALG, use: 'sig' };
    writeAtomically(privateFile(dir, producer), JSON.stringify(priv, null, 2), 0o600);
    existing.keys = existing.keys.filter((k) => !(k.kid ?? '').startsWith(`${producer}-`));
    existing.keys.push({ ...pub, kid, alg: ALG, use: 'sig' });
    created.push(producer);
  }
  writeAtomically(jwksFile(dir), JSON.stringify(existing, null, 2), 0o644);
  return { created, kept };
}

function readJwks(dir: string): Jwks {
  const file = jwksFile(dir);
  if (!fs.existsSync(file)) return { keys: [] };
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Jwks;
}

/** Write to a temporary file and rename, so a crash never leaves half a key behind. */
export function writeAtomically(file: string, content: string, mode: number): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content, { mode });
  fs.renameSync(tmp, file);
}

/**
 * Loads the public keys of all producers and the private keys of those this process signs for.
 * A missing private key is a start-up error that says which file and how to create it.
 */
export async function loadKeyStore(dir: string, signAs: readonly string[]): Promise<KeyStore> {
  if (!fs.existsSync(jwksFile(dir))) {
    throw new TongbanError('TB_KEY_MISSING', `no ${jwksFile(dir)}: create keys with \`tongban keys init --dir ${dir}\``);
  }
  const jwks = readJwks(dir);
  const publicKeys = new Map<string, { producer: string; key: KeyObject }>();
  for (const jwk of jwks.keys) {
    if (jwk.kid === undefined) continue;
    const producer = jwk.kid.replace(/-[A-Za-z0-9_-]{12}$/, '');
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') throw new TongbanError('TB_KEY_MISSING', `key ${jwk.kid} in ${jwksFile(dir)} is not an ES256 (P-256) key`);
    publicKeys.set(jwk.kid, { producer, key: createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }) });
  }
  const signing = new Map<string, SigningKey>();
  for (const producer of signAs) {
    const file = privateFile(dir, producer);
    if (!fs.existsSync(file)) {
      throw new TongbanError(
        'TB_KEY_MISSING',
        `no private key for producer "${producer}" at ${file}: create it with \`tongban keys init --dir ${dir}\``,
      );
    }
    const jwk = JSON.parse(fs.readFileSync(file, 'utf8')) as JWK;
    if (jwk.kid === undefined || !publicKeys.has(jwk.kid)) {
      throw new TongbanError('TB_KEY_MISSING', `the key in ${file} has no public counterpart in ${jwksFile(dir)}`);
    }
    signing.set(producer, { producer, kid: jwk.kid, key: createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' }) });
  }
  return {
    signingKey(producer) {
      const key = signing.get(producer);
      if (key === undefined) throw new TongbanError('TB_KEY_MISSING', `this process holds no key for "${producer}"`);
      return key;
    },
    verificationKey: (kid) => publicKeys.get(kid)?.key,
    producerOf: (kid) => publicKeys.get(kid)?.producer,
    jwks(producer) {
      const keys = jwks.keys.filter((k) => producer === undefined || (k.kid ?? '').startsWith(`${producer}-`));
      return { keys: keys.map((k) => ({ ...k })) };
    },
  };
}
