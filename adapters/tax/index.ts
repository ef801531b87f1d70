import type { DepartmentModule } from '../kit/department-adapter';
import { createTaxAdapter } from './adapter';
import { createTaxSimulator, taxDepartment } from './simulator';

/** 税务: registration status, credit rating, arrears, declared income or revenue. */
export const taxModule: DepartmentModule = {
  department: 'tax',
  createAdapter: createTaxAdapter,
  createSimulator: (options) => createTaxSimulator(options),
  simulatedDepartment: () => taxDepartment(),
};
