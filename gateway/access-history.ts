import { subjectId, type Subject } from '../identity/subject';
import type { CaseState } from './case-state';
import type { CaseStore } from './case-store';

/**
 * A subject's data tracker (like Estonia's andmejälgija): which authority's system looked at whose data,
 * when, for what stated purpose, and which fields each department disclosed. Built from the gateway's
 * case store, which holds every case the log has seen; auditors get the same answer from the log itself
 * with `tongban audit access`.
 */
export interface AccessEntry {
  readonly applicationId: string;
  readonly time: string;
  readonly consumer: string;
  readonly matter: string;
  readonly purpose: string;
  readonly status: CaseState['status'];
  readonly disclosures: readonly { department: string; type: string; status: string; fields: readonly string[] }[];
}

export const ACCESS_HISTORY_LIMIT = 1000;

export async function accessHistory(store: CaseStore, subject: Subject): Promise<AccessEntry[]> {
  const cases = await store.bySubject(subjectId(subject), ACCESS_HISTORY_LIMIT);
  return cases.map((c) => ({
    applicationId: c.id,
    time: c.createdAt,
    consumer: c.consumer,
    matter: c.matter,
    purpose: c.purpose,
    status: c.status,
    disclosures: c.records.map((r) => ({
      department: r.department,
      type: r.type,
      status: r.status,
      fields: r.status === 'provided' && r.data !== undefined ? Object.keys(r.data) : [],
    })),
  }));
}
