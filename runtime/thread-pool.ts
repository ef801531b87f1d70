import { availableParallelism } from 'node:os';

/**
 * Sizes libuv's thread pool, where Tongban's ECDSA signatures and verifications run (crypto/es256-jws),
 * before anything uses it: this module is the entry points' first import. libuv's default is four
 * threads whatever the machine. On the two-core benchmark machine four busy crypto threads took turns
 * on the cores with the event loop, the one thread every request needs, and the event loop is the
 * limit: one thread per core beside it (cores − 1, at least 1) served 16 % more cases per second
 * (131.7 against 113.7 on average over seven alternating pairs of saturation runs, bench/README.md),
 * with latency at moderate load no worse. It also leaves async file and DNS work (rare here) one
 * thread to share with the crypto. `UV_THREADPOOL_SIZE`, when set, wins.
 */
export const THREAD_POOL_SIZE_DEFAULT = Math.max(1, availableParallelism() - 1);

if (process.env.UV_THREADPOOL_SIZE === undefined || process.env.UV_THREADPOOL_SIZE === '') {
  process.env.UV_THREADPOOL_SIZE = String(THREAD_POOL_SIZE_DEFAULT);
}
