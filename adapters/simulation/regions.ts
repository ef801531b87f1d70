/**
 * County-level divisions of the simulated population, with their GB/T 2260 codes, sub-district
 * offices (街道/镇) and a few real roads, so that id numbers, household addresses, police stations,
 * tax offices and registration authorities all read like the real thing and agree with each other.
 */
export interface District {
  /** GB/T 2260 county-level code, also the first six digits of a resident id number issued there. */
  readonly code: string;
  /** Province-level name (省/自治区/直辖市). */
  readonly province: string;
  /** Prefecture-level city; for the four municipalities the same as the province. */
  readonly city: string;
  readonly name: string;
  readonly streets: readonly string[];
  readonly roads: readonly string[];
  /** Relative share of the simulated population and enterprises located here. */
  readonly weight: number;
}

function d(
  code: string,
  province: string,
  city: string,
  name: string,
  weight: number,
  streets: readonly string[],
  roads: readonly string[],
): District {
  return { code, province, city, name, weight, streets, roads };
}

export const DISTRICTS: readonly District[] = [
  d('110101', '北京市', '北京市', '东城区', 3, ['东华门街道', '景山街道', '交道口街道', '安定门街道', '北新桥街道', '东四街道', '朝阳门街道', '建国门街道'], ['东四北大街', '交道口南大街', '朝阳门内大街', '东直门内大街', '安定门内大街', '北河沿大街']),
  d('110102', '北京市', '北京市', '西城区', 3, ['西长安街街道', '新街口街道', '月坛街道', '展览路街道', '德胜街道', '金融街街道', '什刹海街道'], ['西直门内大街', '阜成门外大街', '德胜门外大街', '月坛北街', '新街口外大街', '西四北大街']),
  d('110105', '北京市', '北京市', '朝阳区', 6, ['建外街道', '朝外街道', '呼家楼街道', '三里屯街道', '团结湖街道', '劲松街道', '双井街道', '望京街道', '亚运村街道'], ['建国路', '光华路', '朝阳北路', '工体北路', '劲松路', '望京街', '安立路', '东三环中路']),
  d('110108', '北京市', '北京市', '海淀区', 5, ['中关村街道', '海淀街道', '学院路街道', '万寿路街道', '北太平庄街道', '清河街道'], ['中关村大街', '学院路', '知春路', '万寿路', '北三环西路', '苏州街']),
  d('120101', '天津市', '天津市', '和平区', 2, ['劝业场街道', '小白楼街道', '五大道街道', '南营门街道', '南市街道'], ['南京路', '滨江道', '成都道', '营口道', '西康路']),
  d('130102', '河北省', '石家庄市', '长安区', 2, ['建北街道', '青园街道', '广安街道', '育才街道', '跃进街道'], ['中山东路', '建设北大街', '体育北大街', '和平东路']),
  d('150102', '内蒙古自治区', '呼和浩特市', '新城区', 1, ['海拉尔东路街道', '锡林南路街道', '中山东路街道', '东街街道', '西街街道'], ['新华大街', '锡林郭勒北路', '中山东路', '海拉尔东路']),
  d('210102', '辽宁省', '沈阳市', '和平区', 2, ['太原街街道', '南湖街道', '长白街道', '新华街道', '浑河站西街道'], ['太原北街', '南京北街', '和平北大街', '三好街', '中华路']),
  d('220102', '吉林省', '长春市', '南关区', 1, ['南岭街道', '自强街道', '民康街道', '新春街道', '长通街道'], ['人民大街', '自由大路', '南湖大路', '亚泰大街']),
  d('310101', '上海市', '上海市', '黄浦区', 3, ['南京东路街道', '外滩街道', '半淞园路街道', '小东门街道', '豫园街道', '老西门街道', '打浦桥街道', '淮海中路街道', '瑞金二路街道'], ['南京东路', '淮海中路', '西藏南路', '复兴中路', '瑞金二路', '河南南路']),
  d('310104', '上海市', '上海市', '徐汇区', 3, ['天平路街道', '湖南路街道', '斜土路街道', '枫林路街道', '长桥街道', '田林街道', '虹梅路街道', '徐家汇街道', '凌云路街道'], ['衡山路', '漕溪北路', '肇嘉浜路', '天钥桥路', '田林路', '宜山路']),
  d('310115', '上海市', '上海市', '浦东新区', 5, ['陆家嘴街道', '潍坊新村街道', '洋泾街道', '塘桥街道', '花木街道', '张江镇', '川沙新镇'], ['世纪大道', '浦东南路', '张杨路', '东方路', '锦绣路', '张江路']),
  d('320102', '江苏省', '南京市', '玄武区', 2, ['梅园新村街道', '新街口街道', '玄武门街道', '锁金村街道', '孝陵卫街道'], ['中山路', '北京东路', '珠江路', '龙蟠中路', '太平北路']),
  d('330106', '浙江省', '杭州市', '西湖区', 3, ['北山街道', '西溪街道', '灵隐街道', '翠苑街道', '文新街道', '古荡街道', '蒋村街道', '转塘街道'], ['文三路', '文二路', '天目山路', '古墩路', '曙光路', '学院路']),
  d('340104', '安徽省', '合肥市', '蜀山区', 2, ['三里庵街道', '稻香村街道', '琥珀街道', '西园街道', '五里墩街道'], ['长江西路', '黄山路', '潜山路', '望江西路']),
  d('350102', '福建省', '福州市', '鼓楼区', 6, ['鼓东街道', '鼓西街道', '温泉街道', '东街街道', '南街街道', '安泰街道', '华大街道', '水部街道', '五凤街道'], ['五四路', '东街', '杨桥东路', '湖东路', '古田路', '华林路', '乌山路']),
  d('350103', '福建省', '福州市', '台江区', 4, ['瀛洲街道', '后洲街道', '义洲街道', '新港街道', '上海街道', '苍霞街道', '茶亭街道', '洋中街道', '鳌峰街道', '宁化街道'], ['八一七中路', '工业路', '五一中路', '江滨中大道', '广达路']),
  d('350104', '福建省', '福州市', '仓山区', 4, ['仓前街道', '东升街道', '对湖街道', '临江街道', '三叉街街道', '上渡街道', '下渡街道', '金山街道'], ['上三路', '则徐大道', '金山大道', '首山路', '建新南路']),
  d('350111', '福建省', '福州市', '晋安区', 3, ['茶园街道', '王庄街道', '象园街道', '岳峰镇', '鼓山镇', '新店镇'], ['福新中路', '长乐北路', '岳峰路', '连江中路', '福马路']),
  d('350203', '福建省', '厦门市', '思明区', 3, ['中华街道', '鹭江街道', '开元街道', '梧村街道', '筼筜街道', '莲前街道', '嘉莲街道'], ['中山路', '湖滨南路', '厦禾路', '莲前西路', '嘉禾路']),
  d('370102', '山东省', '济南市', '历下区', 2, ['解放路街道', '千佛山街道', '趵突泉街道', '泉城路街道', '大明湖街道', '东关街道', '文东街道'], ['泉城路', '经十路', '解放路', '历山路', '和平路']),
  d('410105', '河南省', '郑州市', '金水区', 2, ['经八路街道', '花园路街道', '人民路街道', '杜岭街道', '大石桥街道', '文化路街道'], ['花园路', '经三路', '金水路', '农业路', '文化路']),
  d('420106', '湖北省', '武汉市', '武昌区', 2, ['积玉桥街道', '杨园街道', '徐家棚街道', '粮道街道', '中华路街道', '水果湖街道', '珞珈山街道'], ['中山路', '武珞路', '中北路', '和平大道', '解放路']),
  d('430103', '湖南省', '长沙市', '天心区', 2, ['坡子街街道', '城南路街道', '裕南街街道', '金盆岭街道', '新开铺街道'], ['黄兴南路', '芙蓉中路', '劳动西路', '书院路', '城南中路']),
  d('440104', '广东省', '广州市', '越秀区', 3, ['北京街道', '人民街道', '东山街道', '农林街道', '华乐街道', '大塘街道', '流花街道'], ['中山五路', '北京路', '东风中路', '环市东路', '解放北路']),
  d('440106', '广东省', '广州市', '天河区', 3, ['石牌街道', '天河南街道', '林和街道', '沙河街道', '五山街道', '员村街道', '猎德街道'], ['天河路', '体育西路', '天河北路', '黄埔大道西', '中山大道西']),
  d('440305', '广东省', '深圳市', '南山区', 4, ['南头街道', '南山街道', '沙河街道', '蛇口街道', '招商街道', '粤海街道', '桃源街道', '西丽街道'], ['深南大道', '南海大道', '科技南路', '南山大道', '后海大道']),
  d('450103', '广西壮族自治区', '南宁市', '青秀区', 1, ['新竹街道', '中山街道', '建政街道', '南湖街道', '津头街道'], ['民族大道', '东葛路', '竹溪大道', '七星路']),
  d('500103', '重庆市', '重庆市', '渝中区', 2, ['解放碑街道', '七星岗街道', '上清寺街道', '大溪沟街道', '两路口街道', '化龙桥街道'], ['民族路', '中山三路', '民权路', '中山四路', '长江一路']),
  d('510104', '四川省', '成都市', '锦江区', 3, ['督院街街道', '盐市口街道', '春熙路街道', '书院街街道', '合江亭街道', '水井坊街道'], ['红星路', '东大街', '人民南路', '总府路', '春熙路']),
  d('530102', '云南省', '昆明市', '五华区', 1, ['华山街道', '护国街道', '大观街道', '龙翔街道', '丰宁街道', '莲华街道'], ['东风西路', '人民中路', '青年路', '北京路', '翠湖南路']),
  d('610113', '陕西省', '西安市', '雁塔区', 2, ['小寨路街道', '大雁塔街道', '长延堡街道', '电子城街道', '等驾坡街道'], ['长安南路', '雁塔路', '小寨东路', '科技路', '高新路']),
  d('650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', 1, ['燕儿窝街道', '胜利路街道', '团结路街道', '解放南路街道', '新华南路街道'], ['解放北路', '新华南路', '人民路', '团结路', '胜利路']),
];

const BY_CODE = new Map(DISTRICTS.map((district) => [district.code, district]));

export function districtByCode(code: string): District | undefined {
  return BY_CODE.get(code);
}

export function requireDistrict(code: string): District {
  const district = BY_CODE.get(code);
  if (district === undefined) throw new Error(`no simulated district ${code}`);
  return district;
}

function isMunicipality(district: District): boolean {
  return district.province === district.city;
}

/** "福建省福州市鼓楼区", "北京市朝阳区". */
export function districtFullName(district: District): string {
  return isMunicipality(district) ? `${district.city}${district.name}` : `${district.province}${district.city}${district.name}`;
}

/** The city as written in enterprise names: "福州", "北京". */
export function cityShortName(district: District): string {
  return district.city.replace(/市$/, '');
}

/** The prefecture-level code used by city-level authorities: 350100; 110000 for a municipality. */
export function cityCode(district: District): string {
  return isMunicipality(district) ? `${district.code.slice(0, 2)}0000` : `${district.code.slice(0, 4)}00`;
}

/** Name of a region by code: a simulated district, or a city-level code derived from one. */
export function regionName(code: string): string | undefined {
  const district = BY_CODE.get(code);
  if (district !== undefined) return districtFullName(district);
  const sample = DISTRICTS.find((candidate) => cityCode(candidate) === code);
  if (sample === undefined) return undefined;
  return isMunicipality(sample) ? sample.city : `${sample.province}${sample.city}`;
}

/** "北京市公安局朝阳分局建外派出所": the station that keeps a household's register. */
export function policeStationOf(district: District, street: string): string {
  const branch = district.name.replace(/(新区|区)$/, '');
  const station = street.replace(/(街道|新镇|镇)$/, '');
  return `${district.city}公安局${branch}分局${station}派出所`;
}

export function taxOfficeOf(district: District): string {
  return `国家税务总局${district.city}${district.name}税务局`;
}

export function marriageRegistryOf(district: District): string {
  return `${district.city}${district.name}民政局婚姻登记处`;
}

export function marketRegulatorOf(district: District, level: 'city' | 'district'): string {
  return level === 'city' ? `${district.city}市场监督管理局` : `${district.city}${district.name}市场监督管理局`;
}

/**
 * Ethnic composition by province (GB 3304 codes and approximate shares); 汉族 (01) takes the rest.
 * Only provinces where a minority is a noticeable share are listed.
 */
const MINORITY_SHARES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  '15': [['02', 0.17], ['11', 0.02], ['03', 0.01]],
  '21': [['11', 0.13], ['02', 0.015], ['03', 0.01], ['10', 0.01]],
  '22': [['10', 0.04], ['11', 0.04], ['03', 0.005]],
  '35': [['22', 0.01], ['03', 0.005]],
  '43': [['15', 0.04], ['06', 0.03], ['12', 0.01], ['13', 0.01]],
  '45': [['08', 0.3], ['13', 0.03], ['37', 0.005], ['49', 0.005]],
  '53': [['07', 0.1], ['14', 0.035], ['16', 0.03], ['18', 0.025], ['06', 0.02], ['20', 0.015], ['21', 0.01], ['24', 0.01]],
  '65': [['05', 0.45], ['17', 0.07], ['03', 0.045], ['29', 0.008], ['02', 0.006], ['38', 0.002]],
};
const DEFAULT_MINORITIES: readonly (readonly [string, number])[] = [['03', 0.01], ['11', 0.006], ['15', 0.002], ['06', 0.002]];

/** Weighted GB 3304 ethnicity codes for people registered in a region. */
export function ethnicityWeights(regionCode: string): readonly (readonly [string, number])[] {
  const minorities = MINORITY_SHARES[regionCode.slice(0, 2)] ?? DEFAULT_MINORITIES;
  const minorityShare = minorities.reduce((sum, [, share]) => sum + share, 0);
  return [['01', 1 - minorityShare], ...minorities];
}
