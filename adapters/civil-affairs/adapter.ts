/**
 * The civil-affairs adapter: queries the civil affairs business system (CSV over HTTP GET) for a
 * person's marital status, marriage registrations and minimum living allowance. Record type:
 * civil-status (a person).
 */
import type { DepartmentAdapter, LookupRequest } from '../kit/department-adapter';
import type { NativeSystem } from '../kit/native-system';
import { callNative, expectMediaType, unexpectedStatus, unsupported } from '../simulation/adapter-support';
import { mapCivilStatus } from './mapping';

const DEPARTMENT = 'civil-affairs';
export const CIVIL_AFFAIRS_RECORD_TYPES = ['civil-status'] as const;

export function createCivilAffairsAdapter(native: NativeSystem): DepartmentAdapter {
  return {
    department: DEPARTMENT,
    recordTypes: CIVIL_AFFAIRS_RECORD_TYPES,
    async lookup(request: LookupRequest, signal?: AbortSignal) {
      if (request.recordType !== 'civil-status') throw unsupported(DEPARTMENT, `no record type ${request.recordType}`);
      if (!('idNumber' in request.subject)) throw unsupported(DEPARTMENT, 'civil-status records are about persons (idNumber)');
      const response = await callNative(
        DEPARTMENT,
        native,
        { method: 'GET', path: '/mzyw/rycx', query: { sfzjhm: request.subject.idNumber, ywlsh: request.requestId } },
        signal,
      );
      // "Not found" is a CWXX,E404 record inside a 200; any other status means the call went wrong.
      if (response.status !== 200) throw unexpectedStatus(DEPARTMENT, response);
      expectMediaType(DEPARTMENT, response, ['text/csv']);
      return mapCivilStatus(response.body, request.subject.idNumber);
    },
  };
}
