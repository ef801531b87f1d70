import type { Consumer, ContractCatalog } from '../../catalog/contract-catalog';
import type { KeyStore } from '../../crypto/keys';
import type { EventLog } from '../../eventlog/event-log';
import type { Clock } from '../../runtime/clock';
import type { Logger } from '../../runtime/logger';
import type { Metrics } from '../../runtime/metrics';
import type { ApplicationService } from '../application-service';
import type { Authenticator } from '../auth/authenticator';
import type { CaseStore } from '../case-store';
import type { CaseTracker } from '../case-tracker';
import type { RequestLogger } from './request-logger';

/** What the HTTP layer is given: every collaborator passed in, nothing reached for globally. */
export interface GatewayDeps {
  readonly catalog: ContractCatalog;
  readonly store: CaseStore;
  readonly tracker: CaseTracker;
  readonly service: ApplicationService;
  readonly authenticator: Authenticator;
  readonly keys: KeyStore;
  readonly log: EventLog;
  readonly metrics: Metrics;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly openapi: Readonly<Record<string, unknown>>;
  readonly maxWaitSeconds: number;
  readonly bodyLimitBytes: number;
  readonly rateLimitPerMinute: number;
  isShuttingDown(): boolean;
}

/** What authentication leaves on `res.locals` for the route handlers. */
export interface Locals {
  consumer: Consumer;
  log: RequestLogger;
}
