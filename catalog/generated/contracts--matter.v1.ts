/* Generated from schemas/contracts/matter.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * One 'matter' (事项): what a service hall handles in one case, which records it needs from which departments, and how long each department may take.
 */
export interface Matter {
  $schema?: string;
  id: string;
  name: string;
  nameZh: string;
  description?: string;
  subjectKind: 'person' | 'enterprise';
  /**
   * @minItems 1
   */
  requests: [
    {
      department: string;
      type: string;
      deadlineMs: number;
      /**
       * Why the matter needs this record (shown to auditors).
       */
      why?: string;
    },
    ...{
      department: string;
      type: string;
      deadlineMs: number;
      /**
       * Why the matter needs this record (shown to auditors).
       */
      why?: string;
    }[]
  ];
}
