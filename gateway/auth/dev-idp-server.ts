import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ensureDevIssuer, issueDevToken } from './dev-issuer';

/**
 * A development identity provider as its own process (`tongban idp`): it publishes the dev issuer's
 * JWKS at /.well-known/jwks.json and issues tokens at POST /token (client_id=<consumer>). Distributed
 * gateways trust it through TONGBAN_AUTH_ISSUER / TONGBAN_AUTH_JWKS_URL exactly as they would trust a
 * real provider; it refuses to run in production mode.
 */
export async function serveDevIdp(options: { dataDir: string; port: number; host: string; audience: string }): Promise<{ port: number; close(): Promise<void> }> {
  await ensureDevIssuer(options.dataDir);
  const jwks = fs.readFileSync(path.join(options.dataDir, 'dev-issuer', 'jwks.json'), 'utf8');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://idp');
    if (req.method === 'GET' && url.pathname === '/.well-known/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'max-age=60' }).end(jwks);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/token') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
        if (body.length > 4096) req.destroy();
      });
      req.on('end', () => {
        const clientId = new URLSearchParams(body).get('client_id') ?? url.searchParams.get('client_id') ?? '';
        if (!/^[a-z][a-z0-9-]{1,62}$/.test(clientId)) {
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_client' }));
          return;
        }
        issueDevToken(options.dataDir, { clientId, audience: options.audience }).then(
          (token) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600 })),
          () => res.writeHead(500).end(),
        );
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not_found' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
