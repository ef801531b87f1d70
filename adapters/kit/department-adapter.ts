import type { Subject } from '../../identity/subject';
import type { NativeRequest, NativeResponse, NativeSystem } from './native-system';

/**
 * The extension point for a department. An adapter knows one thing: how to ask its department's
 * native system for a record and how to translate the answer into the canonical record of the
 * record type's schema (schemas/records/<department>/<type>.v1.schema.json). Everything else —
 * consuming requests, verifying the gateway's signature, retries, the circuit breaker, keeping only
 * the granted fields, schema validation, signing, publishing, dead letters — is the adapter kit's
 * job (adapters/kit/adapter-runner.ts) and is the same for every department.
 *
 * Every adapter runs the shared conformance suite (test/conformance/department-adapter.conformance.ts).
 */
export interface LookupRequest {
  readonly recordType: string;
  readonly subject: Subject;
  /** For the native system's own access log, where it keeps one. */
  readonly requestId: string;
}

export type LookupOutcome =
  | { readonly kind: 'found'; readonly record: Readonly<Record<string, unknown>> }
  | { readonly kind: 'not-found' }
  /** The department's own rules forbid the disclosure (e.g. a sealed record). */
  | { readonly kind: 'refused'; readonly reason: string };

export interface DepartmentAdapter {
  readonly department: string;
  /** Record types this adapter can produce, each with a schema under schemas/records/<department>/. */
  readonly recordTypes: readonly string[];
  /**
   * Looks the subject up and returns the complete canonical record. Throws NativeSystemError when
   * the native system cannot answer (retriable or not); never returns partial garbage.
   */
  lookup(request: LookupRequest, signal?: AbortSignal): Promise<LookupOutcome>;
}

/** Each department folder exports one of these: how to build its adapter and its simulator. */
export interface DepartmentModule {
  readonly department: string;
  createAdapter(native: NativeSystem): DepartmentAdapter;
  createSimulator(options: SimulatorOptions): NativeSystem;
  /** The simulator's legacy system alone, without latency or faults: what the simulator thread runs. */
  simulatedDepartment(): SimulatedDepartment;
}

/** A simulated legacy system: the one part of a simulator that is the department's own (its format). */
export interface SimulatedDepartment {
  readonly department: string;
  /** Answers one request in the department's native format; `corrupt` asks for a schema-breaking value. */
  answer(request: NativeRequest, context: { readonly corrupt: boolean }): NativeResponse;
  /** The 503 the department's gateway sends while the system is down. */
  unavailable(): NativeResponse;
}

/**
 * Renders simulated answers away from the calling thread (adapters/simulator-thread.ts), as
 * a real department's system would answer from a machine of its own.
 */
export interface AnswerRenderer {
  answer(department: string, request: NativeRequest, corrupt: boolean): Promise<NativeResponse>;
}

export interface SimulatorOptions {
  /** Mean answer time of the simulated legacy system, in milliseconds. */
  readonly latencyMs: number;
  /** Fault injection for tests and drills; all off by default. */
  readonly faults?: SimulatorFaults;
  /** Where answers are rendered; on the calling thread when absent. Latency and faults stay with the caller. */
  readonly renderer?: AnswerRenderer;
}

/** Mutable on purpose: the simulator reads them on every request, so a test or a drill can flip them live. */
export interface SimulatorFaults {
  /** Answer every request with HTTP 503. */
  down?: boolean;
  /** Never answer (the request hangs until aborted). */
  hang?: boolean;
  /** Answer with a record that breaks the canonical schema after translation. */
  corrupt?: boolean;
}
