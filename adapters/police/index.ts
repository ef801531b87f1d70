import type { DepartmentModule } from '../kit/department-adapter';
import { createPoliceAdapter } from './adapter';
import { createPoliceSimulator, policeDepartment } from './simulator';

/** 公安户籍: household register and legal-representative identity checks. */
export const policeModule: DepartmentModule = {
  department: 'police',
  createAdapter: createPoliceAdapter,
  createSimulator: (options) => createPoliceSimulator(options),
  simulatedDepartment: () => policeDepartment(),
};
