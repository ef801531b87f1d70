import net from 'node:net';

/**
 * A loopback port nothing listens on at this moment: for the benchmark's servers (bench/target.ts)
 * and the tests' processes, so that two started side by side never draw the same one.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
