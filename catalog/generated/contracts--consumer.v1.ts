/* Generated from schemas/contracts/consumer.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * A data-sharing agreement with one calling system (a service hall, a citizen channel). Under the 2016 interim measures each grant is unconditional, conditional (a stated purpose from a list and, where marked, the citizen's consent), or absent (not granted).
 */
export interface Consumer {
  $schema?: string;
  id: string;
  name: string;
  nameZh?: string;
  matters: string[];
  /**
   * May read GET /v1/subjects/{id}/access (a citizen's own channel, or an oversight body).
   */
  accessHistory?: boolean;
  rateLimitPerMinute?: number;
  grants: {
    department: string;
    type: string;
    category: 'unconditional' | 'conditional';
    /**
     * @minItems 1
     */
    fields: [string, ...string[]];
    /**
     * For conditional grants: the purposes (legal bases) the caller may state; absent means any non-empty purpose.
     *
     * @minItems 1
     */
    purposes?: [string, ...string[]];
    consentRequired?: boolean;
  }[];
}
