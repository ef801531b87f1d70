/**
 * The social-security adapter: queries the insurance agency's fixed-width interface over HTTP GET.
 * Record types: insurance-record (a person), employer-contributions (an enterprise).
 */
import type { DepartmentAdapter, LookupRequest } from '../kit/department-adapter';
import type { NativeResponse, NativeSystem } from '../kit/native-system';
import { callNative, expectMediaType, unsupported } from '../simulation/adapter-support';
import { mapEmployerContributions, mapInsuranceRecord } from './mapping';

const DEPARTMENT = 'social-security';
export const SOCIAL_SECURITY_RECORD_TYPES = ['insurance-record', 'employer-contributions'] as const;

function checked(response: NativeResponse): NativeResponse {
  if (response.status === 200) expectMediaType(DEPARTMENT, response, ['text/plain']);
  return response;
}

export function createSocialSecurityAdapter(native: NativeSystem): DepartmentAdapter {
  return {
    department: DEPARTMENT,
    recordTypes: SOCIAL_SECURITY_RECORD_TYPES,
    async lookup(request: LookupRequest, signal?: AbortSignal) {
      const { subject, requestId } = request;
      switch (request.recordType) {
        case 'insurance-record': {
          if (!('idNumber' in subject)) throw unsupported(DEPARTMENT, 'insurance-record records are about persons (idNumber)');
          const response = await callNative(DEPARTMENT, native, { method: 'GET', path: '/si/grcbxx', query: { zjhm: subject.idNumber, lsh: requestId } }, signal);
          return mapInsuranceRecord(checked(response), subject.idNumber);
        }
        case 'employer-contributions': {
          if (!('uscc' in subject)) throw unsupported(DEPARTMENT, 'employer-contributions records are about enterprises (uscc)');
          const response = await callNative(DEPARTMENT, native, { method: 'GET', path: '/si/dwcbxx', query: { tyshxydm: subject.uscc, lsh: requestId } }, signal);
          return mapEmployerContributions(checked(response), subject.uscc);
        }
        default:
          throw unsupported(DEPARTMENT, `no record type ${request.recordType}`);
      }
    },
  };
}
