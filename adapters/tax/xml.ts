/**
 * A small, strict XML reader for the taxML subset the tax system speaks: one optional XML declaration,
 * elements with attributes, character data with the five predefined and numeric character references,
 * and comments. Everything else — DOCTYPE (and with it entity expansion), CDATA, processing
 * instructions, mixed content — is rejected, so no hostile or unexpected document is half-understood.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Character data of a leaf element (empty for elements with children). */
  readonly text: string;
}

export class XmlSyntaxError extends Error {
  constructor(position: number, detail: string) {
    super(`XML at offset ${position}: ${detail}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_.:-]/;
const MAX_DEPTH = 32;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class Reader {
  private pos = 0;
  constructor(private readonly source: string) {}

  fail(detail: string): never {
    throw new XmlSyntaxError(this.pos, detail);
  }

  atEnd(): boolean {
    return this.pos >= this.source.length;
  }

  startsWith(token: string): boolean {
    return this.source.startsWith(token, this.pos);
  }

  expect(token: string): void {
    if (!this.startsWith(token)) this.fail(`expected ${JSON.stringify(token)}`);
    this.pos += token.length;
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.source[this.pos]!)) this.pos += 1;
  }

  /** Whitespace and comments between markup. */
  skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (!this.startsWith('<!--')) return;
      const end = this.source.indexOf('-->', this.pos + 4);
      if (end < 0) this.fail('unterminated comment');
      this.pos = end + 3;
    }
  }

  name(): string {
    const start = this.pos;
    if (this.atEnd() || !NAME_START.test(this.source[this.pos]!)) this.fail('expected a name');
    while (!this.atEnd() && NAME_CHAR.test(this.source[this.pos]!)) this.pos += 1;
    return this.source.slice(start, this.pos);
  }

  /** Decodes character data up to (not including) one of the stop characters. */
  characters(stop: string): string {
    let out = '';
    while (!this.atEnd() && !stop.includes(this.source[this.pos]!)) {
      const ch = this.source[this.pos]!;
      if (ch === '&') {
        const end = this.source.indexOf(';', this.pos);
        if (end < 0 || end - this.pos > 10) this.fail('bad character reference');
        const ref = this.source.slice(this.pos + 1, end);
        let decoded: string | undefined = PREDEFINED[ref];
        if (decoded === undefined) {
          const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(ref);
          const code = numeric === null ? NaN : numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
          if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this.fail(`unknown reference &${ref};`);
          decoded = String.fromCodePoint(code);
        }
        out += decoded;
        this.pos = end + 1;
      } else {
        if (ch === '<') this.fail('"<" in character data');
        out += ch;
        this.pos += 1;
      }
    }
    return out;
  }

  declaration(): void {
    if (!this.startsWith('<?xml')) return;
    const end = this.source.indexOf('?>', this.pos);
    if (end < 0) this.fail('unterminated XML declaration');
    const body = this.source.slice(this.pos + 5, end);
    if (!/^\s+version\s*=\s*["']1\.[0-9]["']/.test(body)) this.fail('XML declaration without version');
    if (/encoding\s*=\s*["'](?!utf-8["'])/i.test(body)) this.fail('only UTF-8 documents are accepted');
    this.pos = end + 2;
  }

  element(depth: number): XmlElement {
    if (depth > MAX_DEPTH) this.fail('elements nested too deeply');
    this.expect('<');
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      if (this.startsWith('/>')) {
        this.pos += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (this.startsWith('>')) {
        this.pos += 1;
        break;
      }
      if (this.pos === before) this.fail('expected whitespace before an attribute');
      const attribute = this.name();
      if (Object.prototype.hasOwnProperty.call(attributes, attribute)) this.fail(`attribute ${attribute} repeated`);
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      const quote = this.source[this.pos];
      if (quote !== '"' && quote !== "'") this.fail('attribute value must be quoted');
      this.pos += 1;
      attributes[attribute] = this.characters(quote);
      this.expect(quote);
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.atEnd()) this.fail(`element <${name}> is not closed`);
      if (this.startsWith('</')) {
        this.pos += 2;
        const closing = this.name();
        if (closing !== name) this.fail(`</${closing}> closes <${name}>`);
        this.skipSpace();
        this.expect('>');
        break;
      }
      if (this.startsWith('<!--')) {
        this.skipMisc();
        continue;
      }
      if (this.startsWith('<!') || this.startsWith('<?')) this.fail('DOCTYPE, CDATA and processing instructions are not accepted');
      if (this.startsWith('<')) children.push(this.element(depth + 1));
      else text += this.characters('<');
    }
    if (children.length > 0) {
      if (text.trim() !== '') this.fail(`element <${name}> mixes text and elements`);
      text = '';
    }
    return { name, attributes, children, text };
  }
}

export function parseXml(source: string): XmlElement {
  const reader = new Reader(source.startsWith('\uFEFF') ? source.slice(1) : source);
  reader.declaration();
  reader.skipMisc();
  if (reader.atEnd()) reader.fail('no root element');
  const root = reader.element(0);
  reader.skipMisc();
  if (!reader.atEnd()) reader.fail('content after the root element');
  return root;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[ch as '&']};`);
}

/** First child element with the name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Trimmed text of a child element; undefined when absent or empty. */
export function childText(element: XmlElement, name: string): string | undefined {
  const text = child(element, name)?.text.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** Builds XML text: an element with attributes and either text or child elements, indented. */
export type XmlNode = { readonly name: string; readonly attributes?: Readonly<Record<string, string>>; readonly text?: string; readonly children?: readonly XmlNode[] };

export function writeXml(root: XmlNode): string {
  const render = (node: XmlNode, indent: string): string => {
    const attributes = Object.entries(node.attributes ?? {})
      .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
      .join('');
    if (node.children !== undefined && node.children.length > 0) {
      const inner = node.children.map((c) => render(c, `${indent}  `)).join('\n');
      return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
    }
    if (node.text === undefined) return `${indent}<${node.name}${attributes}/>`;
    return `${indent}<${node.name}${attributes}>${escapeXml(node.text)}</${node.name}>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, '')}\n`;
}
