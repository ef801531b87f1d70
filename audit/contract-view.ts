import type { ContractCatalog } from '../catalog/contract-catalog';

/**
 * What the audit needs to know about the data-sharing agreements: which matters a consumer may open,
 * which records a matter asks for, and what a consumer is granted. A narrow view rather than the whole
 * catalog, so an auditor can replay against an archived set of contracts (the ones in force when the
 * events were written) and tests can state a contract in a few lines.
 */
export interface GrantView {
  readonly category: 'unconditional' | 'conditional';
  /** Field names with "*" already expanded. */
  readonly fields: readonly string[];
  /** For conditional grants: the purposes allowed; absent means any stated purpose. */
  readonly purposes?: readonly string[];
}

export interface ContractView {
  /** The matters a consumer may open, or undefined when no contract names the consumer. */
  mattersOf(consumer: string): readonly string[] | undefined;
  /** Whether a matter asks this department for this record type (undefined: no such matter). */
  matterAsks(matter: string, department: string, type: string): boolean | undefined;
  grant(consumer: string, department: string, type: string): GrantView | undefined;
}

export function contractViewOf(catalog: Pick<ContractCatalog, 'consumers' | 'matters' | 'grantFor'>): ContractView {
  return {
    mattersOf: (consumer) => catalog.consumers.get(consumer)?.matters,
    matterAsks(matter, department, type) {
      const found = catalog.matters.get(matter);
      return found === undefined ? undefined : found.requests.some((r) => r.department === department && r.type === type);
    },
    grant(consumerId, department, type) {
      const consumer = catalog.consumers.get(consumerId);
      const grant = consumer === undefined ? undefined : catalog.grantFor(consumer, department, type);
      if (grant === undefined) return undefined;
      return { category: grant.category, fields: grant.fields, ...(grant.purposes ? { purposes: grant.purposes } : {}) };
    },
  };
}
