import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import express from 'express';
import { createHttpServer } from '../../gateway/http/http-server';
import { sameHiddenClass as sameMap } from '../support/hidden-class';

/**
 * The gateway's server makes each request and response with Express's prototypes, so Express's own
 * Object.setPrototypeOf finds nothing to change (http-server.ts says why that matters), and they still
 * are what Node and Express make of them.
 */
describe('the gateway HTTP server', () => {
  let server: http.Server;
  let url: string;
  let app: express.Express;
  let before: { request: boolean; response: boolean } | undefined;
  const made: { req: http.IncomingMessage; res: http.ServerResponse }[] = [];

  beforeAll(async () => {
    app = express();
    app.use(express.json());
    app.post('/echo/:name', (req, res) => {
      res.status(201).json({
        name: req.params.name,
        body: req.body as unknown,
        header: req.get('x-probe'),
        isRequest: req instanceof http.IncomingMessage,
        isResponse: res instanceof http.ServerResponse,
      });
    });
    server = createHttpServer(app);
    // Runs before Express: the prototypes as Node made them.
    server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      before = { request: Object.getPrototypeOf(req) === app.request, response: Object.getPrototypeOf(res) === app.response };
      made.push({ req, res });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('hands Express requests and responses that already have its prototypes', async () => {
    before = undefined;
    const response = await fetch(`${url}/echo/abc`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-probe': 'p-1' }, body: JSON.stringify({ a: [1, 2] }) });
    expect(before).toEqual({ request: true, response: true });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ name: 'abc', body: { a: [1, 2] }, header: 'p-1', isRequest: true, isResponse: true });
  });

  it('makes every request and response of one kind: one hidden class, not one each', async () => {
    made.length = 0;
    for (let i = 0; i < 3; i++) await (await fetch(`${url}/echo/n${i}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).arrayBuffer();
    expect(made).toHaveLength(3);
    // Reflect.construct with this constructor as new.target gave each object a map of its own (http-server.ts).
    expect([sameMap(made[0]!.req, made[1]!.req), sameMap(made[1]!.req, made[2]!.req)]).toEqual([true, true]);
    expect([sameMap(made[0]!.res, made[1]!.res), sameMap(made[1]!.res, made[2]!.res)]).toEqual([true, true]);
  });

  it('keeps Node’s own behaviour of requests and responses: keep-alive, a streamed body, a refused request line', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const post = (body: string) =>
      new Promise<{ status: number; text: string; socket: unknown }>((resolve, reject) => {
        const request = http.request(`${url}/echo/s`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text, socket: request.socket }));
        });
        request.on('error', reject);
        // Written in two pieces: the request's stream carries a body that comes in parts.
        request.write(body.slice(0, 3));
        setImmediate(() => request.end(body.slice(3)));
      });
    const first = await post('{"n":1}');
    const second = await post('{"n":2}');
    agent.destroy();
    expect([first.status, second.status]).toEqual([201, 201]);
    expect((JSON.parse(second.text) as { body: unknown }).body).toEqual({ n: 2 });
    expect(second.socket).toBe(first.socket);

    // A malformed request line is Node's to refuse, before any request object reaches Express.
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.end('NOT HTTP\r\n\r\n'));
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw.startsWith('HTTP/1.1 400')).toBe(true);
  });

  it('is what a plain http.Server gives Express otherwise: the premise of the difference', async () => {
    const plain = http.createServer(app);
    let plainBefore: boolean | undefined;
    plain.prependListener('request', (req: http.IncomingMessage) => {
      plainBefore = Object.getPrototypeOf(req) === app.request;
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const response = await fetch(`http://127.0.0.1:${(plain.address() as AddressInfo).port}/echo/x`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await new Promise<void>((resolve) => plain.close(() => resolve()));
    expect(response.status).toBe(201);
    expect(plainBefore).toBe(false);
  });
});
