import http from 'node:http';
import https from 'node:https';

/**
 * The load generator's HTTP client: node:http over a keep-alive pool, one socket per concurrent
 * client. Measured on the benchmark machine, `fetch` (undici) spent ~2.4 ms of CPU per request against
 * ~0.8 ms here; the generator shares the two cores with the server, so a heavy client would be measured
 * as server slowness.
 */
export interface JsonResponse<T> {
  readonly status: number;
  readonly body: T;
}

export interface JsonClient {
  post<T>(path: string, body: unknown, headers: Record<string, string>): Promise<JsonResponse<T>>;
  /**
   * Opens the pool's sockets before a phase that needs them all, with as many GETs of `path` at once.
   * Node accepts one new connection per turn of its event loop (libuv since 1.45), so a server that is
   * already saturated takes seconds to accept a burst of them: a closed loop that opened its sockets
   * as it went measured that, not the server's steady state (p99 of 5–10 s, bench/README.md).
   */
  connect(path: string): Promise<void>;
  close(): void;
}

export function createJsonClient(baseUrl: string, sockets: number): JsonClient {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the benchmark speaks HTTP or HTTPS, not ${url.protocol}//`);
  const transport = url.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({ keepAlive: true, maxSockets: sockets });
  // Where every request goes, and through which pool.
  const target = (path: string) => ({ host: url.hostname, port: url.port || (url.protocol === 'https:' ? 443 : 80), path: `${url.pathname.replace(/\/$/, '')}${path}`, agent });
  return {
    post<T>(path: string, body: unknown, headers: Record<string, string>) {
      const payload = Buffer.from(JSON.stringify(body));
      return new Promise<JsonResponse<T>>((resolve, reject) => {
        const request = transport.request(
          {
            ...target(path),
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json', 'content-length': String(payload.length) },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
              try {
                resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as T });
              } catch (error) {
                reject(new Error(`${path} answered ${response.statusCode} with a body that is not JSON: ${String(error)}`));
              }
            });
          },
        );
        request.on('error', reject);
        request.end(payload);
      });
    },
    async connect(path) {
      const open = (): Promise<void> =>
        new Promise((resolve, reject) => {
          const request = transport.get(target(path), (response) => {
            response.resume();
            response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`${path} answered ${response.statusCode}`))));
          });
          request.on('error', reject);
        });
      await Promise.all(Array.from({ length: sockets }, open));
    },
    close: () => agent.destroy(),
  };
}
