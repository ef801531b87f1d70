/**
 * The generator and the simulators must work for any seed and size, not only for the default
 * population the other tests look at: every simulator answers every subject of a few other worlds.
 */
import { answerCivilAffairs } from '../../../adapters/civil-affairs/simulator';
import { answerCommerce } from '../../../adapters/commerce/simulator';
import { answerPolice } from '../../../adapters/police/simulator';
import { buildPopulation } from '../../../adapters/simulation/population';
import { answerSocialSecurity } from '../../../adapters/social-security/simulator';
import { taxQuery } from '../../../adapters/tax/mapping';
import { answerTax } from '../../../adapters/tax/simulator';
import { checkResidentId } from '../../../identity/resident-id';
import { checkUscc } from '../../../identity/uscc';

describe.each(['alpha', 'beta'])('a population seeded %s', (seed) => {
  const population = buildPopulation({ seed, persons: 300, enterprises: 50 });

  test('has valid identifiers', () => {
    expect(population.persons.filter((p) => !checkResidentId(p.idNumber).valid)).toEqual([]);
    expect(population.enterprises.filter((e) => !checkUscc(e.uscc).valid)).toEqual([]);
  });

  test('every simulator answers every subject, normally or corrupt', () => {
    // Collected rather than asserted one by one: thousands of expect() calls would dominate the run.
    const failures: string[] = [];
    const check = (what: string, status: number): void => {
      if (status !== 200) failures.push(`${what}: ${status}`);
    };
    for (const corrupt of [false, true]) {
      for (const { idNumber } of population.persons) {
        check(`police ${idNumber}`, answerPolice(population, { method: 'GET', path: '/rkxx/query', query: { gmsfhm: idNumber } }, corrupt).status);
        check(`commerce ${idNumber}`, answerCommerce(population, { method: 'GET', path: '/api/v2/qydj/rzxx', query: { zjhm: idNumber } }, corrupt).status);
        check(`tax ${idNumber}`, answerTax(population, { method: 'POST', path: '/taxml/service', body: taxQuery(idNumber, 'x') }, corrupt).status);
        check(`social-security ${idNumber}`, answerSocialSecurity(population, { method: 'GET', path: '/si/grcbxx', query: { zjhm: idNumber } }, corrupt).status);
        check(`civil-affairs ${idNumber}`, answerCivilAffairs(population, { method: 'GET', path: '/mzyw/rycx', query: { sfzjhm: idNumber } }, corrupt).status);
      }
      for (const { uscc } of population.enterprises) {
        check(`police ${uscc}`, answerPolice(population, { method: 'GET', path: '/rkxx/fddbr', query: { tyshxydm: uscc } }, corrupt).status);
        check(`commerce ${uscc}`, answerCommerce(population, { method: 'GET', path: '/api/v2/qydj/jbxx', query: { tyshxydm: uscc } }, corrupt).status);
        check(`tax ${uscc}`, answerTax(population, { method: 'POST', path: '/taxml/service', body: taxQuery(uscc, 'x') }, corrupt).status);
        check(`social-security ${uscc}`, answerSocialSecurity(population, { method: 'GET', path: '/si/dwcbxx', query: { tyshxydm: uscc } }, corrupt).status);
      }
    }
    expect(failures).toEqual([]);
  });
});
