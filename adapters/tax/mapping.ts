/**
 * Translation of taxML answers into the canonical record tax-status.v1 (for persons and enterprises).
 * Pure functions of the native text.
 */
import type { LookupOutcome } from '../kit/department-adapter';
import { NativeSystemError } from '../kit/native-system';
import { fenFromYuan, integerFrom, malformed, record, refusedOutcome, translateCode, type CanonicalRecord } from '../simulation/adapter-support';
import { REGISTRATION_STATUS_CODES, RETURN_CODES, TAXPAYER_KIND_CODES } from './codes';
import { child, childText, parseXml, XmlSyntaxError, type XmlElement } from './xml';

const DEPARTMENT = 'tax';

function parse(text: string): XmlElement {
  try {
    return parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw malformed(DEPARTMENT, error.message, error);
    throw error;
  }
}

function requireChild(element: XmlElement | undefined, name: string, where: string): XmlElement {
  const found = element === undefined ? undefined : child(element, name);
  if (found === undefined) throw malformed(DEPARTMENT, `<${name}> missing in <${where}>`);
  return found;
}

/** A yearly figure: <ndsb nd="2024"><sre>123.00</sre></ndsb> → { year: 2024, amountFen: 12300 }. */
function yearly(declaration: XmlElement | undefined, amountElement: string): CanonicalRecord | undefined {
  if (declaration === undefined) return undefined;
  const amount = childText(declaration, amountElement);
  if (amount === undefined) return undefined;
  const year = declaration.attributes.nd;
  return record({ year: year === undefined ? undefined : integerFrom(year), amountFen: fenFromYuan(amount) });
}

/** Builds the request document; the transaction sequence carries our request id for the bureau's log. */
export function taxQuery(identifier: string, requestId: string): string {
  const escape = (value: string): string => value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<taxML version="1.0">',
    `  <head><tran_id>TONGBAN.NSRZT.CX</tran_id><tran_seq>${escape(requestId)}</tran_seq><channel_id>TONGBAN</channel_id></head>`,
    `  <body><nsrsbh>${escape(identifier)}</nsrsbh></body>`,
    '</taxML>',
    '',
  ].join('\n');
}

export function mapTaxStatus(text: string, subject: { readonly idNumber: string } | { readonly uscc: string }, requestId?: string): LookupOutcome {
  const document = parse(text);
  if (document.name !== 'taxML') throw malformed(DEPARTMENT, `root element <${document.name}>, expected <taxML>`);
  const head = requireChild(document, 'head', 'taxML');
  const code = childText(head, 'rtn_code');
  const message = childText(head, 'rtn_msg') ?? '';
  const seq = childText(head, 'tran_seq');
  if (code === undefined) throw malformed(DEPARTMENT, '<rtn_code> missing in <head>');
  if (requestId !== undefined && seq !== undefined && seq !== requestId) throw malformed(DEPARTMENT, `answer is for transaction ${seq}, not ${requestId}`);
  if (code === RETURN_CODES.notFound) return { kind: 'not-found' };
  if (code === RETURN_CODES.refused) return refusedOutcome(message);
  if (code === RETURN_CODES.busy) throw new NativeSystemError(`${DEPARTMENT}: system busy: ${message}`, { retriable: true });
  if (code !== RETURN_CODES.ok) throw new NativeSystemError(`${DEPARTMENT}: query rejected with ${code} ${message}`, { retriable: false });

  const taxpayer = requireChild(requireChild(document, 'body', 'taxML'), 'nsrxx', 'body');
  const identifier = childText(taxpayer, 'nsrsbh');
  const expected = 'idNumber' in subject ? subject.idNumber : subject.uscc;
  if (identifier === undefined || identifier.toUpperCase() !== expected.toUpperCase()) {
    throw malformed(DEPARTMENT, `answer is about taxpayer ${identifier ?? '(none)'}, not ${expected}`);
  }
  const kind = child(taxpayer, 'nsrlx')?.attributes.dm;
  const status = child(taxpayer, 'djzt')?.attributes.dm;
  const rating = child(taxpayer, 'nsxydj');
  const grade = rating?.text.trim();
  const debts = child(taxpayer, 'qsxx');
  const arrears = debts === undefined ? undefined : childText(debts, 'qsje');
  const arrearsSince = debts === undefined ? undefined : childText(debts, 'qsrq');
  const unfiled = debts === undefined ? undefined : childText(debts, 'wsbcs');
  const declaration = child(taxpayer, 'ndsb');
  const year = rating?.attributes.pjnd;
  // Named members, not a leading spread: see record(), which leaves out the undefined one.
  const byIdNumber = 'idNumber' in subject;
  return {
    kind: 'found',
    record: record({
      idNumber: byIdNumber ? identifier.toUpperCase() : undefined,
      uscc: byIdNumber ? undefined : identifier.toUpperCase(),
      taxpayerName: childText(taxpayer, 'nsrmc'),
      taxpayerKind: kind === undefined ? undefined : translateCode(TAXPAYER_KIND_CODES, kind),
      registrationStatus: status === undefined ? undefined : translateCode(REGISTRATION_STATUS_CODES, status),
      taxAuthority: childText(taxpayer, 'zgswjg'),
      registeredOn: childText(taxpayer, 'djrq'),
      creditRating: grade === undefined || grade === '' ? undefined : record({ year: year === undefined ? undefined : integerFrom(year), grade }),
      arrearsFen: arrears === undefined ? undefined : fenFromYuan(arrears),
      arrearsSince,
      unfiledReturns: unfiled === undefined ? undefined : integerFrom(unfiled),
      annualIncome: yearly(declaration, 'sre'),
      annualRevenue: yearly(declaration, 'yysr'),
      annualTaxPaid: yearly(declaration, 'yjse'),
    }),
  };
}
