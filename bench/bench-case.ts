/**
 * The case every benchmark opens: the five-department matter for the demo citizen, whose records every
 * built-in simulator holds (bench/run.ts, bench/compare.ts).
 */
export const MATTER = 'subsistence-allowance';
export const SUBJECT = { idNumber: '11010519491231002X' } as const;
export const CASE_BODY = { matter: MATTER, subject: SUBJECT, purpose: 'benchmark' } as const;
