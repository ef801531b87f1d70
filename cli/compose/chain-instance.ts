import { randomBytes } from 'node:crypto';
import type { Config } from '../../runtime/config';

/**
 * The instance part of an event source (`/tongban/<producer>/<instance>`), which names one hash chain.
 * The embedded engine finds a source's newest event, so a restarted process continues its chain under
 * the same name. Kafka cannot find it cheaply, so there every process run starts a chain of its own,
 * named after the configured instance plus a boot id: two runs never write the same seq twice.
 */
const bootId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export function chainInstance(config: Config): string {
  return config.kafkaBrokers === undefined ? config.instanceId : `${config.instanceId}-${bootId}`.slice(0, 63);
}
