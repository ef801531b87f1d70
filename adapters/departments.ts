/**
 * The five departments Tongban connects, by id: each module builds its adapter and its simulator.
 */
import type { DepartmentId } from '../runtime/config';
import { civilAffairsModule } from './civil-affairs';
import { commerceModule } from './commerce';
import type { DepartmentModule } from './kit/department-adapter';
import { policeModule } from './police';
import { socialSecurityModule } from './social-security';
import { taxModule } from './tax';

export const DEPARTMENT_MODULES: Readonly<Record<DepartmentId, DepartmentModule>> = Object.freeze({
  police: policeModule,
  commerce: commerceModule,
  tax: taxModule,
  'social-security': socialSecurityModule,
  'civil-affairs': civilAffairsModule,
});
