/**
 * RFC 4180 CSV, as the civil affairs system exports it: comma-separated, fields quoted with double
 * quotes when they contain a comma, a quote or a line break, quotes doubled inside quoted fields,
 * CRLF (or LF) between records. The reader is strict: a stray quote or an unterminated field is an
 * error, not a guess.
 */
export class CsvSyntaxError extends Error {
  constructor(record: number, detail: string) {
    super(`CSV record ${record}: ${detail}`);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  const endField = (): void => {
    record.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (ch === '\n') {
      endRecord();
      i += 1;
    } else if (afterQuote) {
      throw new CsvSyntaxError(records.length + 1, `unexpected ${JSON.stringify(ch)} after a closing quote`);
    } else if (ch === '"') {
      if (field !== '') throw new CsvSyntaxError(records.length + 1, 'quote inside an unquoted field');
      quoted = true;
      i += 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted) throw new CsvSyntaxError(records.length + 1, 'unterminated quoted field');
  // A final record without a line break still counts; an empty last line does not.
  if (field !== '' || record.length > 0 || afterQuote) endRecord();
  return records;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((fields) => fields.map(quote).join(',')).join('\r\n') + '\r\n';
}
