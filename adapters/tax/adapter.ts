/**
 * The tax adapter: posts a taxML query to the tax bureau's exchange service and translates the
 * answer. One record type, tax-status, for persons (by resident id number, which is a natural person's
 * taxpayer number) and enterprises (by USCC).
 */
import type { DepartmentAdapter, LookupRequest } from '../kit/department-adapter';
import type { NativeSystem } from '../kit/native-system';
import { callNative, expectMediaType, unexpectedStatus, unsupported } from '../simulation/adapter-support';
import { mapTaxStatus, taxQuery } from './mapping';

const DEPARTMENT = 'tax';
export const TAX_RECORD_TYPES = ['tax-status'] as const;

export function createTaxAdapter(native: NativeSystem): DepartmentAdapter {
  return {
    department: DEPARTMENT,
    recordTypes: TAX_RECORD_TYPES,
    async lookup(request: LookupRequest, signal?: AbortSignal) {
      if (request.recordType !== 'tax-status') throw unsupported(DEPARTMENT, `no record type ${request.recordType}`);
      const identifier = 'idNumber' in request.subject ? request.subject.idNumber : request.subject.uscc;
      const response = await callNative(
        DEPARTMENT,
        native,
        { method: 'POST', path: '/taxml/service', contentType: 'application/xml; charset=utf-8', body: taxQuery(identifier, request.requestId) },
        signal,
      );
      // "Not found" is rtn_code 1001 inside a 200; any other status means the call itself went wrong.
      if (response.status !== 200) throw unexpectedStatus(DEPARTMENT, response);
      expectMediaType(DEPARTMENT, response, ['application/xml', 'text/xml']);
      return mapTaxStatus(response.body, request.subject, request.requestId);
    },
  };
}
