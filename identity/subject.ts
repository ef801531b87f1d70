import { checkResidentId } from './resident-id';
import { checkUscc } from './uscc';

/** Whom a case is about: a natural person by resident id number, or an enterprise by USCC. */
export type Subject = { readonly idNumber: string } | { readonly uscc: string };
export type SubjectKind = 'person' | 'enterprise';

export function subjectKind(subject: Subject): SubjectKind {
  return 'idNumber' in subject ? 'person' : 'enterprise';
}

export function subjectId(subject: Subject): string {
  return 'idNumber' in subject ? subject.idNumber : subject.uscc;
}

/** Checks and normalises a subject; returns a reason in words when it is not valid. */
export function normalizeSubject(subject: Subject): { subject: Subject } | { pointer: string; reason: string } {
  if ('idNumber' in subject) {
    const check = checkResidentId(subject.idNumber);
    if (!check.valid) {
      return { pointer: '/subject/idNumber', reason: `not a valid resident id number (GB 11643): ${check.problem}` };
    }
    return { subject: { idNumber: check.normalized } };
  }
  const check = checkUscc(subject.uscc);
  if (!check.valid) {
    return { pointer: '/subject/uscc', reason: `not a valid unified social credit code (GB 32100): ${check.problem}` };
  }
  return { subject: { uscc: check.normalized } };
}

/** Accepts either identifier form, as auditors type it on the command line. */
export function parseSubjectId(raw: string): Subject | undefined {
  if (checkResidentId(raw).valid) return { idNumber: raw.toUpperCase() };
  if (checkUscc(raw).valid) return { uscc: raw.toUpperCase() };
  return undefined;
}
