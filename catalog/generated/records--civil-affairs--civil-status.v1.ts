/* Generated from schemas/records/civil-affairs/civil-status.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * Civil status (婚姻及低保信息): a person's marital status and marriage registrations, and the household's minimum living allowance (低保), as civil affairs records them. Records are minimised to the fields a consumer is granted, so every field is optional; dates are ISO 8601 calendar dates and amounts are integers in the smallest currency unit.
 */
export interface CivilStatus {
  /**
   * Resident identity number.
   */
  idNumber?: string;
  /**
   * Name.
   */
  name?: string;
  /**
   * Marital status (婚姻状况). As coded in GB/T 2261.2-2003, with the code's official label.
   */
  maritalStatus?: {
    /**
     * GB/T 2261.2-2003 code.
     */
    code: '10' | '20' | '21' | '22' | '23' | '30' | '40' | '90';
    /**
     * GB/T 2261.2-2003 label of the code.
     */
    name: '未婚' | '已婚' | '初婚' | '再婚' | '复婚' | '丧偶' | '离婚' | '未说明的婚姻状况';
  };
  /**
   * Date the marital status took effect.
   */
  maritalStatusSince?: string;
  /**
   * The current spouse, while married.
   */
  currentSpouse?: {
    /**
     * Resident identity number of the spouse.
     */
    idNumber: string;
    /**
     * Name of the spouse.
     */
    name?: string;
  };
  /**
   * Marriage registrations (婚姻登记) involving the person, oldest first.
   *
   * @maxItems 20
   */
  marriageRegistrations?:
    | []
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ]
    | [
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        },
        {
          /**
           * Marriage (结婚), divorce (离婚), or marriage restored with a former spouse (复婚).
           */
          kind: 'marriage' | 'divorce' | 'marriage-restored';
          /**
           * Date of registration.
           */
          date: string;
          /**
           * Registering authority (登记机关).
           */
          authority?: string;
          /**
           * Certificate number (结婚证/离婚证字号).
           */
          certificateNumber?: string;
          /**
           * Resident identity number of the other party.
           */
          spouseIdNumber?: string;
          /**
           * Name of the other party.
           */
          spouseName?: string;
        }
      ];
  /**
   * The household's minimum living allowance (最低生活保障), current or past.
   */
  subsistenceAllowance?: {
    /**
     * Receiving (在保), suspended (停保) or terminated (退保).
     */
    status: 'receiving' | 'suspended' | 'terminated';
    /**
     * Allowance certificate number (低保证编号).
     */
    certificateNumber?: string;
    /**
     * People covered (保障人数).
     */
    householdSize?: number;
    /**
     * Monthly allowance paid to the household (月保障金额). Integer amount in fen (1/100 yuan).
     */
    monthlyAmountFen?: number;
    /**
     * Start of the allowance.
     */
    since?: string;
    /**
     * End of the allowance, when terminated.
     */
    until?: string;
  };
}
