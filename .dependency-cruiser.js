/**
 * The direction of imports is a rule (checked by `npm run lint:deps`, part of `npm test`):
 * - schemas/ and contracts/ are data: nothing imports code from there, and they hold no code.
 * - adapters never import the gateway, and the gateway never imports adapters: they meet only in the
 *   event log and the contracts.
 * - both depend on the event-log port (eventlog/event-log.ts and friends), never on an engine; only
 *   the composition root (cli/compose) picks an engine.
 * - the shared layers (runtime, identity, crypto, catalog, eventlog) never import the roles above them.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'adapters-not-to-gateway',
      comment: 'Adapters and the gateway meet only through the event log and the contracts.',
      severity: 'error',
      from: { path: '^adapters/' },
      to: { path: '^gateway/' },
    },
    {
      name: 'gateway-not-to-adapters',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^adapters/' },
    },
    {
      name: 'roles-use-the-port-not-an-engine',
      comment: 'Only cli/compose chooses an engine; everyone else depends on eventlog/event-log.ts.',
      severity: 'error',
      from: { path: '^(gateway|adapters|audit|catalog|crypto|identity|runtime)/' },
      to: { path: '^eventlog/(sqlite|kafka)/' },
    },
    {
      name: 'shared-layers-stay-below-roles',
      severity: 'error',
      from: { path: '^(runtime|identity|crypto|catalog|eventlog)/' },
      to: { path: '^(gateway|adapters|audit|cli|bench)/' },
    },
    {
      name: 'audit-reads-not-runs',
      comment: 'Auditors replay the log; they never need the gateway or adapters running.',
      severity: 'error',
      from: { path: '^audit/' },
      to: { path: '^(gateway|adapters)/' },
    },
    {
      name: 'data-folders-hold-no-code',
      severity: 'error',
      from: {},
      to: { path: '^(schemas|contracts)/.+\\.(ts|js)$' },
    },
    {
      name: 'not-to-test',
      severity: 'error',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^(dist|node_modules)/' },
  },
};
