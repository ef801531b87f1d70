/**
 * The one error catalogue. Every error Tongban raises on purpose has a stable code here, the HTTP
 * status it maps to, and whether trying again can help. Codes never change meaning once published:
 * callers and dashboards key on them. HTTP answers render these as RFC 9457 problem documents.
 */

export interface ErrorSpec {
  readonly status: number;
  readonly title: string;
  readonly retriable: boolean;
}

export const ERRORS = {
  // 400 family: the caller's request is wrong and will stay wrong.
  TB_MALFORMED_JSON: { status: 400, title: 'Request body is not valid JSON', retriable: false },
  TB_INVALID_REQUEST: { status: 400, title: 'Request failed validation', retriable: false },
  TB_INVALID_SUBJECT: { status: 400, title: 'Subject identifier is invalid', retriable: false },
  TB_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Request body must be application/json', retriable: false },
  TB_BODY_TOO_LARGE: { status: 413, title: 'Request body is too large', retriable: false },
  TB_UNAUTHENTICATED: { status: 401, title: 'Authentication required', retriable: false },
  TB_FORBIDDEN: { status: 403, title: 'Not permitted by the consumer contract', retriable: false },
  TB_CONSENT_REQUIRED: { status: 403, title: 'Citizen consent is required for this matter', retriable: false },
  TB_UNKNOWN_MATTER: { status: 422, title: 'Unknown matter', retriable: false },
  TB_NOT_FOUND: { status: 404, title: 'Resource not found', retriable: false },
  TB_METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed', retriable: false },
  TB_IDEMPOTENCY_CONFLICT: { status: 422, title: 'Idempotency-Key was already used with a different request', retriable: false },
  TB_RATE_LIMITED: { status: 429, title: 'Too many requests', retriable: true },
  // 5xx family: our side; retriable ones carry a Retry-After hint.
  TB_LOG_UNAVAILABLE: { status: 503, title: 'Event log is unavailable', retriable: true },
  TB_SHUTTING_DOWN: { status: 503, title: 'Server is shutting down', retriable: true },
  TB_INTERNAL: { status: 500, title: 'Internal error', retriable: false },
  // Not HTTP-facing: start-up and tooling.
  TB_CONFIG_INVALID: { status: 500, title: 'Configuration is invalid', retriable: false },
  TB_CONTRACT_INVALID: { status: 500, title: 'Contract file is invalid', retriable: false },
  TB_KEY_MISSING: { status: 500, title: 'Signing key is missing', retriable: false },
  TB_SIGNATURE_INVALID: { status: 500, title: 'Signature does not verify', retriable: false },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/** One failing field of a validation error, listed in the problem document's `errors` member. */
export interface FieldError {
  /** JSON Pointer into the request body (RFC 6901), '' for the whole body. */
  readonly pointer: string;
  readonly detail: string;
}

export class TongbanError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retriable: boolean;
  readonly errors: readonly FieldError[];
  /** Seconds after which a retriable request may be tried again (Retry-After). */
  readonly retryAfter: number | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { errors?: readonly FieldError[]; retryAfter?: number; cause?: unknown } = {},
  ) {
    const spec: ErrorSpec = ERRORS[code];
    super(detail ?? spec.title, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TongbanError';
    this.code = code;
    this.status = spec.status;
    this.retriable = spec.retriable;
    this.errors = options.errors ?? [];
    this.retryAfter = options.retryAfter;
  }
}

export function isTongbanError(value: unknown): value is TongbanError {
  return value instanceof TongbanError;
}

/** Problem type URIs are stable and documented; they resolve to the README's error table. */
export function problemType(code: ErrorCode): string {
  return `https://tongban.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}
