import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createJsonClient } from '../../bench/http-client';

/**
 * The benchmark's client opens all its sockets before a saturation phase (`connect`), and then reuses
 * them: the phase measures the server's steady state, not how fast it accepts a burst of connections.
 */
describe("the benchmark's HTTP client", () => {
  let server: http.Server;
  let url: string;
  let connections = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url === '/missing') res.writeHead(404).end();
        else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, url: req.url }));
      });
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('connect opens one socket per client up front; the cases that follow open none', async () => {
    const client = createJsonClient(url, 12);
    try {
      const before = connections;
      await client.connect('/healthz');
      expect(connections - before).toBe(12);
      const answers = await Promise.all(Array.from({ length: 12 }, () => client.post<{ method: string }>('/v1/applications', { a: 1 }, {})));
      expect(answers.map((a) => a.body.method)).toEqual(Array.from({ length: 12 }, () => 'POST'));
      expect(connections - before).toBe(12);
    } finally {
      client.close();
    }
  });

  test('connect fails when the path does not answer 200', async () => {
    const client = createJsonClient(url, 2);
    try {
      await expect(client.connect('/missing')).rejects.toThrow('/missing answered 404');
    } finally {
      client.close();
    }
  });
});
