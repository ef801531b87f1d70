/**
 * Code tables of the public-security population data standards, as the household register uses them.
 * Each maps the native code to its canonical value; the canonical schemas enumerate exactly these.
 */

/** GB/T 2261.1-2003 sex (XB). */
export const SEX_CODES: Readonly<Record<string, 'unknown' | 'male' | 'female' | 'unspecified'>> = {
  '0': 'unknown',
  '1': 'male',
  '2': 'female',
  '9': 'unspecified',
};

/** GB 3304-1991 ethnicity (MZ): the 56 nationalities, plus 97 and 98. */
export const ETHNICITY_CODES: Readonly<Record<string, string>> = {
  '01': '汉族', '02': '蒙古族', '03': '回族', '04': '藏族', '05': '维吾尔族', '06': '苗族', '07': '彝族', '08': '壮族',
  '09': '布依族', '10': '朝鲜族', '11': '满族', '12': '侗族', '13': '瑶族', '14': '白族', '15': '土家族', '16': '哈尼族',
  '17': '哈萨克族', '18': '傣族', '19': '黎族', '20': '傈僳族', '21': '佤族', '22': '畲族', '23': '高山族', '24': '拉祜族',
  '25': '水族', '26': '东乡族', '27': '纳西族', '28': '景颇族', '29': '柯尔克孜族', '30': '土族', '31': '达斡尔族', '32': '仫佬族',
  '33': '羌族', '34': '布朗族', '35': '撒拉族', '36': '毛南族', '37': '仡佬族', '38': '锡伯族', '39': '阿昌族', '40': '普米族',
  '41': '塔吉克族', '42': '怒族', '43': '乌孜别克族', '44': '俄罗斯族', '45': '鄂温克族', '46': '德昂族', '47': '保安族', '48': '裕固族',
  '49': '京族', '50': '塔塔尔族', '51': '独龙族', '52': '鄂伦春族', '53': '赫哲族', '54': '门巴族', '55': '珞巴族', '56': '基诺族',
  '97': '其他', '98': '外国血统中国籍人士',
};

/** GB/T 4761-2008 family relation (YHZGX, relation to the head of the household). */
export const RELATION_CODES: Readonly<Record<string, string>> = {
  '01': '本人', '02': '户主', '10': '配偶', '11': '夫', '12': '妻',
  '20': '子', '21': '独生子', '22': '长子', '23': '次子', '24': '三子', '25': '四子', '26': '五子', '27': '养子或继子', '28': '女婿', '29': '其他儿子',
  '30': '女', '31': '独生女', '32': '长女', '33': '次女', '34': '三女', '35': '四女', '36': '五女', '37': '养女或继女', '38': '儿媳', '39': '其他女儿',
  '40': '孙子、孙女或外孙子、外孙女', '41': '孙子', '42': '孙女', '43': '外孙子', '44': '外孙女', '45': '孙媳妇或外孙媳妇', '46': '孙女婿或外孙女婿',
  '47': '曾孙子或外曾孙子', '48': '曾孙女或外曾孙女', '49': '其他孙子、孙女或外孙子、外孙女',
  '50': '父母', '51': '父亲', '52': '母亲', '53': '公公', '54': '婆婆', '55': '岳父', '56': '岳母', '57': '继父或养父', '58': '继母或养母', '59': '其他父母关系',
  '60': '祖父母或外祖父母', '61': '祖父', '62': '祖母', '63': '外祖父', '64': '外祖母', '65': '配偶的祖父母或外祖父母', '66': '曾祖父', '67': '曾祖母',
  '68': '配偶的曾祖父母或外曾祖父母', '69': '其他祖父母或外祖父母关系',
  '70': '兄弟姐妹', '71': '兄', '72': '嫂', '73': '弟', '74': '弟媳', '75': '姐姐', '76': '姐夫', '77': '妹妹', '78': '妹夫', '79': '其他兄弟姐妹',
  '80': '其他', '81': '伯父', '82': '伯母', '83': '叔父', '84': '婶母', '85': '舅父', '86': '舅母', '87': '姨父', '88': '姨母', '89': '姑父', '90': '姑母',
  '91': '堂兄弟、堂姐妹', '92': '表兄弟、表姐妹', '93': '侄子', '94': '侄女', '95': '外甥', '96': '外甥女', '97': '其他亲属', '99': '非亲属',
};

export type RegisterStatus = 'active' | 'deceased' | 'moved-out' | 'emigrated' | 'enlisted';

/** RYZT (人员状态): the register writes the status in words. "迁出" is what older stations wrote. */
export const STATUS_TEXTS: Readonly<Record<string, RegisterStatus>> = {
  正常: 'active',
  死亡注销: 'deceased',
  迁出注销: 'moved-out',
  迁出: 'moved-out',
  '出国（境）注销': 'emigrated',
  服兵役注销: 'enlisted',
};

/** HLX (户类型). */
export const HOUSEHOLD_TYPE_CODES: Readonly<Record<string, 'family' | 'collective'>> = {
  '1': 'family',
  '2': 'collective',
};

/** QYLB (迁移类别). */
export const MIGRATION_DIRECTION_CODES: Readonly<Record<string, 'in' | 'out'>> = {
  '1': 'in',
  '2': 'out',
};

/** HYJG (核验结果) of a legal representative's identity check. */
export const VERIFICATION_CODES: Readonly<Record<string, 'consistent' | 'name-mismatch' | 'not-registered'>> = {
  '01': 'consistent',
  '02': 'name-mismatch',
  '03': 'not-registered',
};
