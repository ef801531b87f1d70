import path from 'node:path';
import fs from 'node:fs';
import { initKeys, loadKeyStore, type KeyStore } from '../../crypto/keys';
import { DEPARTMENT_IDS, type Config } from '../../runtime/config';
import { TongbanError } from '../../runtime/errors';
import type { Logger } from '../../runtime/logger';

/** Every producer that signs events or proofs, and the consent service that signs consent tokens. */
export const PRODUCERS = ['gateway', ...DEPARTMENT_IDS, 'consent'] as const;

/**
 * Where keys come from. TONGBAN_KEYS_DIR when set (production requires it). Otherwise, in development
 * only, `<data dir>/keys`, created on first start with a warning in the log: convenient for a
 * newcomer, and never silent, never in production.
 */
export async function loadKeys(config: Config, signAs: readonly string[], logger: Logger): Promise<KeyStore> {
  if (config.keysDir !== undefined) return loadKeyStore(config.keysDir, signAs);
  if (config.mode === 'production') {
    throw new TongbanError('TB_KEY_MISSING', 'production mode needs TONGBAN_KEYS_DIR (create it with `tongban keys init --dir <dir>`)');
  }
  const dir = path.join(config.dataDir, 'keys');
  if (!fs.existsSync(path.join(dir, 'jwks.json'))) {
    const { created } = await initKeys(dir, PRODUCERS);
    logger.warn({ dir, created }, 'development mode: generated signing keys in the data directory; production needs TONGBAN_KEYS_DIR');
  }
  return loadKeyStore(dir, signAs);
}
