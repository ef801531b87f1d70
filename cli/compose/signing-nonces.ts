import { holdNonceSupply } from '../../crypto/es256-online';
import type { Config } from '../../runtime/config';
import type { Logger } from '../../runtime/logger';

/**
 * Holds this process's signing nonces (crypto/es256-online.ts) while a role that signs runs, unless
 * TONGBAN_SIGNING_NONCES=off. Returns what lets go of them, for the role's stop.
 */
export function holdSigningNonces(config: Config, logger: Logger): () => Promise<void> {
  return holdNonceSupply({
    enabled: config.signingNonces,
    onError: (error) => logger.error({ err: error }, 'the signing nonce worker failed: signatures are made on the thread pool from now on'),
  });
}
