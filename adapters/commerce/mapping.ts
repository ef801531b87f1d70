/**
 * Translation of the registry's JSON answers into the canonical records business-licence.v1 and
 * enterprise-roles.v1. Pure functions of the native status and body.
 */
import type { LookupOutcome } from '../kit/department-adapter';
import { malformed, record, refusedOutcome, translateCode, unexpectedStatus, type CanonicalRecord, type RecordValue } from '../simulation/adapter-support';
import { classifyEnterpriseType, CURRENCY_WORDS, ROLE_TEXTS, SHAREHOLDER_KIND_TEXTS, STATUS_TEXTS } from './codes';
import { asObject, JsonShapeError, list, parseJson, requiredText, text, type JsonObject } from './json-reader';

const DEPARTMENT = 'commerce';

export interface CommerceAnswer {
  readonly status: number;
  readonly contentType?: string;
  readonly body: string;
}

/** 2016年03月18日 → 2016-03-18 (not validated, on purpose); other text passes through. */
export function isoFromChineseDate(raw: string): string {
  const match = /^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/.exec(raw);
  return match === null ? raw : `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/**
 * "1000.000000万人民币" → { amount: 1000000000, currency: 'CNY' }: integer minor units (fen for CNY).
 * 万 amounts carry at most six decimals (one fen); anything else passes through as text.
 */
export function moneyFromText(raw: string): CanonicalRecord | string {
  const match = /^([0-9]{1,12})(?:\.([0-9]{1,6}))?(万)?元?(人民币|美元|港元|欧元)?$/.exec(raw);
  if (match === null) return raw;
  const currency = CURRENCY_WORDS[match[4] ?? '人民币']!;
  const whole = Number(match[1]);
  const fraction = match[2] ?? '';
  if (match[3] === '万') return { amount: whole * 1_000_000 + Number(fraction.padEnd(6, '0')), currency };
  if (fraction.length > 2) return raw;
  return { amount: whole * 100 + Number(fraction.padEnd(2, '0')), currency };
}

function optional<T>(value: string | undefined, translate: (raw: string) => T): T | undefined {
  return value === undefined ? undefined : translate(value);
}

/** Reads the envelope; returns the 数据 object, or the outcome when the registry found nothing or refused. */
function readEnvelope(answer: CommerceAnswer, requestId: string | undefined): { readonly data: JsonObject } | { readonly outcome: LookupOutcome } {
  if (answer.status !== 200 && answer.status !== 404 && answer.status !== 403) {
    throw unexpectedStatus(DEPARTMENT, { status: answer.status, contentType: answer.contentType ?? '', body: answer.body });
  }
  try {
    const envelope = asObject(parseJson(answer.body), '(answer)');
    const code = requiredText(envelope, '返回码', '(answer)');
    const message = text(envelope, '返回信息', '(answer)') ?? '';
    const echoed = text(envelope, '请求流水号', '(answer)');
    if (requestId !== undefined && echoed !== undefined && echoed !== requestId) {
      throw malformed(DEPARTMENT, `answer is for request ${echoed}, not ${requestId}`);
    }
    // A 404 is "nobody registered" only with the registry's own code: a bare 404 is a wrong URL.
    if (answer.status === 404 && code === '1404') return { outcome: { kind: 'not-found' } };
    if (answer.status === 403 && code === '1403') return { outcome: refusedOutcome(message) };
    if (answer.status !== 200 || code !== '0000') {
      throw unexpectedStatus(DEPARTMENT, { status: answer.status, contentType: answer.contentType ?? '', body: answer.body });
    }
    return { data: asObject(envelope['数据'], '数据') };
  } catch (error) {
    if (error instanceof JsonShapeError) throw malformed(DEPARTMENT, error.message, error);
    throw error;
  }
}

function shareholder(value: unknown, index: number): CanonicalRecord {
  const where = `股东及出资信息[${index}]`;
  const row = asObject(value, where);
  const kind = optional(text(row, '股东类型', where), (word) => translateCode(SHAREHOLDER_KIND_TEXTS, word));
  const identifier = text(row, '证件号码', where);
  return record({
    name: requiredText(row, '股东名称', where),
    kind,
    idNumber: kind === 'enterprise' ? undefined : identifier?.toUpperCase(),
    uscc: kind === 'enterprise' ? identifier?.toUpperCase() : undefined,
    subscribedCapital: optional(text(row, '认缴出资额', where), moneyFromText),
    subscribedBy: optional(text(row, '认缴出资日期', where), isoFromChineseDate),
  });
}

export function mapBusinessLicence(answer: CommerceAnswer, uscc: string, requestId?: string): LookupOutcome {
  const read = readEnvelope(answer, requestId);
  if ('outcome' in read) return read.outcome;
  try {
    const licence = read.data;
    const code = requiredText(licence, '统一社会信用代码', '数据');
    if (code.toUpperCase() !== uscc.toUpperCase()) throw malformed(DEPARTMENT, `answer is about ${code}, not ${uscc}`);
    const typeText = text(licence, '企业类型', '数据');
    const from = text(licence, '营业期限自', '数据');
    const to = text(licence, '营业期限至', '数据');
    const statusDate = text(licence, '吊销日期', '数据') ?? text(licence, '注销日期', '数据') ?? text(licence, '迁出日期', '数据') ?? text(licence, '停业日期', '数据');
    const result = record({
      uscc: code.toUpperCase(),
      name: text(licence, '企业名称', '数据'),
      enterpriseType: optional(typeText, classifyEnterpriseType),
      enterpriseTypeText: typeText,
      legalRepresentative: text(licence, '法定代表人', '数据'),
      legalRepresentativeIdNumber: text(licence, '法定代表人证件号码', '数据')?.toUpperCase(),
      registeredCapital: optional(text(licence, '注册资本', '数据'), moneyFromText),
      establishedOn: optional(text(licence, '成立日期', '数据'), isoFromChineseDate),
      // 营业期限至 "长期" (or an empty field) means the licence has no end date.
      operatingPeriod:
        from === undefined
          ? undefined
          : record({ from: isoFromChineseDate(from), to: to === undefined || to === '长期' || to === '永久' ? undefined : isoFromChineseDate(to) }),
      address: text(licence, '住所', '数据'),
      businessScope: text(licence, '经营范围', '数据'),
      registrationAuthority: text(licence, '登记机关', '数据'),
      approvedOn: optional(text(licence, '核准日期', '数据'), isoFromChineseDate),
      status: optional(text(licence, '登记状态', '数据'), (word) => translateCode(STATUS_TEXTS, word)),
      statusChangedOn: optional(statusDate, isoFromChineseDate),
      shareholders: list(licence, '股东及出资信息', '数据').map(shareholder),
    });
    return { kind: 'found', record: result };
  } catch (error) {
    if (error instanceof JsonShapeError) throw malformed(DEPARTMENT, error.message, error);
    throw error;
  }
}

export function mapEnterpriseRoles(answer: CommerceAnswer, idNumber: string, requestId?: string): LookupOutcome {
  const read = readEnvelope(answer, requestId);
  if ('outcome' in read) return read.outcome;
  try {
    const person = read.data;
    const id = requiredText(person, '证件号码', '数据');
    // The old 15-digit form is the same person; anything else is someone else's answer.
    if (id.toUpperCase() !== idNumber.toUpperCase() && id !== idNumber.slice(0, 6) + idNumber.slice(8, 17)) {
      throw malformed(DEPARTMENT, `answer is about ${id}, not ${idNumber}`);
    }
    // The registry lists one row per role; the record lists one entry per enterprise.
    const byEnterprise = new Map<string, { row: JsonObject; roles: RecordValue[]; subscribed?: RecordValue }>();
    list(person, '任职信息', '数据').forEach((value, index) => {
      const where = `任职信息[${index}]`;
      const row = asObject(value, where);
      const uscc = requiredText(row, '统一社会信用代码', where).toUpperCase();
      const entry = byEnterprise.get(uscc) ?? { row, roles: [] };
      const role = translateCode(ROLE_TEXTS, requiredText(row, '任职类型', where));
      if (!entry.roles.includes(role)) entry.roles.push(role);
      const subscribed = text(row, '认缴出资额', where);
      if (subscribed !== undefined) entry.subscribed = moneyFromText(subscribed);
      byEnterprise.set(uscc, entry);
    });
    const roles = [...byEnterprise].map(([uscc, entry]) =>
      record({
        uscc,
        enterpriseName: text(entry.row, '企业名称', 'row'),
        roles: entry.roles,
        enterpriseStatus: optional(text(entry.row, '登记状态', 'row'), (word) => translateCode(STATUS_TEXTS, word)),
        establishedOn: optional(text(entry.row, '成立日期', 'row'), isoFromChineseDate),
        subscribedCapital: entry.subscribed,
      }),
    );
    return { kind: 'found', record: record({ idNumber: id.toUpperCase(), name: text(person, '姓名', '数据'), roles }) };
  } catch (error) {
    if (error instanceof JsonShapeError) throw malformed(DEPARTMENT, error.message, error);
    throw error;
  }
}
