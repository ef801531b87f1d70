/* Generated from schemas/records/police/household-register.v1.schema.json by scripts/generate-types.js. Do not edit. */

/**
 * Household register extract (户籍信息): a person's entry in the public-security household register (常住人口登记), with the other members of the household and the person's migrations. Records are minimised to the fields a consumer is granted, so every field is optional; dates are ISO 8601 calendar dates and amounts are integers in the smallest currency unit.
 */
export interface HouseholdRegister {
  /**
   * Resident identity number (GMSFHM) of the person.
   */
  idNumber?: string;
  /**
   * Name (XM).
   */
  name?: string;
  /**
   * Former name (CYM, 曾用名).
   */
  formerName?: string;
  /**
   * Sex (XB) (GB/T 2261.1: unknown, male, female, unspecified).
   */
  sex?: 'unknown' | 'male' | 'female' | 'unspecified';
  /**
   * Date of birth (CSRQ).
   */
  birthDate?: string;
  /**
   * Ethnicity (MZ). As coded in GB 3304-1991, with the code's official label.
   */
  ethnicity?: {
    /**
     * GB 3304-1991 code.
     */
    code:
      | '01'
      | '02'
      | '03'
      | '04'
      | '05'
      | '06'
      | '07'
      | '08'
      | '09'
      | '10'
      | '11'
      | '12'
      | '13'
      | '14'
      | '15'
      | '16'
      | '17'
      | '18'
      | '19'
      | '20'
      | '21'
      | '22'
      | '23'
      | '24'
      | '25'
      | '26'
      | '27'
      | '28'
      | '29'
      | '30'
      | '31'
      | '32'
      | '33'
      | '34'
      | '35'
      | '36'
      | '37'
      | '38'
      | '39'
      | '40'
      | '41'
      | '42'
      | '43'
      | '44'
      | '45'
      | '46'
      | '47'
      | '48'
      | '49'
      | '50'
      | '51'
      | '52'
      | '53'
      | '54'
      | '55'
      | '56'
      | '97'
      | '98';
    /**
     * GB 3304-1991 label of the code.
     */
    name:
      | '汉族'
      | '蒙古族'
      | '回族'
      | '藏族'
      | '维吾尔族'
      | '苗族'
      | '彝族'
      | '壮族'
      | '布依族'
      | '朝鲜族'
      | '满族'
      | '侗族'
      | '瑶族'
      | '白族'
      | '土家族'
      | '哈尼族'
      | '哈萨克族'
      | '傣族'
      | '黎族'
      | '傈僳族'
      | '佤族'
      | '畲族'
      | '高山族'
      | '拉祜族'
      | '水族'
      | '东乡族'
      | '纳西族'
      | '景颇族'
      | '柯尔克孜族'
      | '土族'
      | '达斡尔族'
      | '仫佬族'
      | '羌族'
      | '布朗族'
      | '撒拉族'
      | '毛南族'
      | '仡佬族'
      | '锡伯族'
      | '阿昌族'
      | '普米族'
      | '塔吉克族'
      | '怒族'
      | '乌孜别克族'
      | '俄罗斯族'
      | '鄂温克族'
      | '德昂族'
      | '保安族'
      | '裕固族'
      | '京族'
      | '塔塔尔族'
      | '独龙族'
      | '鄂伦春族'
      | '赫哲族'
      | '门巴族'
      | '珞巴族'
      | '基诺族'
      | '其他'
      | '外国血统中国籍人士';
  };
  /**
   * Place of birth (CSD).
   */
  birthPlace?: {
    /**
     * GB/T 2260 county-level code.
     */
    regionCode: string;
    /**
     * Name of the region.
     */
    name?: string;
  };
  /**
   * Household number (HH, 户号).
   */
  householdNumber?: string;
  /**
   * Household type (HLX): family household (家庭户) or collective household (集体户).
   */
  householdType?: 'family' | 'collective';
  /**
   * Relation to the head of the household. As coded in GB/T 4761-2008, with the code's official label.
   */
  relationToHead?: {
    /**
     * GB/T 4761-2008 code.
     */
    code:
      | '01'
      | '02'
      | '10'
      | '11'
      | '12'
      | '20'
      | '21'
      | '22'
      | '23'
      | '24'
      | '25'
      | '26'
      | '27'
      | '28'
      | '29'
      | '30'
      | '31'
      | '32'
      | '33'
      | '34'
      | '35'
      | '36'
      | '37'
      | '38'
      | '39'
      | '40'
      | '41'
      | '42'
      | '43'
      | '44'
      | '45'
      | '46'
      | '47'
      | '48'
      | '49'
      | '50'
      | '51'
      | '52'
      | '53'
      | '54'
      | '55'
      | '56'
      | '57'
      | '58'
      | '59'
      | '60'
      | '61'
      | '62'
      | '63'
      | '64'
      | '65'
      | '66'
      | '67'
      | '68'
      | '69'
      | '70'
      | '71'
      | '72'
      | '73'
      | '74'
      | '75'
      | '76'
      | '77'
      | '78'
      | '79'
      | '80'
      | '81'
      | '82'
      | '83'
      | '84'
      | '85'
      | '86'
      | '87'
      | '88'
      | '89'
      | '90'
      | '91'
      | '92'
      | '93'
      | '94'
      | '95'
      | '96'
      | '97'
      | '99';
    /**
     * GB/T 4761-2008 label of the code.
     */
    name:
      | '本人'
      | '户主'
      | '配偶'
      | '夫'
      | '妻'
      | '子'
      | '独生子'
      | '长子'
      | '次子'
      | '三子'
      | '四子'
      | '五子'
      | '养子或继子'
      | '女婿'
      | '其他儿子'
      | '女'
      | '独生女'
      | '长女'
      | '次女'
      | '三女'
      | '四女'
      | '五女'
      | '养女或继女'
      | '儿媳'
      | '其他女儿'
      | '孙子、孙女或外孙子、外孙女'
      | '孙子'
      | '孙女'
      | '外孙子'
      | '外孙女'
      | '孙媳妇或外孙媳妇'
      | '孙女婿或外孙女婿'
      | '曾孙子或外曾孙子'
      | '曾孙女或外曾孙女'
      | '其他孙子、孙女或外孙子、外孙女'
      | '父母'
      | '父亲'
      | '母亲'
      | '公公'
      | '婆婆'
      | '岳父'
      | '岳母'
      | '继父或养父'
      | '继母或养母'
      | '其他父母关系'
      | '祖父母或外祖父母'
      | '祖父'
      | '祖母'
      | '外祖父'
      | '外祖母'
      | '配偶的祖父母或外祖父母'
      | '曾祖父'
      | '曾祖母'
      | '配偶的曾祖父母或外曾祖父母'
      | '其他祖父母或外祖父母关系'
      | '兄弟姐妹'
      | '兄'
      | '嫂'
      | '弟'
      | '弟媳'
      | '姐姐'
      | '姐夫'
      | '妹妹'
      | '妹夫'
      | '其他兄弟姐妹'
      | '其他'
      | '伯父'
      | '伯母'
      | '叔父'
      | '婶母'
      | '舅父'
      | '舅母'
      | '姨父'
      | '姨母'
      | '姑父'
      | '姑母'
      | '堂兄弟、堂姐妹'
      | '表兄弟、表姐妹'
      | '侄子'
      | '侄女'
      | '外甥'
      | '外甥女'
      | '其他亲属'
      | '非亲属';
  };
  /**
   * Registered address (HJDZ, 户籍地址).
   */
  address?: string;
  /**
   * GB/T 2260 code of the county-level area keeping the register (SSXQ).
   */
  registrationRegionCode?: string;
  /**
   * Police station keeping the register (PCS).
   */
  policeStation?: string;
  /**
   * Register status: active, deregistered on death, moved out to another register, deregistered on emigration, or on enlistment.
   */
  status?: 'active' | 'deceased' | 'moved-out' | 'emigrated' | 'enlisted';
  /**
   * Date the entry was deregistered (ZXRQ), when status is not active.
   */
  deregisteredOn?: string;
  /**
   * The other people on the same household register (the person is described by the top-level fields).
   *
   * @maxItems 30
   */
  householdMembers?: {
    /**
     * Resident identity number.
     */
    idNumber: string;
    /**
     * Name.
     */
    name: string;
    /**
     * Sex (GB/T 2261.1: unknown, male, female, unspecified).
     */
    sex?: 'unknown' | 'male' | 'female' | 'unspecified';
    /**
     * Date of birth.
     */
    birthDate?: string;
    /**
     * Relation to the head of the household. As coded in GB/T 4761-2008, with the code's official label.
     */
    relationToHead: {
      /**
       * GB/T 4761-2008 code.
       */
      code:
        | '01'
        | '02'
        | '10'
        | '11'
        | '12'
        | '20'
        | '21'
        | '22'
        | '23'
        | '24'
        | '25'
        | '26'
        | '27'
        | '28'
        | '29'
        | '30'
        | '31'
        | '32'
        | '33'
        | '34'
        | '35'
        | '36'
        | '37'
        | '38'
        | '39'
        | '40'
        | '41'
        | '42'
        | '43'
        | '44'
        | '45'
        | '46'
        | '47'
        | '48'
        | '49'
        | '50'
        | '51'
        | '52'
        | '53'
        | '54'
        | '55'
        | '56'
        | '57'
        | '58'
        | '59'
        | '60'
        | '61'
        | '62'
        | '63'
        | '64'
        | '65'
        | '66'
        | '67'
        | '68'
        | '69'
        | '70'
        | '71'
        | '72'
        | '73'
        | '74'
        | '75'
        | '76'
        | '77'
        | '78'
        | '79'
        | '80'
        | '81'
        | '82'
        | '83'
        | '84'
        | '85'
        | '86'
        | '87'
        | '88'
        | '89'
        | '90'
        | '91'
        | '92'
        | '93'
        | '94'
        | '95'
        | '96'
        | '97'
        | '99';
      /**
       * GB/T 4761-2008 label of the code.
       */
      name:
        | '本人'
        | '户主'
        | '配偶'
        | '夫'
        | '妻'
        | '子'
        | '独生子'
        | '长子'
        | '次子'
        | '三子'
        | '四子'
        | '五子'
        | '养子或继子'
        | '女婿'
        | '其他儿子'
        | '女'
        | '独生女'
        | '长女'
        | '次女'
        | '三女'
        | '四女'
        | '五女'
        | '养女或继女'
        | '儿媳'
        | '其他女儿'
        | '孙子、孙女或外孙子、外孙女'
        | '孙子'
        | '孙女'
        | '外孙子'
        | '外孙女'
        | '孙媳妇或外孙媳妇'
        | '孙女婿或外孙女婿'
        | '曾孙子或外曾孙子'
        | '曾孙女或外曾孙女'
        | '其他孙子、孙女或外孙子、外孙女'
        | '父母'
        | '父亲'
        | '母亲'
        | '公公'
        | '婆婆'
        | '岳父'
        | '岳母'
        | '继父或养父'
        | '继母或养母'
        | '其他父母关系'
        | '祖父母或外祖父母'
        | '祖父'
        | '祖母'
        | '外祖父'
        | '外祖母'
        | '配偶的祖父母或外祖父母'
        | '曾祖父'
        | '曾祖母'
        | '配偶的曾祖父母或外曾祖父母'
        | '其他祖父母或外祖父母关系'
        | '兄弟姐妹'
        | '兄'
        | '嫂'
        | '弟'
        | '弟媳'
        | '姐姐'
        | '姐夫'
        | '妹妹'
        | '妹夫'
        | '其他兄弟姐妹'
        | '其他'
        | '伯父'
        | '伯母'
        | '叔父'
        | '婶母'
        | '舅父'
        | '舅母'
        | '姨父'
        | '姨母'
        | '姑父'
        | '姑母'
        | '堂兄弟、堂姐妹'
        | '表兄弟、表姐妹'
        | '侄子'
        | '侄女'
        | '外甥'
        | '外甥女'
        | '其他亲属'
        | '非亲属';
    };
    /**
     * Register status: active, deregistered on death, moved out to another register, deregistered on emigration, or on enlistment.
     */
    status?: 'active' | 'deceased' | 'moved-out' | 'emigrated' | 'enlisted';
  }[];
  /**
   * The person's registered moves (QYJL, 迁移记录), oldest first.
   *
   * @maxItems 50
   */
  migrations?: {
    /**
     * Date of the move.
     */
    date: string;
    /**
     * in: moved onto this register; out: moved off it.
     */
    direction: 'in' | 'out';
    /**
     * GB/T 2260 code of where the person came from or went to.
     */
    regionCode?: string;
    /**
     * Name of where the person came from or went to.
     */
    place?: string;
    /**
     * Reason for the move, as registered.
     */
    reason?: string;
  }[];
}
