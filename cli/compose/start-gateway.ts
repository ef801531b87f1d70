import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ContractCatalog } from '../../catalog/contract-catalog';
import type { KeyStore } from '../../crypto/keys';
import type { EventLog } from '../../eventlog/event-log';
import { createEventProducer } from '../../eventlog/event-producer';
import { createApplicationService } from '../../gateway/application-service';
import { createAuthenticator, remoteIssuerKeys } from '../../gateway/auth/authenticator';
import { DEV_ISSUER, devIssuerKeys, ensureDevIssuer } from '../../gateway/auth/dev-issuer';
import { DEFAULT_RECORD_DELAY_MS, openCaseStore } from '../../gateway/case-store';
import { createCaseTracker } from '../../gateway/case-tracker';
import { createConsentVerifier } from '../../gateway/consent';
import { createGatewayApp } from '../../gateway/http/app';
import { createHttpServer } from '../../gateway/http/http-server';
import { buildOpenApi } from '../../gateway/openapi';
import { createRecordVerifier } from '../../gateway/record-verifier';
import type { Clock } from '../../runtime/clock';
import { DEPARTMENT_IDS, type Config } from '../../runtime/config';
import type { Logger } from '../../runtime/logger';
import type { Metrics } from '../../runtime/metrics';
import { VERSION } from '../version';
import { chainInstance } from './chain-instance';

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  /** Stop taking requests, let in-flight ones finish, stop consuming, close the case store. */
  stop(): Promise<void>;
}

export interface GatewayParts {
  readonly config: Config;
  readonly log: EventLog;
  readonly keys: KeyStore;
  readonly catalog: ContractCatalog;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly clock: Clock;
  /** Embedded mode may use the dev issuer when no outside identity provider is configured. */
  readonly embedded: boolean;
  /** Which of the gateway's events something in this process checks (event-producer.ts). */
  readonly checkedHere?: (type: string) => boolean;
}

export async function startGateway(parts: GatewayParts): Promise<RunningGateway> {
  const { config, log, keys, catalog, logger, metrics, clock } = parts;
  let keySource;
  let issuer: string;
  if (config.auth.jwksUrl !== undefined && config.auth.issuer !== undefined) {
    keySource = remoteIssuerKeys(config.auth.jwksUrl);
    issuer = config.auth.issuer;
  } else if (parts.embedded && config.mode === 'development') {
    await ensureDevIssuer(config.dataDir);
    keySource = devIssuerKeys(config.dataDir);
    issuer = DEV_ISSUER;
    logger.warn({ issuer }, 'no outside identity provider configured: accepting tokens of the embedded dev issuer (`tongban token <client-id>`)');
  } else {
    throw new Error('the gateway needs TONGBAN_AUTH_ISSUER and TONGBAN_AUTH_JWKS_URL outside the embedded development mode');
  }

  const producer = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: chainInstance(config), clock, ...(parts.checkedHere ? { checkedHere: parts.checkedHere } : {}) });
  // On Kafka a partition's next batch is fetched only once every answer of the last one is
  // acknowledged (kafka-batch.ts): a record waiting to be written would hold back the answers after it.
  const store = openCaseStore(path.join(config.dataDir, `cases-${config.instanceId}.db`), {
    recordDelayMs: config.kafkaBrokers === undefined ? DEFAULT_RECORD_DELAY_MS : 0,
  });
  const tracker = createCaseTracker({
    log,
    store,
    producer,
    verify: createRecordVerifier({ catalog, keys }),
    departments: DEPARTMENT_IDS,
    clock,
    logger,
    metrics,
    instanceId: config.instanceId,
  });
  await tracker.start();
  const service = createApplicationService({ catalog, producer, store, tracker, consent: createConsentVerifier(keys, clock), clock, instanceId: config.instanceId });
  let shuttingDown = false;
  const app = createGatewayApp({
    catalog,
    store,
    tracker,
    service,
    authenticator: createAuthenticator({ issuer, audience: config.auth.audience, keys: keySource, catalog, clock }),
    keys,
    log,
    metrics,
    logger,
    clock,
    openapi: buildOpenApi(catalog.schemas, VERSION),
    maxWaitSeconds: config.maxWaitSeconds,
    bodyLimitBytes: config.bodyLimitBytes,
    rateLimitPerMinute: config.rateLimitPerMinute,
    isShuttingDown: () => shuttingDown,
  });
  const server = createHttpServer(app);
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000 + config.maxWaitSeconds * 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  logger.info({ port, host: config.host, instance: config.instanceId }, `gateway listening on http://${host}:${port}`);

  return {
    url: `http://${host}:${port}`,
    port,
    async stop() {
      shuttingDown = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Long waits (Prefer: wait, event streams) are cut after a short grace; their cases live on in the log.
      const force = setTimeout(() => server.closeAllConnections(), 3_000);
      await closed;
      clearTimeout(force);
      await tracker.stop();
      await store.close();
    },
  };
}
