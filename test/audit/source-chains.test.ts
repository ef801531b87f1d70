import fc from 'fast-check';
import { createSourceChains, type ChainEntry } from '../../audit/source-chains';
import { genesisHash } from '../../eventlog/cloudevent';

/**
 * The chain checker on its own, with synthetic hashes: whatever order a source's events arrive in
 * (Kafka promises none across partitions), a whole chain is whole, and a hole is found exactly.
 */
const SOURCE = '/tongban/police/p1';

function chain(length: number): ChainEntry[] {
  return Array.from({ length }, (_, i) => ({
    source: SOURCE,
    seq: i + 1,
    id: `e${i + 1}`,
    prevhash: i === 0 ? genesisHash(SOURCE) : `h${i}`,
    hash: `h${i + 1}`,
    at: { topic: 't', partition: i % 3, offset: String(i) },
  }));
}

/** A chain of 2..80 events in an arbitrary order. */
const shuffledChain = fc.integer({ min: 2, max: 80 }).chain((n) =>
  fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }).map((keys) =>
    chain(n)
      .map((entry, i) => ({ entry, key: keys[i]! }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.entry),
  ),
);

describe('source chains', () => {
  test('a whole chain is whole in any arrival order', () => {
    fc.assert(
      fc.property(shuffledChain, (entries) => {
        const chains = createSourceChains();
        const breaks = entries.flatMap((e) => chains.add(e).breaks);
        return breaks.length === 0 && chains.finish().length === 0;
      }),
    );
  });

  test('one missing event (not the newest) is one gap naming its seq, in any order', () => {
    fc.assert(
      fc.property(shuffledChain, fc.nat(), (entries, pick) => {
        const newest = entries.length;
        const candidates = entries.filter((e) => e.seq !== newest);
        const missing = candidates[pick % candidates.length]!;
        const chains = createSourceChains();
        const live = entries.flatMap((e) => (e === missing ? [] : chains.add(e).breaks));
        const gaps = chains.finish();
        return live.length === 0 && gaps.length === 1 && gaps[0]!.kind === 'seq-gap' && gaps[0]!.seq === missing.seq + 1 && gaps[0]!.detail.startsWith(`seq ${missing.seq} missing`);
      }),
    );
  });

  test('a wrong prevhash is a chain-break, whichever neighbour arrives last', () => {
    const entries = chain(5);
    const bad = { ...entries[2]!, prevhash: 'not-h2' };
    for (const order of [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [0, 2, 1, 4, 3]]) {
      const chains = createSourceChains();
      const breaks = order.flatMap((i) => chains.add(i === 2 ? bad : entries[i]!).breaks);
      expect(breaks.map((b) => [b.kind, b.seq])).toEqual([['chain-break', 3]]);
      expect(chains.finish()).toEqual([]);
    }
  });

  test('a first event that does not start from the genesis hash is a chain-break', () => {
    const chains = createSourceChains();
    expect(chains.add({ ...chain(1)[0]!, prevhash: 'somewhere' }).breaks.map((b) => b.kind)).toEqual(['chain-break']);
  });

  test('missing oldest events are a gap before the first one seen', () => {
    const chains = createSourceChains();
    chain(6).slice(3).forEach((e) => chains.add(e));
    expect(chains.finish().map((b) => [b.kind, b.seq, b.detail])).toEqual([['seq-gap', 4, 'seq 1–3 missing before this event: deleted events']]);
  });

  test('places claimed by untrustworthy events are not reported a second time as gaps', () => {
    const chains = createSourceChains();
    const entries = chain(6);
    entries.filter((e) => e.seq !== 3 && e.seq !== 4).forEach((e) => chains.add(e));
    chains.claimUntrusted(SOURCE, 3);
    expect(chains.finish().map((b) => b.detail)).toEqual(['seq 4 missing before this event: deleted events']);
  });

  test('a replay is told apart from a second, different event in the same place', () => {
    const chains = createSourceChains();
    const entries = chain(3);
    entries.forEach((e) => chains.add(e));
    expect(chains.add(entries[1]!).breaks[0]!.detail).toBe('replay of event e2 first seen at t[1]@1');
    const other = chains.add({ ...entries[1]!, id: 'x2', hash: 'different' });
    expect(other.duplicate).toBe(true);
    expect(other.breaks[0]!.detail).toMatch(/seq 2 is already taken by event e2 .* two different events/);
  });
});
