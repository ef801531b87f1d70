/**
 * Serves any NativeSystem over plain HTTP, so a simulator can stand in for a department's real system
 * across the network (`tongban simulate <dept>`) and adapters can be tested through httpNativeSystem.
 * The request is passed through unchanged (method, path, query, body, content type); when the client
 * disconnects, the native call's AbortSignal fires so a hanging simulator stops waiting.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NativeSystemError, type NativeRequest, type NativeSystem } from '../kit/native-system';

export interface ServedNativeSystem {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1 << 20;

class BodyTooLarge extends Error {}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge(`request body over ${MAX_BODY_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

async function answer(system: NativeSystem, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const controller = new AbortController();
  // 'close' before the response finished means the client went away: stop the native call.
  response.on('close', () => {
    if (!response.writableFinished) controller.abort(new Error('client disconnected'));
  });
  try {
    const method = request.method;
    if (method !== 'GET' && method !== 'POST') {
      response.setHeader('allow', 'GET, POST');
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const body = await readBody(request);
    const query = Object.fromEntries(url.searchParams);
    const contentType = request.headers['content-type'];
    const native: NativeRequest = {
      method,
      path: url.pathname,
      ...(Object.keys(query).length > 0 ? { query } : {}),
      ...(body === '' ? {} : { body }),
      ...(contentType === undefined ? {} : { contentType }),
    };
    const result = await system.handle(native, controller.signal);
    if (controller.signal.aborted) return;
    send(response, result.status, result.contentType, result.body);
  } catch (error) {
    if (controller.signal.aborted || response.headersSent) {
      response.destroy();
      return;
    }
    if (error instanceof BodyTooLarge) {
      send(response, 413, 'text/plain; charset=utf-8', error.message);
      return;
    }
    // A failing native system is a gateway problem to the caller: 502 tells it to try again later.
    const retriable = !(error instanceof NativeSystemError) || error.retriable;
    send(response, retriable ? 502 : 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
  }
}

export async function serveNativeSystem(system: NativeSystem, port: number, host = '127.0.0.1'): Promise<ServedNativeSystem> {
  const server = http.createServer((request, response) => {
    void answer(system, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    port: address.port,
    url: `http://${urlHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // Hanging requests would otherwise keep close() waiting forever.
        server.closeAllConnections();
      }),
  };
}
