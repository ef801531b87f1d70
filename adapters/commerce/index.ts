import type { DepartmentModule } from '../kit/department-adapter';
import { createCommerceAdapter } from './adapter';
import { createCommerceSimulator, commerceDepartment } from './simulator';

/** 市场监管: business licences and the enterprise roles of a person. */
export const commerceModule: DepartmentModule = {
  department: 'commerce',
  createAdapter: createCommerceAdapter,
  createSimulator: (options) => createCommerceSimulator(options),
  simulatedDepartment: () => commerceDepartment(),
};
