import type { DepartmentModule } from '../kit/department-adapter';
import { createSocialSecurityAdapter } from './adapter';
import { createSocialSecuritySimulator, socialSecurityDepartment } from './simulator';

/** 社保: personal insurance records and employer contributions. */
export const socialSecurityModule: DepartmentModule = {
  department: 'social-security',
  createAdapter: createSocialSecurityAdapter,
  createSimulator: (options) => createSocialSecuritySimulator(options),
  simulatedDepartment: () => socialSecurityDepartment(),
};
