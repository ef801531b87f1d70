import http from 'node:http';
import type { Express } from 'express';

/**
 * The gateway's HTTP server, whose requests and responses are born with Express's prototypes.
 *
 * Express hands each request and response its methods by `Object.setPrototypeOf(req, app.request)` (and
 * `res`, `app.response`) as they enter the app, then adds members to them. On Node 20's V8 that gives
 * every request and response a hidden class (map) of its own, and such objects outlive young-generation
 * collections (scavenges) long after they are dead, with everything they refer to. A bare Express app
 * answering 1,000 requests a second had 16 MB survive each scavenge, which then paused 18–21 ms; a bare
 * node:http server 0.01 MB and 0.7 ms (bench/README.md, fifteenth session). Node makes each request and
 * response with the classes given to `createServer`, so here they have Express's prototypes from the
 * start, and Express's `setPrototypeOf` changes nothing.
 */
export function createHttpServer(app: Express): http.Server {
  return http.createServer(
    {
      IncomingMessage: bornWith(http.IncomingMessage, app.request),
      ServerResponse: bornWith(http.ServerResponse, app.response) as typeof http.ServerResponse<http.IncomingMessage>,
    },
    app,
  );
}

/**
 * A constructor that builds what `base` builds, with `prototype` as its prototype (which must inherit
 * from `base.prototype`, as Express's do). It runs `base` on the object `new` made from its own
 * prototype, as ES5 constructors are extended: Node's IncomingMessage and ServerResponse are such
 * functions (Node 20 and 24), and if they ever became classes this would throw on the first request,
 * not go wrong quietly. `Reflect.construct(base, args, Born)` would work for both, but V8 then makes a
 * hidden class (map) for every object: 35 µs a request instead of 0.6, and no two requests alike.
 */
function bornWith<T extends abstract new (...args: never[]) => object>(base: T, prototype: object): T {
  const construct = base as unknown as (this: object, ...args: unknown[]) => void;
  function Born(this: object, ...args: unknown[]): void {
    construct.apply(this, args);
  }
  Born.prototype = prototype;
  return Born as unknown as T;
}
