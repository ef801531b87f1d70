/**
 * Dates of the simulated world. The population is generated as of a fixed reference date, never "today":
 * a simulator started next year must still describe exactly the same people (ages, contribution months,
 * last payments) as one started now, or departments and test expectations would drift apart.
 * Dates are ISO strings (yyyy-mm-dd) handled in UTC day numbers.
 */
import type { Random } from './prng';

export const REFERENCE_DATE = '2025-06-30';
const DAY_MS = 86_400_000;

export function toDayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Same calendar day some years later; 29 February becomes 28 February in common years. */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  let month = iso.slice(5, 7);
  let day = iso.slice(8, 10);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === '02' && day === '29' && !leap) {
    month = '02';
    day = '28';
  }
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

/** Completed years of age on a day. */
export function ageOn(birthIso: string, onIso: string = REFERENCE_DATE): number {
  let age = Number(onIso.slice(0, 4)) - Number(birthIso.slice(0, 4));
  if (onIso.slice(5) < birthIso.slice(5)) age -= 1;
  return age;
}

/** A uniformly random day in [from, to], both inclusive. */
export function randomDate(rng: Random, fromIso: string, toIso: string): string {
  return fromDayNumber(rng.int(toDayNumber(fromIso), toDayNumber(toIso)));
}

/** A birth date that makes someone exactly `age` years old on the reference date. */
export function birthDateForAge(rng: Random, age: number): string {
  const latest = addYears(REFERENCE_DATE, -age);
  const earliest = addDays(addYears(REFERENCE_DATE, -age - 1), 1);
  return randomDate(rng, earliest, latest);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** yyyymmdd, as most legacy systems store dates. */
export function compactDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** Whole months between two dates (the later day-of-month not yet reached does not count). */
export function monthsBetween(fromIso: string, toIso: string): number {
  const months =
    (Number(toIso.slice(0, 4)) - Number(fromIso.slice(0, 4))) * 12 + (Number(toIso.slice(5, 7)) - Number(fromIso.slice(5, 7)));
  return toIso.slice(8) < fromIso.slice(8) ? months - 1 : months;
}

/** The month before the reference date's month, as yyyy-mm: the last month a contribution can have been paid. */
export function monthBefore(iso: string, months = 1): string {
  const total = Number(iso.slice(0, 4)) * 12 + (Number(iso.slice(5, 7)) - 1) - months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}
