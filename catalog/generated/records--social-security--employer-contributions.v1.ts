/* Generated from schemas/records/social-security/employer-contributions.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * Employer social insurance contributions (单位参保缴费信息): an employer's social insurance registration, insured employees, contribution base and arrears. Records are minimised to the fields a consumer is granted, so every field is optional; dates are ISO 8601 calendar dates and amounts are integers in the smallest currency unit.
 */
export interface EmployerContributions {
  /**
   * Unified social credit code of the employer.
   */
  uscc?: string;
  /**
   * Name of the employer.
   */
  employerName?: string;
  /**
   * Social insurance registration number of the employer (单位社保编号).
   */
  registrationNumber?: string;
  /**
   * Registration status: registered, suspended, cancelled.
   */
  registrationStatus?: 'registered' | 'suspended' | 'cancelled';
  /**
   * Date of social insurance registration.
   */
  registeredOn?: string;
  /**
   * Number of insured employees (参保人数).
   */
  insuredEmployees?: number;
  /**
   * Sum of the monthly contribution bases of all insured employees (缴费基数总额). Integer amount in fen (1/100 yuan).
   */
  totalContributionBaseFen?: number;
  /**
   * Contributions owed (欠费金额). Integer amount in fen (1/100 yuan).
   */
  arrearsFen?: number;
  /**
   * Months of contributions owed (欠费月数).
   */
  arrearsMonths?: number;
  /**
   * Each scheme the employer contributes to.
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
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
           * Employees insured in this scheme.
           */
          insuredEmployees: number;
          /**
           * Last month contributions were paid (yyyy-mm).
           */
          lastPaidMonth?: string;
        }
      ];
}
