import { CITIZEN, T0, UNKNOWN_CITIZEN, type ScriptedCase } from './scripted-log';

/**
 * A scripted day at the service hall with known answer times (ms after the request), from which the
 * access history and SLA tests derive their expected figures by hand. Case i opens at T0 + i minutes.
 *
 *   case  matter / consumer          police   commerce     tax      social-sec  civil-aff  closes
 *   0     subsistence / demo-hall    900      100          40       250         150        900 completed
 *   1     subsistence / demo-hall    1100     110 n-f      42       260         160        1100 completed
 *   2     subsistence (unknown id)   1300 n-f 120 failed   44 n-f   270 n-f     170 n-f    1300 partial
 *   3     subsistence / demo-hall    1500     130          none     280         180        5000 partial (tax timeout)
 *   4     subsistence / demo-hall    6200     140          46       290         190        5000 partial (police timeout, late answer)
 *   5     newborn / demo-restricted  700      -            -        withheld    200        700 partial (withheld)
 *   6     subsistence / demo-hall    none     100          100      100         100        never closed (police pending)
 *
 * Deadlines are 5,000 ms for every request. Case 6 opens at T0 + 10 min, so the log ends 100 ms after it:
 * its police request is still pending, not a timeout.
 */
const minute = 60_000;

export const KNOWN_CASES: ScriptedCase[] = [
  {
    matter: 'subsistence-allowance',
    subject: CITIZEN,
    purpose: '低保申请审核',
    openedAt: T0,
    answers: {
      police: { outcome: 'provided', afterMs: 900 },
      commerce: { outcome: 'provided', afterMs: 100 },
      tax: { outcome: 'provided', afterMs: 40 },
      'social-security': { outcome: 'provided', afterMs: 250 },
      'civil-affairs': { outcome: 'provided', afterMs: 150 },
    },
  },
  {
    matter: 'subsistence-allowance',
    subject: CITIZEN,
    purpose: '低保复核',
    openedAt: T0 + minute,
    answers: {
      police: { outcome: 'provided', afterMs: 1100 },
      commerce: { outcome: 'not-found', afterMs: 110 },
      tax: { outcome: 'provided', afterMs: 42 },
      'social-security': { outcome: 'provided', afterMs: 260 },
      'civil-affairs': { outcome: 'provided', afterMs: 160 },
    },
  },
  {
    matter: 'subsistence-allowance',
    subject: UNKNOWN_CITIZEN,
    purpose: '低保申请审核',
    openedAt: T0 + 2 * minute,
    answers: {
      police: { outcome: 'not-found', afterMs: 1300 },
      commerce: { outcome: 'failed', afterMs: 120 },
      tax: { outcome: 'not-found', afterMs: 44 },
      'social-security': { outcome: 'not-found', afterMs: 270 },
      'civil-affairs': { outcome: 'not-found', afterMs: 170 },
    },
  },
  {
    matter: 'subsistence-allowance',
    subject: CITIZEN,
    purpose: '=HYPERLINK("http://example.invalid")',
    openedAt: T0 + 3 * minute,
    answers: {
      police: { outcome: 'provided', afterMs: 1500 },
      commerce: { outcome: 'provided', afterMs: 130 },
      tax: { outcome: 'none', afterMs: 0 },
      'social-security': { outcome: 'provided', afterMs: 280 },
      'civil-affairs': { outcome: 'provided', afterMs: 180 },
    },
  },
  {
    matter: 'subsistence-allowance',
    subject: CITIZEN,
    purpose: '低保申请审核',
    openedAt: T0 + 4 * minute,
    answers: {
      police: { outcome: 'provided', afterMs: 6200 },
      commerce: { outcome: 'provided', afterMs: 140 },
      tax: { outcome: 'provided', afterMs: 46 },
      'social-security': { outcome: 'provided', afterMs: 290 },
      'civil-affairs': { outcome: 'provided', afterMs: 190 },
    },
  },
  {
    matter: 'newborn',
    consumer: 'demo-restricted',
    subject: CITIZEN,
    purpose: '出生一件事',
    openedAt: T0 + 5 * minute,
    answers: {
      police: { outcome: 'provided', afterMs: 700 },
      'civil-affairs': { outcome: 'provided', afterMs: 200 },
    },
  },
  {
    matter: 'subsistence-allowance',
    subject: CITIZEN,
    purpose: '低保申请审核',
    openedAt: T0 + 10 * minute,
    close: false,
    answers: { police: { outcome: 'none', afterMs: 0 } },
  },
];
