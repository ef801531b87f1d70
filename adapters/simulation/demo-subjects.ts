/**
 * The subjects every demo, tutorial and conformance test uses. They are fixed, not drawn from the
 * seeded population, so that documentation can quote them and they never change with the generator.
 */

/** The GB 11643-1999 annex example: a woman born 31 December 1949 in Chaoyang District, Beijing. */
export const DEMO_CITIZEN_ID = '11010519491231002X';

/** An enterprise registered in Fuzhou whose legal representative is the demo citizen. */
export const DEMO_ENTERPRISE_USCC = '91350100M000100Y43';

/** Valid id number (1880-01-01, Chaoyang County, Shantou) that no department knows: not-found everywhere. */
export const UNKNOWN_CITIZEN_ID = '440524188001010014';

/** Valid USCC (Shenzhen, "MA5GUNKN") that no department knows: not-found everywhere. */
export const UNKNOWN_ENTERPRISE_USCC = '91440300MA5GUNKN2J';
