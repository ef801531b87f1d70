import type { NativeRequest } from '../../../adapters/kit/native-system';
import { DEMO_FAMILY } from '../../../adapters/simulation/demo-data';
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC, UNKNOWN_CITIZEN_ID, UNKNOWN_ENTERPRISE_USCC } from '../../../adapters/simulation/demo-subjects';
import { ageOn } from '../../../adapters/simulation/calendar';
import { defaultPopulation } from '../../../adapters/simulation/population';
import { createTaxAdapter } from '../../../adapters/tax/adapter';
import { CREDIT_GRADES, REGISTRATION_STATUS_CODES, TAXPAYER_KIND_CODES } from '../../../adapters/tax/codes';
import { mapTaxStatus, taxQuery } from '../../../adapters/tax/mapping';
import { answerTax, createTaxSimulator, individualIncomeTax, TAX_YEAR } from '../../../adapters/tax/simulator';
import { child, childText, escapeXml, parseXml, writeXml, XmlSyntaxError } from '../../../adapters/tax/xml';
import { foundRecord, nativeError, schemaErrors } from './record-schemas';

const population = defaultPopulation();

function simulatorXml(identifier: string, corrupt = false, requestId = 't-1'): string {
  const response = answerTax(population, { method: 'POST', path: '/taxml/service', body: taxQuery(identifier, requestId), contentType: 'application/xml' }, corrupt);
  expect(response.status).toBe(200);
  return response.body;
}

/** A hand-written answer with the given <nsrxx> content. */
function answer(inner: string, code = '0', message = '成功'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<taxML version="1.0"><head><tran_id>TONGBAN.NSRZT.CX</tran_id><rtn_code>${code}</rtn_code><rtn_msg>${message}</rtn_msg></head>
<body>${inner === '' ? '' : `<nsrxx>${inner}</nsrxx>`}</body></taxML>`;
}

const ENTERPRISE = `<nsrsbh>${DEMO_ENTERPRISE_USCC}</nsrsbh>`;

describe('the strict XML reader', () => {
  test('reads elements, attributes, references and comments', () => {
    const root = parseXml(`\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<!-- header -->
<a x="1" y='&quot;2&quot;'>
  <b>&lt;王&gt; &amp; &#x738B;&#29579;</b>
  <!-- inner -->
  <c/>
  <b>second</b>
</a>
`);
    expect(root.name).toBe('a');
    expect(root.attributes).toEqual({ x: '1', y: '"2"' });
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c', 'b']);
    expect(childText(root, 'b')).toBe('<王> & 王王');
    expect(child(root, 'c')).toEqual({ name: 'c', attributes: {}, children: [], text: '' });
    expect(root.text).toBe('');
  });

  test('writes what it reads', () => {
    const text = writeXml({ name: 'r', attributes: { a: 'x"<' }, children: [{ name: 'v', text: 'a&b' }, { name: 'e' }] });
    const root = parseXml(text);
    expect(root.attributes.a).toBe('x"<');
    expect(childText(root, 'v')).toBe('a&b');
    expect(escapeXml(`<'&">`)).toBe('&lt;&apos;&amp;&quot;&gt;');
  });

  test.each([
    ['an empty document', ''],
    ['two roots', '<a/><b/>'],
    ['an unclosed element', '<a><b></b>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['text after the root', '<a/>x'],
    ['a DOCTYPE (entity expansion)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['an internal DOCTYPE', '<a><!DOCTYPE a></a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['a processing instruction', '<a><?php x ?></a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>A & B</a>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['"<" in an attribute', '<a x="<"/>'],
    ['mixed content', '<a>text<b/></a>'],
    ['a declaration without version', '<?xml encoding="UTF-8"?><a/>'],
    ['a non-UTF-8 declaration', '<?xml version="1.0" encoding="GBK"?><a/>'],
    ['an unterminated comment', '<a><!-- x</a>'],
    ['a surrogate character reference', '<a>&#xD800;</a>'],
    ['attributes without whitespace', '<a x="1"y="2"/>'],
    ['deep nesting', `${'<a>'.repeat(40)}${'</a>'.repeat(40)}`],
  ])('rejects %s', (_name, text) => {
    expect(() => parseXml(text)).toThrow(XmlSyntaxError);
  });
});

describe('tax mapping: real simulator answers', () => {
  test('the demo enterprise: a model taxpayer', () => {
    const record = foundRecord(mapTaxStatus(simulatorXml(DEMO_ENTERPRISE_USCC), { uscc: DEMO_ENTERPRISE_USCC }, 't-1'));
    expect(schemaErrors('tax', 'tax-status', record)).toBe('');
    expect(record).toMatchObject({
      uscc: DEMO_ENTERPRISE_USCC,
      taxpayerName: '福州闽江数据服务有限公司',
      taxpayerKind: 'enterprise',
      registrationStatus: 'normal',
      taxAuthority: '国家税务总局福州市鼓楼区税务局',
      creditRating: { year: TAX_YEAR, grade: 'A' },
      arrearsFen: 0,
      unfiledReturns: 0,
    });
    expect(record.idNumber).toBeUndefined();
    expect((record.annualRevenue as { amountFen: number }).amountFen).toBeGreaterThan(0);
    expect(record.annualIncome).toBeUndefined();
  });

  test('the demo citizen: a natural-person taxpayer with income', () => {
    const record = foundRecord(mapTaxStatus(simulatorXml(DEMO_CITIZEN_ID), { idNumber: DEMO_CITIZEN_ID }, 't-1'));
    expect(schemaErrors('tax', 'tax-status', record)).toBe('');
    expect(record).toMatchObject({ idNumber: DEMO_CITIZEN_ID, taxpayerName: '王秀英', taxpayerKind: 'individual', registrationStatus: 'normal', taxAuthority: '国家税务总局北京市朝阳区税务局', arrearsFen: 0 });
    expect(record.creditRating).toBeUndefined();
    expect(record.annualIncome).toEqual({ year: TAX_YEAR, amountFen: expect.any(Number) as number });
  });

  test('every enterprise and every adult maps to a valid record; minors and strangers are not found', () => {
    for (const enterprise of population.enterprises) {
      const record = foundRecord(mapTaxStatus(simulatorXml(enterprise.uscc), { uscc: enterprise.uscc }));
      expect([enterprise.uscc, schemaErrors('tax', 'tax-status', record)]).toEqual([enterprise.uscc, '']);
    }
    for (const person of population.persons.slice(0, 400)) {
      const outcome = mapTaxStatus(simulatorXml(person.idNumber), { idNumber: person.idNumber });
      if (ageOn(person.birthDate) < 18) {
        expect(outcome).toEqual({ kind: 'not-found' });
        continue;
      }
      expect([person.idNumber, schemaErrors('tax', 'tax-status', foundRecord(outcome))]).toEqual([person.idNumber, '']);
    }
    expect(mapTaxStatus(simulatorXml(UNKNOWN_CITIZEN_ID), { idNumber: UNKNOWN_CITIZEN_ID })).toEqual({ kind: 'not-found' });
    expect(mapTaxStatus(simulatorXml(UNKNOWN_ENTERPRISE_USCC), { uscc: UNKNOWN_ENTERPRISE_USCC })).toEqual({ kind: 'not-found' });
  });

  test('the simulator rejects a request that is not a taxML query', () => {
    const bad = answerTax(population, { method: 'POST', path: '/taxml/service', body: '<x/>' }, false);
    expect(bad.status).toBe(400);
    expect(childText(child(parseXml(bad.body), 'head')!, 'rtn_code')).toBe('2001');
  });

  test('corrupt answers are passed through unrepaired', () => {
    const record = foundRecord(mapTaxStatus(simulatorXml(DEMO_FAMILY.son, true), { idNumber: DEMO_FAMILY.son }));
    expect(record.arrearsFen).toBe(-35000);
    expect(schemaErrors('tax', 'tax-status', record)).toMatch(/arrearsFen/);
  });

  test('the income tax follows the 2019 brackets', () => {
    expect(individualIncomeTax(60_000, 0)).toBe(0);
    expect(individualIncomeTax(96_000, 0)).toBe(1_080);
    expect(individualIncomeTax(200_000, 24_000)).toBe(116_000 * 0.1 - 2_520);
  });
});

describe('tax mapping: code tables', () => {
  test.each(Object.entries(REGISTRATION_STATUS_CODES))('djzt %s → %s', (code, status) => {
    const record = foundRecord(mapTaxStatus(answer(`${ENTERPRISE}<djzt dm="${code}">x</djzt>`), { uscc: DEMO_ENTERPRISE_USCC }));
    expect(record).toEqual({ uscc: DEMO_ENTERPRISE_USCC, registrationStatus: status });
    expect(schemaErrors('tax', 'tax-status', record)).toBe('');
  });

  test.each(Object.entries(TAXPAYER_KIND_CODES))('nsrlx %s → %s', (code, kind) => {
    const record = foundRecord(mapTaxStatus(answer(`${ENTERPRISE}<nsrlx dm="${code}">x</nsrlx>`), { uscc: DEMO_ENTERPRISE_USCC }));
    expect(record.taxpayerKind).toBe(kind);
  });

  test.each(CREDIT_GRADES.map((g) => [g]))('nsxydj %s', (grade) => {
    const record = foundRecord(mapTaxStatus(answer(`${ENTERPRISE}<nsxydj pjnd="2024">${grade}</nsxydj>`), { uscc: DEMO_ENTERPRISE_USCC }));
    expect(record.creditRating).toEqual({ year: 2024, grade });
    expect(schemaErrors('tax', 'tax-status', record)).toBe('');
  });

  test('amounts in yuan become fen; yearly figures carry their year', () => {
    const inner = `${ENTERPRISE}<qsxx><qsje>1234.5</qsje><qsrq>2025-01-15</qsrq><wsbcs>2</wsbcs></qsxx><ndsb nd="2024"><yysr>100</yysr><yjse>0.07</yjse></ndsb>`;
    const record = foundRecord(mapTaxStatus(answer(inner), { uscc: DEMO_ENTERPRISE_USCC }));
    expect(record).toEqual({
      uscc: DEMO_ENTERPRISE_USCC,
      arrearsFen: 123_450,
      arrearsSince: '2025-01-15',
      unfiledReturns: 2,
      annualRevenue: { year: 2024, amountFen: 10_000 },
      annualTaxPaid: { year: 2024, amountFen: 7 },
    });
    expect(schemaErrors('tax', 'tax-status', record)).toBe('');
  });

  test('unknown codes and unreadable amounts are passed through and fail the schema', () => {
    const record = foundRecord(mapTaxStatus(answer(`${ENTERPRISE}<djzt dm="99">?</djzt><nsxydj pjnd="2024">E</nsxydj><qsxx><qsje>一百</qsje></qsxx>`), { uscc: DEMO_ENTERPRISE_USCC }));
    expect(record).toMatchObject({ registrationStatus: '99', creditRating: { grade: 'E' }, arrearsFen: '一百' });
    expect(schemaErrors('tax', 'tax-status', record)).not.toBe('');
  });
});

describe('tax mapping: missing and malformed answers', () => {
  test('only the taxpayer number: a record with only the identifier', () => {
    expect(foundRecord(mapTaxStatus(answer(ENTERPRISE), { uscc: DEMO_ENTERPRISE_USCC }))).toEqual({ uscc: DEMO_ENTERPRISE_USCC });
    expect(foundRecord(mapTaxStatus(answer(`<nsrsbh>${DEMO_CITIZEN_ID}</nsrsbh>`), { idNumber: DEMO_CITIZEN_ID }))).toEqual({ idNumber: DEMO_CITIZEN_ID });
  });

  test('return codes: 1001 not found, 1003 refused, 9999 retriable, others not', () => {
    expect(mapTaxStatus(answer('', '1001', '无'), { uscc: DEMO_ENTERPRISE_USCC })).toEqual({ kind: 'not-found' });
    expect(mapTaxStatus(answer('', '1003', '涉密纳税人'), { uscc: DEMO_ENTERPRISE_USCC })).toEqual({ kind: 'refused', reason: '涉密纳税人' });
    expect(nativeError(() => mapTaxStatus(answer('', '9999', '忙'), { uscc: DEMO_ENTERPRISE_USCC })).retriable).toBe(true);
    expect(nativeError(() => mapTaxStatus(answer('', '2001', '格式错误'), { uscc: DEMO_ENTERPRISE_USCC })).retriable).toBe(false);
  });

  test.each([
    ['not XML', 'Service Unavailable'],
    ['a truncated document', simulatorXml(DEMO_ENTERPRISE_USCC).slice(0, 300)],
    ['another root element', '<soap:Envelope/>'],
    ['no head', '<taxML><body/></taxML>'],
    ['no rtn_code', '<taxML><head/><body/></taxML>'],
    ['code 0 without <nsrxx>', answer('')],
    ['an answer about another taxpayer', simulatorXml(population.enterprises[9]!.uscc)],
  ])('%s is a non-retriable error', (_name, text) => {
    expect(nativeError(() => mapTaxStatus(text, { uscc: DEMO_ENTERPRISE_USCC })).retriable).toBe(false);
  });

  test('an answer to another transaction is rejected', () => {
    expect(nativeError(() => mapTaxStatus(simulatorXml(DEMO_ENTERPRISE_USCC, false, 't-1'), { uscc: DEMO_ENTERPRISE_USCC }, 't-2')).retriable).toBe(false);
  });

  test('the query escapes what it embeds', () => {
    const root = parseXml(taxQuery('A&B', 'id<1>'));
    expect(childText(child(root, 'body')!, 'nsrsbh')).toBe('A&B');
    expect(childText(child(root, 'head')!, 'tran_seq')).toBe('id<1>');
  });
});

describe('tax adapter', () => {
  test('posts a taxML query carrying the taxpayer number and the request id', async () => {
    const seen: NativeRequest[] = [];
    const simulator = createTaxSimulator({ latencyMs: 0 });
    const adapter = createTaxAdapter({ handle: (request, signal) => (seen.push(request), simulator.handle(request, signal)) });
    expect((await adapter.lookup({ recordType: 'tax-status', subject: { idNumber: DEMO_CITIZEN_ID }, requestId: 'r-5' })).kind).toBe('found');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/taxml/service', contentType: 'application/xml; charset=utf-8' });
    const query = parseXml(seen[0]!.body!);
    expect(childText(child(query, 'body')!, 'nsrsbh')).toBe(DEMO_CITIZEN_ID);
    expect(childText(child(query, 'head')!, 'tran_seq')).toBe('r-5');
  });
});
