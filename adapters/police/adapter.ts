/**
 * The police adapter: asks the household register query service (hukou-text over HTTP GET) and
 * translates its answer. Record types: household-register (a person), legal-representative (an
 * enterprise: identity check of its legal representative).
 */
import type { DepartmentAdapter, LookupRequest } from '../kit/department-adapter';
import type { NativeResponse, NativeSystem } from '../kit/native-system';
import { callNative, expectMediaType, unexpectedStatus, unsupported } from '../simulation/adapter-support';
import { mapHouseholdRegister, mapLegalRepresentative } from './mapping';

const DEPARTMENT = 'police';
export const POLICE_RECORD_TYPES = ['household-register', 'legal-representative'] as const;

function body(response: NativeResponse): string {
  // Not-found and refusals travel inside a 200 (RESULT|0404…); any other status is a routing problem.
  if (response.status !== 200) throw unexpectedStatus(DEPARTMENT, response);
  expectMediaType(DEPARTMENT, response, ['text/plain']);
  return response.body;
}

export function createPoliceAdapter(native: NativeSystem): DepartmentAdapter {
  return {
    department: DEPARTMENT,
    recordTypes: POLICE_RECORD_TYPES,
    async lookup(request: LookupRequest, signal?: AbortSignal) {
      const { subject, requestId } = request;
      switch (request.recordType) {
        case 'household-register': {
          if (!('idNumber' in subject)) throw unsupported(DEPARTMENT, 'household-register records are about persons (idNumber)');
          const response = await callNative(DEPARTMENT, native, { method: 'GET', path: '/rkxx/query', query: { gmsfhm: subject.idNumber, cxbh: requestId } }, signal);
          return mapHouseholdRegister(body(response), subject.idNumber, requestId);
        }
        case 'legal-representative': {
          if (!('uscc' in subject)) throw unsupported(DEPARTMENT, 'legal-representative records are about enterprises (uscc)');
          const response = await callNative(DEPARTMENT, native, { method: 'GET', path: '/rkxx/fddbr', query: { tyshxydm: subject.uscc, cxbh: requestId } }, signal);
          return mapLegalRepresentative(body(response), subject.uscc, requestId);
        }
        default:
          throw unsupported(DEPARTMENT, `no record type ${request.recordType}`);
      }
    },
  };
}
