/** Keeps only the named top-level fields of a record: data minimisation at the source. */
export function pickFields(record: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (Object.prototype.hasOwnProperty.call(record, field) && record[field] !== undefined) out[field] = record[field];
  }
  return out;
}
