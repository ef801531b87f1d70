import type { TopicSpec } from './event-log';

/**
 * Topic layout: one application topic, one request and one response topic per department, one dead
 * letter topic. All are audit evidence, so all are kept forever.
 */
export const Topics = {
  applications: 'tongban.applications',
  deadLetter: 'tongban.dead-letter',
  requests: (department: string): string => `tongban.requests.${department}`,
  responses: (department: string): string => `tongban.responses.${department}`,
} as const;

export function topicSpecs(departments: readonly string[], partitions?: number): TopicSpec[] {
  const names = [
    Topics.applications,
    Topics.deadLetter,
    ...departments.flatMap((d) => [Topics.requests(d), Topics.responses(d)]),
  ];
  return names.map((name) => ({ name, retention: 'forever' as const, ...(partitions ? { partitions } : {}) }));
}
