import { timeLimit } from './time-limit';

/**
 * How an adapter reaches its department's own (legacy) system. A native system speaks its own format
 * over HTTP; the same interface is served in-process by the built-in simulator, or over the network by
 * `tongban simulate <dept>` or the real department system.
 */
export interface NativeRequest {
  readonly method: 'GET' | 'POST';
  /** Path with a leading slash, e.g. `/hukou/query`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly contentType?: string;
}

export interface NativeResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

export interface NativeSystem {
  handle(request: NativeRequest, signal?: AbortSignal): Promise<NativeResponse>;
}

/**
 * A failure to get an answer out of the native system. Retriable failures (time-outs, 5xx, refused
 * connections) are tried again with backoff; the others become a `data.failed` record at once.
 */
export class NativeSystemError extends Error {
  readonly retriable: boolean;
  constructor(message: string, options: { retriable: boolean; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NativeSystemError';
    this.retriable = options.retriable;
  }
}

/** Builds the URL path and query of a native request, as both transports need it. */
export function requestUrl(request: NativeRequest): string {
  const query = new URLSearchParams(request.query ?? {}).toString();
  return query === '' ? request.path : `${request.path}?${query}`;
}

/** Calls a native system over HTTP. */
export function httpNativeSystem(baseUrl: string, timeoutMs = 10_000): NativeSystem {
  const base = baseUrl.replace(/\/$/, '');
  return {
    async handle(request, signal) {
      // The caller's signal and our own time limit, whichever comes first.
      const limit = timeLimit(timeoutMs, `no answer within ${timeoutMs} ms`, signal);
      try {
        let response: Response;
        try {
          response = await fetch(base + requestUrl(request), {
            method: request.method,
            ...(request.body === undefined ? {} : { body: request.body }),
            headers: request.contentType === undefined ? {} : { 'content-type': request.contentType },
            signal: limit.signal,
          });
        } catch (error) {
          throw new NativeSystemError(`native system unreachable: ${(error as Error).message}`, { retriable: true, cause: error });
        }
        const body = await response.text();
        if (response.status >= 500) {
          throw new NativeSystemError(`native system answered ${response.status}`, { retriable: true });
        }
        return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
      } finally {
        limit.done();
      }
    },
  };
}
