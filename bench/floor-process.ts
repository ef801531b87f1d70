// First: the same thread pool as `tongban start`, where the floor's signatures run too.
import '../runtime/thread-pool';
import fs from 'node:fs';
import { startFloorServer, type FloorTemplate } from './floor-server';

/**
 * The floor as a process of its own, as Tongban runs in the benchmark: `node floor-process.js <data dir>
 * <template file> <latencies as JSON>`. Prints its URL once it listens; stops on SIGTERM.
 */
async function main(): Promise<void> {
  const [dataDir, templateFile, latency] = process.argv.slice(2);
  if (dataDir === undefined || templateFile === undefined || latency === undefined) throw new Error('usage: floor-process <data dir> <template file> <latencies as JSON>');
  const server = await startFloorServer({
    dataDir,
    template: JSON.parse(fs.readFileSync(templateFile, 'utf8')) as FloorTemplate,
    latencyMs: JSON.parse(latency) as Record<string, number>,
  });
  process.stdout.write(`${server.url}\n`);
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`floor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
