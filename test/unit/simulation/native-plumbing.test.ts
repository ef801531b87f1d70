import type { NativeRequest, NativeResponse } from '../../../adapters/kit/native-system';
import { httpNativeSystem, NativeSystemError } from '../../../adapters/kit/native-system';
import {
  callNative,
  codedValue,
  expectMediaType,
  fenFromYuan,
  integerFrom,
  isoFromCompactDate,
  isoFromCompactMonth,
  record,
  translateCode,
} from '../../../adapters/simulation/adapter-support';
import { serveNativeSystem } from '../../../adapters/simulation/serve-native-system';
import { createSimulatedSystem, simulatedLatency } from '../../../adapters/simulation/simulated-system';

const echo = (request: NativeRequest): NativeResponse => ({ status: 200, contentType: 'application/json', body: JSON.stringify(request) });

describe('createSimulatedSystem', () => {
  const department = { department: 'test', answer: echo, unavailable: (): NativeResponse => ({ status: 503, contentType: 'text/plain', body: 'down' }) };

  test('latency jitter is deterministic and within ±10 %', () => {
    const request: NativeRequest = { method: 'GET', path: '/x', query: { a: '1' } };
    expect(simulatedLatency('d', 100, request)).toBe(simulatedLatency('d', 100, request));
    for (let i = 0; i < 50; i++) {
      const ms = simulatedLatency('d', 100, { method: 'GET', path: `/x${i}` });
      expect(ms).toBeGreaterThanOrEqual(90);
      expect(ms).toBeLessThanOrEqual(110);
    }
    expect(simulatedLatency('d', 0, request)).toBe(0);
  });

  test('reads the faults object on every request', async () => {
    const faults: { down?: boolean; corrupt?: boolean } = {};
    const seen: boolean[] = [];
    const system = createSimulatedSystem({ latencyMs: 0, faults }, { ...department, answer: (request, context) => (seen.push(context.corrupt), echo(request)) });
    expect((await system.handle({ method: 'GET', path: '/' })).status).toBe(200);
    faults.down = true;
    expect((await system.handle({ method: 'GET', path: '/' })).status).toBe(503);
    faults.down = false;
    faults.corrupt = true;
    await system.handle({ method: 'GET', path: '/' });
    expect(seen).toEqual([false, true]);
  });

  test('hang without a signal never settles; with one it rejects on abort', async () => {
    const system = createSimulatedSystem({ latencyMs: 0, faults: { hang: true } }, department);
    const settled = jest.fn();
    void system.handle({ method: 'GET', path: '/' }).then(settled, settled);
    const controller = new AbortController();
    const pending = system.handle({ method: 'GET', path: '/' }, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).not.toHaveBeenCalled();
  });
});

describe('serveNativeSystem', () => {
  test('passes method, path, query, body and content type through, and answers verbatim', async () => {
    const served = await serveNativeSystem({ handle: async (request) => echo(request) }, 0);
    try {
      const remote = httpNativeSystem(served.url);
      const answer = await remote.handle({ method: 'POST', path: '/a/b', query: { x: '中文', y: '1' }, body: '<x/>', contentType: 'application/xml' });
      expect(answer.status).toBe(200);
      expect(answer.contentType).toBe('application/json');
      expect(JSON.parse(answer.body)).toEqual({ method: 'POST', path: '/a/b', query: { x: '中文', y: '1' }, body: '<x/>', contentType: 'application/xml' });
      const get = JSON.parse((await remote.handle({ method: 'GET', path: '/' })).body) as Record<string, unknown>;
      expect(get).toEqual({ method: 'GET', path: '/' });
      const put = await fetch(`${served.url}/x`, { method: 'PUT' });
      expect(put.status).toBe(405);
    } finally {
      await served.close();
    }
  });

  test('a failing system answers 502 (retriable) and a non-retriable failure 500', async () => {
    let retriable = true;
    const served = await serveNativeSystem({ handle: () => Promise.reject(new NativeSystemError('boom', { retriable })) }, 0);
    try {
      expect((await fetch(served.url)).status).toBe(502);
      retriable = false;
      expect((await fetch(served.url)).status).toBe(500);
    } finally {
      await served.close();
    }
  });

  test('a call over HTTP gives up at its own time limit (retriable), and at the caller’s signal', async () => {
    const served = await serveNativeSystem({ handle: () => new Promise<never>(() => undefined) }, 0);
    try {
      const started = performance.now();
      const timedOut = await httpNativeSystem(served.url, 100)
        .handle({ method: 'GET', path: '/' })
        .catch((error: unknown) => error);
      expect(timedOut).toMatchObject({ name: 'NativeSystemError', retriable: true });
      expect(performance.now() - started).toBeGreaterThanOrEqual(90);
      expect(performance.now() - started).toBeLessThan(2000);
      const controller = new AbortController();
      const pending = httpNativeSystem(served.url, 60_000).handle({ method: 'GET', path: '/' }, controller.signal).catch((error: unknown) => error);
      controller.abort(new Error('caller gave up'));
      expect(await pending).toMatchObject({ name: 'NativeSystemError', retriable: true });
      const already = httpNativeSystem(served.url, 60_000).handle({ method: 'GET', path: '/' }, AbortSignal.abort());
      await expect(already).rejects.toMatchObject({ name: 'NativeSystemError' });
    } finally {
      await served.close();
    }
  });

  test('close() does not wait for hanging requests', async () => {
    const served = await serveNativeSystem({ handle: () => new Promise<never>(() => undefined) }, 0);
    const pending = fetch(served.url).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await served.close();
    // fetch fails with a TypeError from its own realm, so compare by name rather than instanceof.
    expect(await pending).toMatchObject({ name: 'TypeError' });
  });
});

describe('adapter support', () => {
  test('callNative maps throws and 5xx to retriable errors and returns other answers', async () => {
    const answer = (status: number): NativeResponse => ({ status, contentType: 'text/plain', body: '' });
    await expect(callNative('d', { handle: () => Promise.reject(new Error('reset')) }, { method: 'GET', path: '/' })).rejects.toMatchObject({ name: 'NativeSystemError', retriable: true });
    await expect(callNative('d', { handle: async () => answer(503) }, { method: 'GET', path: '/' })).rejects.toMatchObject({ retriable: true });
    const passthrough = new NativeSystemError('x', { retriable: false });
    await expect(callNative('d', { handle: () => Promise.reject(passthrough) }, { method: 'GET', path: '/' })).rejects.toBe(passthrough);
    expect((await callNative('d', { handle: async () => answer(404) }, { method: 'GET', path: '/' })).status).toBe(404);
  });

  test('expectMediaType ignores parameters and case', () => {
    expect(() => expectMediaType('d', { status: 200, contentType: 'Text/CSV; charset=UTF-8', body: '' }, ['text/csv'])).not.toThrow();
    expect(() => expectMediaType('d', { status: 200, contentType: 'text/html', body: '' }, ['text/csv'])).toThrow(NativeSystemError);
  });

  test('value translations pass anything unexpected through unchanged', () => {
    expect(isoFromCompactDate('19491231')).toBe('1949-12-31');
    expect(isoFromCompactDate('19491332')).toBe('1949-13-32');
    expect(isoFromCompactDate('1949-12')).toBe('1949-12');
    expect(isoFromCompactMonth('202505')).toBe('2025-05');
    expect(fenFromYuan('1234.5')).toBe(123450);
    expect(fenFromYuan('0.07')).toBe(7);
    expect(fenFromYuan('-350.00')).toBe(-35000);
    expect(fenFromYuan('12')).toBe(1200);
    expect(fenFromYuan('1,200.00')).toBe('1,200.00');
    expect(integerFrom('0042')).toBe(42);
    expect(integerFrom('4x')).toBe('4x');
    expect(translateCode({ a: 1 }, 'a')).toBe(1);
    expect(translateCode({ a: 1 }, 'toString')).toBe('toString');
    expect(codedValue({ '01': '汉族' }, '01')).toEqual({ code: '01', name: '汉族' });
    expect(codedValue({ '01': '汉族' }, '77')).toEqual({ code: '77' });
    expect(record({ a: 1, b: undefined, c: '' })).toEqual({ a: 1, c: '' });
    expect(Object.keys(record({ a: 1, b: undefined }))).toEqual(['a']);
  });
});
