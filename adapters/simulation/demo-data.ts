/**
 * The fixed demo household and enterprise, written out in full so that every department holds rich,
 * stable records for them: 王秀英 (the GB 11643 annex example id), her husband, their son and his
 * family in Chaoyang, Beijing; and 福州闽江数据服务有限公司, of which she is the legal representative.
 */
import { DEMO_CITIZEN_ID, DEMO_ENTERPRISE_USCC } from './demo-subjects';
import { residentId } from './identifiers';
import { INDUSTRIES } from './names';
import type { PersonDraft, PopulationDraft } from './population-draft';
import { policeStationOf, requireDistrict } from './regions';

export const DEMO_HOUSEHOLD_NUMBER = '105012731';

export const DEMO_FAMILY = {
  husband: residentId('110105', '1947-03-15', 11),
  son: residentId('110105', '1975-08-12', 35),
  daughterInLaw: residentId('350102', '1978-04-22', 26),
  grandson: residentId('110105', '2005-09-09', 57),
} as const;

function person(spec: Omit<PersonDraft, 'marriages' | 'householdNumber'>): PersonDraft {
  return { ...spec, householdNumber: DEMO_HOUSEHOLD_NUMBER, marriages: [] };
}

export function addDemoSubjects(draft: PopulationDraft): void {
  const chaoyang = requireDistrict('110105');
  const street = '建外街道';
  draft.reserveHouseholdNumber(DEMO_HOUSEHOLD_NUMBER);
  const members = [
    person({ idNumber: DEMO_CITIZEN_ID, name: '王秀英', formerName: '王桂英', sex: 'female', birthDate: '1949-12-31', ethnicityCode: '01', birthRegionCode: '110105', relationToHead: '02' }),
    person({ idNumber: DEMO_FAMILY.husband, name: '李振华', sex: 'male', birthDate: '1947-03-15', ethnicityCode: '01', birthRegionCode: '110105', relationToHead: '11' }),
    person({ idNumber: DEMO_FAMILY.son, name: '李卫东', sex: 'male', birthDate: '1975-08-12', ethnicityCode: '01', birthRegionCode: '110105', relationToHead: '21', employerUscc: DEMO_ENTERPRISE_USCC }),
    person({ idNumber: DEMO_FAMILY.daughterInLaw, name: '陈丽', sex: 'female', birthDate: '1978-04-22', ethnicityCode: '01', birthRegionCode: '350102', relationToHead: '38' }),
    person({ idNumber: DEMO_FAMILY.grandson, name: '李浩然', sex: 'male', birthDate: '2005-09-09', ethnicityCode: '01', birthRegionCode: '110105', relationToHead: '41' }),
  ] as const;
  for (const member of members) draft.insertPerson(member);
  const [citizen, husband, son, daughterInLaw] = members;
  draft.registerCouple('marriage', citizen, husband, '1973-05-01', '110105');
  draft.registerCouple('marriage', son, daughterInLaw, '2002-10-01', '110105');
  draft.households.push({
    number: DEMO_HOUSEHOLD_NUMBER,
    districtCode: chaoyang.code,
    street,
    address: '北京市朝阳区建外街道光华路7号院2号楼3单元402室',
    policeStation: policeStationOf(chaoyang, street),
    headId: DEMO_CITIZEN_ID,
    memberIds: members.map((m) => m.idNumber),
  });

  const dataServices = INDUSTRIES.find((industry) => industry.word === '数据服务');
  if (dataServices === undefined) throw new Error('industry 数据服务 is missing');
  draft.enterprises.push({
    uscc: DEMO_ENTERPRISE_USCC,
    name: '福州闽江数据服务有限公司',
    typeText: '有限责任公司(自然人投资或控股)',
    establishedOn: '2016-03-18',
    registrationRegionCode: '350100',
    registrationAuthority: '福州市市场监督管理局',
    districtCode: '350102',
    address: '福建省福州市鼓楼区五四路158号环球广场18层1801室',
    industry: dataServices,
    registeredCapitalWan: 1000,
    legalRepresentativeId: DEMO_CITIZEN_ID,
    shareholders: [
      { idNumber: DEMO_CITIZEN_ID, subscribedWan: 600 },
      { idNumber: DEMO_FAMILY.son, subscribedWan: 400 },
    ],
    status: 'active',
    approvedOn: '2023-11-06',
  });
}
