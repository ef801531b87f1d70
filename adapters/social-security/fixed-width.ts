/**
 * The social insurance system's fixed-width record format (定长报文). Records come from the bureau's
 * GBK-era mainframe export, so field widths count GBK bytes: an ASCII character takes one column, any
 * other character (Chinese) two. The text travels as UTF-8; the widths are still GBK widths.
 *
 * Each line is one record; its first two columns are the record type, which fixes its layout.
 * Text fields are left-aligned and padded with spaces; numeric fields are right-aligned and padded
 * with zeros; amounts are whole fen (implied two decimals, N(n,2) in the bureau's documentation).
 */

export interface FieldSpec {
  readonly name: string;
  readonly width: number;
  readonly kind: 'text' | 'number';
}

export interface RecordLayout {
  readonly recordType: string;
  readonly fields: readonly FieldSpec[];
}

export class FixedWidthError extends Error {
  constructor(line: number, detail: string) {
    super(`record ${line}: ${detail}`);
    this.name = 'FixedWidthError';
  }
}

/** Display width in GBK bytes. */
export function gbkWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x80 ? 1 : 2;
  return width;
}

export function layoutWidth(layout: RecordLayout): number {
  return 2 + layout.fields.reduce((sum, field) => sum + field.width, 0);
}

/** Cuts text to at most `width` columns without splitting a double-width character. */
function fit(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = ch.codePointAt(0)! < 0x80 ? 1 : 2;
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out + ' '.repeat(width - used);
}

export function formatRecord(layout: RecordLayout, values: Readonly<Record<string, string>>): string {
  let line = layout.recordType;
  for (const field of layout.fields) {
    const value = values[field.name] ?? '';
    if (field.kind === 'number') {
      // Empty numbers are blank (not zero): "no value" and "zero" differ in the bureau's data.
      if (value === '') line += ' '.repeat(field.width);
      else if (!/^[0-9]+$/.test(value) || value.length > field.width) throw new RangeError(`${field.name}: ${value} does not fit N(${field.width})`);
      else line += value.padStart(field.width, '0');
    } else {
      line += fit(value.replace(/[\r\n]/g, ' '), field.width);
    }
  }
  return line;
}

/** Splits one record into its fields (trimmed; numbers keep their digits, blanks become ''). */
export function parseRecord(layout: RecordLayout, line: string, lineNumber: number): Record<string, string> {
  const expected = layoutWidth(layout);
  const actual = gbkWidth(line);
  if (actual !== expected) throw new FixedWidthError(lineNumber, `type ${layout.recordType} is ${expected} columns wide, got ${actual}`);
  const chars = [...line];
  let index = 0;
  const take = (width: number, name: string): string => {
    let out = '';
    let used = 0;
    while (used < width) {
      const ch = chars[index];
      if (ch === undefined) throw new FixedWidthError(lineNumber, `${name} runs past the end`);
      const w = ch.codePointAt(0)! < 0x80 ? 1 : 2;
      if (used + w > width) throw new FixedWidthError(lineNumber, `a character straddles the end of ${name}`);
      out += ch;
      used += w;
      index += 1;
    }
    return out;
  };
  const type = take(2, 'record type');
  if (type !== layout.recordType) throw new FixedWidthError(lineNumber, `record type ${type}, expected ${layout.recordType}`);
  const values: Record<string, string> = {};
  for (const field of layout.fields) values[field.name] = take(field.width, field.name).trim();
  return values;
}

/** Splits a file into records (CRLF or LF), dropping one final empty line. */
export function splitRecords(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
