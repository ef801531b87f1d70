import { Counter, Histogram, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics, one registry per process (or per test), passed to the components that record
 * into it. Names follow Prometheus conventions: `tongban_` prefix, unit suffix, `_total` counters.
 * Labels are bounded sets (department, matter, status): never an id or a subject.
 */
export interface Metrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly applications: Counter<'matter' | 'status'>;
  readonly applicationDuration: Histogram<'matter'>;
  readonly openApplications: Gauge;
  readonly records: Counter<'department' | 'status'>;
  readonly departmentAnswer: Histogram<'department'>;
  readonly adapterRequests: Counter<'department' | 'outcome'>;
  readonly nativeLatency: Histogram<'department'>;
  readonly circuitOpen: Gauge<'department'>;
  readonly deadLetters: Counter<'rejected_by'>;
}

const MS_BUCKETS = [5, 10, 25, 50, 75, 100, 150, 250, 500, 1000, 2500, 5000, 10000, 30000];

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'tongban_' });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({ name: 'tongban_http_requests_total', help: 'HTTP requests answered', labelNames: ['method', 'route', 'status'], registers }),
    httpDuration: new Histogram({ name: 'tongban_http_request_duration_ms', help: 'HTTP answer time', labelNames: ['method', 'route'], buckets: MS_BUCKETS, registers }),
    applications: new Counter({ name: 'tongban_applications_total', help: 'Cases by final status', labelNames: ['matter', 'status'], registers }),
    applicationDuration: new Histogram({ name: 'tongban_application_duration_ms', help: 'Time from submission to a closed dossier', labelNames: ['matter'], buckets: MS_BUCKETS, registers }),
    openApplications: new Gauge({ name: 'tongban_applications_open', help: 'Cases still waiting for departments', registers }),
    records: new Counter({ name: 'tongban_records_total', help: 'Records received by the gateway, by outcome', labelNames: ['department', 'status'], registers }),
    departmentAnswer: new Histogram({ name: 'tongban_department_answer_ms', help: 'Time from request to a department answer at the gateway', labelNames: ['department'], buckets: MS_BUCKETS, registers }),
    adapterRequests: new Counter({ name: 'tongban_adapter_requests_total', help: 'Requests handled by adapters, by outcome', labelNames: ['department', 'outcome'], registers }),
    nativeLatency: new Histogram({ name: 'tongban_native_call_ms', help: 'Native system call time', labelNames: ['department'], buckets: MS_BUCKETS, registers }),
    circuitOpen: new Gauge({ name: 'tongban_circuit_open', help: '1 while the circuit to a department is open', labelNames: ['department'], registers }),
    deadLetters: new Counter({ name: 'tongban_dead_letters_total', help: 'Events sent to the dead-letter topic', labelNames: ['rejected_by'], registers }),
  };
}
