/**
 * The police population system's query export format ("户籍查询交换文本"): UTF-8 text, CRLF lines,
 * fields separated by "|", no quoting (the register never stores "|" or line breaks; the writer
 * replaces a stray "|" with the full-width "｜" as the exporting system does).
 *
 *   RESULT|<code>|<message>|<query id>      code 0000 found, 0404 none, 0403 sealed, 0503 busy
 *   [RK]                                    a section: 常住人口 rows …
 *   GMSFHM|XM|CYM|XB|…                      … its column names (public-security data element codes)
 *   110105…|王秀英||2|…                     … and its rows, one per line
 *   [QY]                                    迁移记录 (migrations), [FDDBR] 法定代表人核验, …
 *   END|<number of data rows in all sections>
 *
 * Columns are read by name, so the department may reorder or add columns without breaking adapters.
 */

export interface HukouSection {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

export interface HukouDocument {
  readonly code: string;
  readonly message: string;
  readonly queryId: string;
  readonly sections: Readonly<Record<string, HukouSection>>;
}

export class HukouFormatError extends Error {
  constructor(line: number, detail: string) {
    super(`line ${line}: ${detail}`);
    this.name = 'HukouFormatError';
  }
}

const SECTION = /^\[([A-Z][A-Z0-9_]{0,31})\]$/;
const COLUMN = /^[A-Z][A-Z0-9_]{0,31}$/;

export function parseHukouText(text: string): HukouDocument {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const first = lines[0];
  if (first === undefined) throw new HukouFormatError(1, 'empty answer');
  const head = first.split('|');
  if (head[0] !== 'RESULT' || head.length !== 4 || !/^[0-9]{4}$/.test(head[1]!)) {
    throw new HukouFormatError(1, `expected "RESULT|<code>|<message>|<query id>", got ${JSON.stringify(first.slice(0, 80))}`);
  }
  const sections: Record<string, { columns: string[]; rows: Record<string, string>[] }> = {};
  let current: { columns: string[]; rows: Record<string, string>[] } | undefined;
  let dataRows = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNumber = i + 1;
    if (line.startsWith('END|')) {
      if (i !== lines.length - 1) throw new HukouFormatError(lineNumber, 'content after END');
      const declared = line.slice(4);
      if (!/^[0-9]+$/.test(declared) || Number(declared) !== dataRows) {
        throw new HukouFormatError(lineNumber, `END declares ${declared} rows, the answer has ${dataRows} (truncated?)`);
      }
      return { code: head[1]!, message: head[2]!, queryId: head[3]!, sections };
    }
    const section = SECTION.exec(line);
    if (section !== null) {
      const name = section[1]!;
      if (sections[name] !== undefined) throw new HukouFormatError(lineNumber, `section [${name}] appears twice`);
      const header = lines[i + 1];
      if (header === undefined) throw new HukouFormatError(lineNumber, `section [${name}] has no column line`);
      const columns = header.split('|');
      if (columns.some((c) => !COLUMN.test(c)) || new Set(columns).size !== columns.length) {
        throw new HukouFormatError(lineNumber + 1, `bad column line ${JSON.stringify(header.slice(0, 80))}`);
      }
      current = { columns, rows: [] };
      sections[name] = current;
      i += 1;
      continue;
    }
    if (current === undefined) throw new HukouFormatError(lineNumber, 'data row outside a section');
    const values = line.split('|');
    if (values.length !== current.columns.length) {
      throw new HukouFormatError(lineNumber, `${values.length} fields, the section has ${current.columns.length} columns`);
    }
    const row: Record<string, string> = {};
    current.columns.forEach((column, index) => {
      row[column] = values[index]!;
    });
    current.rows.push(row);
    dataRows += 1;
  }
  throw new HukouFormatError(lines.length, 'missing END line (truncated answer?)');
}

function clean(value: string): string {
  return value.replace(/\|/g, '｜').replace(/[\r\n]+/g, ' ');
}

export function writeHukouText(document: HukouDocument): string {
  const lines = [`RESULT|${document.code}|${clean(document.message)}|${clean(document.queryId)}`];
  let rows = 0;
  for (const [name, section] of Object.entries(document.sections)) {
    lines.push(`[${name}]`, section.columns.join('|'));
    for (const row of section.rows) {
      lines.push(section.columns.map((column) => clean(row[column] ?? '')).join('|'));
      rows += 1;
    }
  }
  lines.push(`END|${rows}`);
  return `${lines.join('\r\n')}\r\n`;
}
