import { DEPARTMENT_MODULES } from '../../adapters/departments';
import { DEPARTMENT_IDS } from '../../runtime/config';
import { runDepartmentAdapterConformance } from './department-adapter.conformance';

describe('the department registry', () => {
  test('has one module per department id, under its own id', () => {
    expect(Object.keys(DEPARTMENT_MODULES).sort()).toEqual([...DEPARTMENT_IDS].sort());
    for (const id of DEPARTMENT_IDS) expect(DEPARTMENT_MODULES[id].department).toBe(id);
  });
});

for (const id of DEPARTMENT_IDS) runDepartmentAdapterConformance(DEPARTMENT_MODULES[id]);
