/**
 * Facts only one department keeps (a card number, a credit rating, an income) are not stored in the
 * population: they are derived on demand from a seed made of the subject, the department and the fact's
 * name. Every simulator process thus answers the same for the same subject, and adding a new fact never
 * shifts the values of the others.
 */
import { Random } from './prng';
import { DEFAULT_SEED } from './population';

export function subjectRandom(department: string, subjectId: string, fact: string): Random {
  return new Random(`${DEFAULT_SEED}|${department}|${subjectId}|${fact}`);
}
