/* Generated from schemas/records/social-security/insurance-record.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * Social insurance record (个人参保信息): a person's social insurance: status, employer, contribution base and months, pension, and each insurance scheme. Records are minimised to the fields a consumer is granted, so every field is optional; dates are ISO 8601 calendar dates and amounts are integers in the smallest currency unit.
 */
export interface InsuranceRecord {
  /**
   * Resident identity number (also the social security number).
   */
  idNumber?: string;
  /**
   * Name.
   */
  name?: string;
  /**
   * Social security card number (社会保障卡号).
   */
  cardNumber?: string;
  /**
   * Insured status (参保状态): contributing, suspended (暂停缴费), terminated, or retired and receiving a pension.
   */
  insuredStatus?: 'contributing' | 'suspended' | 'terminated' | 'receiving-pension';
  /**
   * Unified social credit code of the current employer.
   */
  employerUscc?: string;
  /**
   * Name of the current employer.
   */
  employerName?: string;
  /**
   * Monthly contribution base (缴费基数). Integer amount in fen (1/100 yuan).
   */
  contributionBaseFen?: number;
  /**
   * Total months of contributions, including deemed months (累计缴费月数).
   */
  contributionMonths?: number;
  /**
   * Date first insured (首次参保日期).
   */
  firstInsuredOn?: string;
  /**
   * GB/T 2260 code of the area where the person is insured (参保地).
   */
  insuredRegionCode?: string;
  /**
   * Monthly pension paid (月养老金). Integer amount in fen (1/100 yuan).
   */
  monthlyPensionFen?: number;
  /**
   * Each insurance scheme the person is or was in.
   *
   * @maxItems 20
   */
  insurances?:
    | []
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ]
    | [
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        },
        {
          /**
           * Insurance type code (险种类型, AAE140).
           */
          code: '110' | '120' | '170' | '210' | '310' | '390' | '410' | '510';
          /**
           * The insurance scheme.
           */
          scheme:
            | 'employee-pension'
            | 'public-sector-pension'
            | 'resident-pension'
            | 'unemployment'
            | 'employee-medical'
            | 'resident-medical'
            | 'work-injury'
            | 'maternity';
          /**
           * Branch of social insurance: pension (养老), medical (医疗), unemployment (失业), work injury (工伤), maternity (生育).
           */
          category: 'pension' | 'unemployment' | 'medical' | 'work-injury' | 'maternity';
          /**
           * Status in this scheme.
           */
          status: 'contributing' | 'suspended' | 'terminated' | 'receiving-benefits';
          /**
           * Date insured in this scheme.
           */
          since?: string;
          /**
           * Months of contributions to this scheme.
           */
          months?: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ];
}
