import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { npmStartNodeFlags } from '../../bench/target';
import { PROJECT_ROOT } from '../../runtime/paths';

/**
 * Node's flags (V8's young generation) are part of how Tongban performs. `npm start` names them, the
 * benchmark reads them from there, and the Docker image must run Node with the same ones: a change to
 * one place that misses another fails here.
 */
test("the Docker image runs Node with npm start's flags, the ones the benchmark reads", () => {
  const flags = npmStartNodeFlags();
  expect(flags.some((f) => f.startsWith('--max-semi-space-size='))).toBe(true);
  const entry = /^ENTRYPOINT (\[.*\])$/m.exec(fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8'));
  expect(entry).not.toBeNull();
  const argv = JSON.parse(entry![1]!) as string[];
  expect(argv).toEqual(['node', ...flags, 'dist/cli/main.js']);
});

test('a checkout whose start script has another shape is named in the error', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-flags-'));
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'ts-node cli/main.ts start' } }));
    expect(() => npmStartNodeFlags(dir)).toThrow(`${path.join(dir, 'package.json')}: the start script is not "node [flags] dist/cli/main.js start" (it is "ts-node cli/main.ts start")`);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'node dist/cli/main.js start' } }));
    expect(npmStartNodeFlags(dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'node --a=1  --b dist/cli/main.js start' } }));
    expect(npmStartNodeFlags(dir)).toEqual(['--a=1', '--b']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
