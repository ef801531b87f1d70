/* Generated from schemas/contracts/department.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * A department that answers data requests through its adapter. Its record types name their schemas; the fields of a record type are the top-level properties of that schema.
 */
export interface Department {
  $schema?: string;
  id: string;
  name: string;
  nameZh: string;
  /**
   * What the department's own system is and which format it speaks.
   */
  nativeSystem?: string;
  /**
   * @minItems 1
   */
  recordTypes: [
    {
      type: string;
      schema: string;
      /**
       * @minItems 1
       */
      subjectKinds: ['person' | 'enterprise', ...('person' | 'enterprise')[]];
      description: string;
    },
    ...{
      type: string;
      schema: string;
      /**
       * @minItems 1
       */
      subjectKinds: ['person' | 'enterprise', ...('person' | 'enterprise')[]];
      description: string;
    }[]
  ];
}
