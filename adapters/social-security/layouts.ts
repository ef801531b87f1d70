/**
 * The record layouts of the social insurance query answers (widths in GBK bytes, see fixed-width.ts).
 *
 * Person query (GET /si/grcbxx?zjhm=…&lsh=…):
 *   01 个人参保信息 (166)  GMSFHM 18 | XM 20 | SBKH 9 社保卡号 | CBZT 1 参保状态 | DWTYDM 18 单位信用代码 |
 *                          DWMC 60 单位名称 | JFJS N10 缴费基数(分) | LJJFYS N4 累计缴费月数 |
 *                          SCCBRQ 8 首次参保日期 | CBDQ 6 参保地区划 | YYLJ N10 月养老金(分)
 *   02 险种参保 (24)       XZLX 3 险种 | CBZT 1 | CBRQ 8 参保日期 | JFYS N4 缴费月数 | ZHJFNY 6 最后缴费年月
 * Employer query (GET /si/dwcbxx?tyshxydm=…&lsh=…):
 *   11 单位参保信息 (134)  DWTYDM 18 | DWMC 60 | DWBH 10 社保登记编号 | DJZT 1 登记状态 | DJRQ 8 登记日期 |
 *                          CBRS N6 参保人数 | JFJSZE N14 缴费基数总额(分) | QFJE N12 欠费金额(分) | QFYS N3 欠费月数
 *   12 单位险种 (17)       XZLX 3 | CBRS N6 | ZHJFNY 6
 * Both end with
 *   99 结束 (8)            JLS N6 number of records before this one
 * Nobody found: HTTP 404 with the single record "99000000".
 */
import type { RecordLayout } from './fixed-width';

export const PERSON_HEADER: RecordLayout = {
  recordType: '01',
  fields: [
    { name: 'GMSFHM', width: 18, kind: 'text' },
    { name: 'XM', width: 20, kind: 'text' },
    { name: 'SBKH', width: 9, kind: 'text' },
    { name: 'CBZT', width: 1, kind: 'text' },
    { name: 'DWTYDM', width: 18, kind: 'text' },
    { name: 'DWMC', width: 60, kind: 'text' },
    { name: 'JFJS', width: 10, kind: 'number' },
    { name: 'LJJFYS', width: 4, kind: 'number' },
    { name: 'SCCBRQ', width: 8, kind: 'text' },
    { name: 'CBDQ', width: 6, kind: 'text' },
    { name: 'YYLJ', width: 10, kind: 'number' },
  ],
};

export const PERSON_INSURANCE: RecordLayout = {
  recordType: '02',
  fields: [
    { name: 'XZLX', width: 3, kind: 'text' },
    { name: 'CBZT', width: 1, kind: 'text' },
    { name: 'CBRQ', width: 8, kind: 'text' },
    { name: 'JFYS', width: 4, kind: 'number' },
    { name: 'ZHJFNY', width: 6, kind: 'text' },
  ],
};

export const EMPLOYER_HEADER: RecordLayout = {
  recordType: '11',
  fields: [
    { name: 'DWTYDM', width: 18, kind: 'text' },
    { name: 'DWMC', width: 60, kind: 'text' },
    { name: 'DWBH', width: 10, kind: 'text' },
    { name: 'DJZT', width: 1, kind: 'text' },
    { name: 'DJRQ', width: 8, kind: 'text' },
    { name: 'CBRS', width: 6, kind: 'number' },
    { name: 'JFJSZE', width: 14, kind: 'number' },
    { name: 'QFJE', width: 12, kind: 'number' },
    { name: 'QFYS', width: 3, kind: 'number' },
  ],
};

export const EMPLOYER_INSURANCE: RecordLayout = {
  recordType: '12',
  fields: [
    { name: 'XZLX', width: 3, kind: 'text' },
    { name: 'CBRS', width: 6, kind: 'number' },
    { name: 'ZHJFNY', width: 6, kind: 'text' },
  ],
};

export const TRAILER: RecordLayout = {
  recordType: '99',
  fields: [{ name: 'JLS', width: 6, kind: 'number' }],
};

export const NOT_FOUND_BODY = '99000000\r\n';
