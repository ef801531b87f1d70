import type { DepartmentModule } from '../kit/department-adapter';
import { createCivilAffairsAdapter } from './adapter';
import { createCivilAffairsSimulator, civilAffairsDepartment } from './simulator';

/** 民政: marital status, marriage registrations, minimum living allowance (低保). */
export const civilAffairsModule: DepartmentModule = {
  department: 'civil-affairs',
  createAdapter: createCivilAffairsAdapter,
  createSimulator: (options) => createCivilAffairsSimulator(options),
  simulatedDepartment: () => civilAffairsDepartment(),
};
