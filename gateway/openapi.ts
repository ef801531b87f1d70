import type { SchemaRegistry } from '../catalog/schema-registry';
import { SCHEMA_BASE } from '../catalog/schema-registry';

/**
 * OpenAPI 3.1 for the one-network API, built from the same JSON Schemas the gateway validates with
 * (OpenAPI 3.1 speaks JSON Schema 2020-12, so the documents go in unchanged). Record schemas are
 * included so a caller can generate types for dossier data too.
 */
function componentName(id: string): string {
  return id
    .slice(SCHEMA_BASE.length)
    .replace(/\.json$/, '')
    .split(/[/.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

const problem = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'Stable error code (TB_…)' },
    errors: {
      type: 'array',
      items: { type: 'object', required: ['pointer', 'detail'], properties: { pointer: { type: 'string' }, detail: { type: 'string' } } },
    },
  },
};

export function buildOpenApi(schemas: SchemaRegistry, version: string): Record<string, unknown> {
  const components: Record<string, unknown> = { Problem: problem };
  for (const [id, doc] of schemas.documents) {
    if (id.includes('/events/') || id.includes('/contracts/') || id.includes('envelope')) continue;
    const { $schema: _ignored, ...rest } = doc;
    components[componentName(id)] = rest;
  }
  const ref = (id: string): { $ref: string } => ({ $ref: `#/components/schemas/${componentName(`${SCHEMA_BASE}${id}`)}` });
  const problems = (...codes: number[]): Record<string, unknown> =>
    Object.fromEntries(codes.map((c) => [String(c), { $ref: '#/components/responses/Problem' }]));
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tongban one-network API',
      version,
      description: 'One call gathers verified records from every department a matter needs (一网通办).',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      responses: { Problem: { description: 'Problem details', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } } },
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/applications': {
        post: {
          summary: 'Open a case and gather its records',
          parameters: [
            { name: 'Idempotency-Key', in: 'header', schema: { type: 'string', maxLength: 200 } },
            { name: 'Prefer', in: 'header', description: 'wait=N: wait up to N seconds for the finished dossier (RFC 7240)', schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: ref('application-request.v1.json') } } },
          responses: {
            '200': { description: 'The finished dossier', content: { 'application/json': { schema: ref('dossier.v1.json') } } },
            '202': { description: 'Accepted; the dossier is still pending', content: { 'application/json': { schema: ref('dossier.v1.json') } } },
            ...problems(400, 401, 403, 413, 415, 422, 429, 503),
          },
        },
      },
      '/v1/applications/{id}': {
        get: {
          summary: 'A dossier',
          parameters: [idParam],
          responses: { '200': { description: 'The dossier', content: { 'application/json': { schema: ref('dossier.v1.json') } } }, ...problems(401, 404) },
        },
      },
      '/v1/applications/{id}/events': {
        get: {
          summary: 'Server-sent events: the dossier after every change, until it is closed',
          parameters: [idParam],
          responses: { '200': { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...problems(401, 404) },
        },
      },
      '/v1/subjects/{id}/access': {
        get: {
          summary: "A subject's access history: which consumer opened which case, for what purpose, and which fields each department disclosed",
          parameters: [{ name: 'id', in: 'path', required: true, description: 'Resident id number or USCC', schema: { type: 'string', maxLength: 18 } }],
          responses: { '200': { description: 'Access history, oldest first' }, ...problems(400, 401, 403) },
        },
      },
      '/v1/matters': { get: { summary: 'The matters the caller may open, with what it is granted', responses: { '200': { description: 'Matters' }, ...problems(401, 403) } } },
      '/v1/departments': { get: { summary: 'Departments, their record types and public keys (JWKS)', security: [], responses: { '200': { description: 'Departments' } } } },
      '/healthz': { get: { summary: 'Liveness', security: [], responses: { '200': { description: 'Alive' } } } },
      '/readyz': { get: { summary: 'Readiness', security: [], responses: { '200': { description: 'Ready' }, '503': { description: 'Not ready' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', security: [], responses: { '200': { description: 'text/plain' } } } },
    },
  };
}
