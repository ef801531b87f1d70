/**
 * The commerce (market regulation) adapter: asks the registration query interface (JSON with Chinese
 * member names over HTTP GET). Record types: business-licence (an enterprise), enterprise-roles (a
 * person: enterprises where they are legal representative or shareholder).
 */
import type { DepartmentAdapter, LookupRequest } from '../kit/department-adapter';
import type { NativeResponse, NativeSystem } from '../kit/native-system';
import { callNative, expectMediaType, unsupported } from '../simulation/adapter-support';
import { mapBusinessLicence, mapEnterpriseRoles } from './mapping';

const DEPARTMENT = 'commerce';
export const COMMERCE_RECORD_TYPES = ['business-licence', 'enterprise-roles'] as const;

function checked(response: NativeResponse): NativeResponse {
  if (response.status === 200) expectMediaType(DEPARTMENT, response, ['application/json']);
  return response;
}

export function createCommerceAdapter(native: NativeSystem): DepartmentAdapter {
  return {
    department: DEPARTMENT,
    recordTypes: COMMERCE_RECORD_TYPES,
    async lookup(request: LookupRequest, signal?: AbortSignal) {
      const { subject, requestId } = request;
      switch (request.recordType) {
        case 'business-licence': {
          if (!('uscc' in subject)) throw unsupported(DEPARTMENT, 'business-licence records are about enterprises (uscc)');
          const response = await callNative(DEPARTMENT, native, { method: 'GET', path: '/api/v2/qydj/jbxx', query: { tyshxydm: subject.uscc, qqlsh: requestId } }, signal);
          return mapBusinessLicence(checked(response), subject.uscc, requestId);
        }
        case 'enterprise-roles': {
          if (!('idNumber' in subject)) throw unsupported(DEPARTMENT, 'enterprise-roles records are about persons (idNumber)');
          const response = await callNative(DEPARTMENT, native, { method: 'GET', path: '/api/v2/qydj/rzxx', query: { zjhm: subject.idNumber, qqlsh: requestId } }, signal);
          return mapEnterpriseRoles(checked(response), subject.idNumber, requestId);
        }
        default:
          throw unsupported(DEPARTMENT, `no record type ${request.recordType}`);
      }
    },
  };
}
