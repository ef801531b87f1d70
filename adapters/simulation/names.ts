/**
 * Chinese personal and enterprise names. Surnames follow their real frequency ranking; given names
 * follow the fashions of the birth decade (a woman born in 1949 is far more likely a 秀英 than a 梓涵),
 * and 维吾尔族 / 蒙古族 names follow their own conventions, so that the data looks right to the clerks
 * and department staff who will read it in demos.
 */
import type { Random } from './prng';

export type Sex = 'male' | 'female';

/** The hundred most common surnames, most common first, with rough relative frequencies. */
const SURNAMES: readonly (readonly [string, number])[] = (
  [
    ['王', 74], ['李', 72], ['张', 70], ['刘', 55], ['陈', 46], ['杨', 32], ['黄', 24], ['赵', 21], ['吴', 20], ['周', 19],
    ['徐', 15], ['孙', 15], ['马', 14], ['朱', 14], ['胡', 13], ['郭', 12], ['何', 12], ['林', 11], ['高', 11], ['罗', 11],
    ['郑', 10], ['梁', 9], ['谢', 8], ['宋', 7], ['唐', 7], ['许', 7], ['韩', 7], ['冯', 7], ['邓', 7], ['曹', 6],
    ['彭', 6], ['曾', 6], ['肖', 6], ['田', 5], ['董', 5], ['潘', 5], ['袁', 5], ['蔡', 5], ['蒋', 5], ['余', 5],
    ['于', 5], ['杜', 4], ['叶', 4], ['程', 4], ['魏', 4], ['苏', 4], ['吕', 4], ['丁', 4], ['任', 4], ['卢', 4],
    ['姚', 4], ['沈', 4], ['钟', 3], ['姜', 3], ['崔', 3], ['谭', 3], ['陆', 3], ['范', 3], ['汪', 3], ['廖', 3],
    ['石', 3], ['金', 3], ['贾', 3], ['韦', 3], ['夏', 3], ['付', 3], ['方', 3], ['邹', 3], ['熊', 2], ['白', 2],
    ['孟', 2], ['秦', 2], ['邱', 2], ['侯', 2], ['江', 2], ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2],
    ['龙', 2], ['黎', 2], ['史', 2], ['陶', 2], ['贺', 2], ['毛', 2], ['郝', 2], ['顾', 2], ['龚', 2], ['邵', 2],
    ['万', 2], ['覃', 2], ['武', 2], ['钱', 2], ['戴', 2], ['严', 2], ['莫', 2], ['孔', 2], ['向', 2], ['常', 2],
  ] as const
).map(([name, weight]) => [name, weight] as const);

type Era = 'before-1960' | '1960-1989' | 'after-1990';

const GIVEN_NAMES: Readonly<Record<Sex, Readonly<Record<Era, readonly string[]>>>> = {
  male: {
    'before-1960': ['建国', '建华', '国强', '国华', '志明', '志强', '振华', '德明', '德胜', '福生', '永福', '玉山', '长春', '文华', '明德', '树林', '宝山', '金生', '庆丰', '卫国', '解放', '和平', '胜利', '保国'],
    '1960-1989': ['伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '波', '宇', '浩', '凯', '建军', '志刚', '海涛', '晓东', '卫东', '红军', '立新', '文斌', '俊杰', '建平', '永强', '国栋'],
    'after-1990': ['浩然', '子轩', '宇轩', '梓豪', '俊熙', '一鸣', '子墨', '浩宇', '博文', '天佑', '宇航', '晨阳', '思远', '睿', '昊', '哲', '轩', '泽宇', '皓轩', '明哲', '嘉豪', '家乐', '俊宇', '煜城'],
  },
  female: {
    'before-1960': ['秀英', '桂英', '秀兰', '玉兰', '桂兰', '秀珍', '凤英', '玉珍', '淑珍', '玉英', '兰英', '素芳', '淑华', '秀云', '桂芳', '翠兰', '美华', '丽华', '素珍', '月英'],
    '1960-1989': ['丽', '静', '敏', '燕', '艳', '娟', '霞', '芳', '娜', '红', '玲', '萍', '丽娟', '海燕', '晓红', '丽萍', '春梅', '雪梅', '红梅', '丽丽', '婷', '慧', '晓燕', '小红', '琳'],
    'after-1990': ['欣怡', '梓涵', '子涵', '诗涵', '雨桐', '一诺', '可馨', '梓萱', '思彤', '语嫣', '佳怡', '若曦', '紫涵', '雨萱', '欣妍', '梦瑶', '嘉怡', '静怡', '婉清', '芷若', '雨欣', '思琪'],
  },
};

/** 维吾尔族 names: own name, a middle dot, then the father's name; no surname. */
const UYGHUR_NAMES: Readonly<Record<Sex, readonly string[]>> = {
  male: ['艾力', '买买提', '阿不都', '艾合买提', '吐尔逊', '努尔', '亚森', '热合曼', '依明', '阿迪力'],
  female: ['阿依古丽', '古丽米拉', '热依拉', '迪丽娜尔', '帕提古丽', '阿依努尔', '再努尔', '米日古丽'],
};

/** 蒙古族 names are commonly a single given name without a surname. */
const MONGOLIAN_NAMES: Readonly<Record<Sex, readonly string[]>> = {
  male: ['巴特尔', '朝鲁', '苏和', '额尔敦', '孟和', '宝音', '乌力吉', '那日苏'],
  female: ['其其格', '乌云', '萨仁', '娜仁', '格日勒', '斯琴', '托娅', '高娃'],
};

function eraOf(birthYear: number): Era {
  if (birthYear < 1960) return 'before-1960';
  if (birthYear < 1990) return '1960-1989';
  return 'after-1990';
}

export function pickSurname(rng: Random): string {
  return rng.weighted(SURNAMES);
}

/**
 * A full name. Han and most other names are surname + given name; `surname` is passed for children,
 * who normally take their father's surname.
 */
export function personName(rng: Random, sex: Sex, birthYear: number, ethnicityCode: string, surname?: string): string {
  if (ethnicityCode === '05') return `${rng.pick(UYGHUR_NAMES[sex])}·${rng.pick(UYGHUR_NAMES.male)}`;
  if (ethnicityCode === '02' && rng.chance(0.7)) return rng.pick(MONGOLIAN_NAMES[sex]);
  return `${surname ?? pickSurname(rng)}${rng.pick(GIVEN_NAMES[sex][eraOf(birthYear)])}`;
}

/** The surname of a Han-style name, to pass on to children; undefined for names without one. */
export function surnameOf(name: string): string | undefined {
  if (name.includes('·')) return undefined;
  const first = name[0];
  return first !== undefined && SURNAMES.some(([surname]) => surname === first) ? first : undefined;
}

/** Trade names (字号): two characters that sound like good business. */
const TRADE_NAME_CHARS = '华兴盛达恒鑫源瑞泰嘉宏博信诚创新联海天中金凯德丰安融捷远景腾晟昌润祥和顺锦辰航越宸永佳'.split('');

export interface Industry {
  /** What goes between the trade name and the legal form: "数据服务", "商贸". */
  readonly word: string;
  readonly scope: string;
  /** Typical monthly wage in yuan, for contribution bases and revenues. */
  readonly wage: number;
}

export const INDUSTRIES: readonly Industry[] = [
  { word: '信息技术', scope: '软件开发；信息技术咨询服务；信息系统集成服务；数据处理和存储支持服务', wage: 14000 },
  { word: '数据服务', scope: '数据处理和存储支持服务；大数据服务；信息技术咨询服务；软件开发', wage: 13000 },
  { word: '电子科技', scope: '电子元器件制造；电子产品销售；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广', wage: 10000 },
  { word: '商贸', scope: '日用百货销售；五金产品批发；电子产品销售；服装服饰零售；食品销售(仅销售预包装食品)', wage: 6500 },
  { word: '餐饮管理', scope: '餐饮服务；餐饮管理；食品经营(销售散装食品)；外卖递送服务', wage: 5500 },
  { word: '建筑工程', scope: '建设工程施工；住宅室内装饰装修；建筑材料销售；园林绿化工程施工', wage: 8000 },
  { word: '物流', scope: '道路货物运输(不含危险货物)；国内货物运输代理；普通货物仓储服务(不含危险化学品等需许可审批的项目)；装卸搬运', wage: 7000 },
  { word: '文化传媒', scope: '广告设计、代理；组织文化艺术交流活动；会议及展览服务；电影摄制服务', wage: 8500 },
  { word: '农业科技', scope: '农业科学研究和试验发展；蔬菜种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务', wage: 5000 },
  { word: '医药', scope: '药品零售；医疗器械销售；保健食品(预包装)销售；第二类医疗器械销售', wage: 7500 },
  { word: '教育咨询', scope: '教育咨询服务(不含涉许可审批的教育培训活动)；业务培训(不含教育培训、职业技能培训等需取得许可的培训)', wage: 7000 },
  { word: '环保科技', scope: '环保咨询服务；污水处理及其再生利用；固体废物治理；大气污染治理', wage: 8000 },
  { word: '茶业', scope: '茶叶种植；茶具销售；食用农产品零售；初级农产品收购', wage: 5500 },
  { word: '装饰工程', scope: '住宅室内装饰装修；建筑装饰材料销售；家具安装和维修服务', wage: 6500 },
  { word: '机械设备', scope: '通用设备制造(不含特种设备制造)；机械设备销售；机械设备租赁', wage: 7500 },
];

export function tradeName(rng: Random): string {
  const first = rng.pick(TRADE_NAME_CHARS);
  let second = rng.pick(TRADE_NAME_CHARS);
  while (second === first) second = rng.pick(TRADE_NAME_CHARS);
  return first + second;
}
