/** The 7 districts (辖市（区）) of Changzhou: fixed by administrative division, not editable. */
export const districts = [
  { id: 'liyang', name: '溧阳市', code: '320481' },
  { id: 'jintan', name: '金坛区', code: '320413' },
  { id: 'wujin', name: '武进区', code: '320412' },
  { id: 'xinbei', name: '新北区', code: '320411' },
  { id: 'tianning', name: '天宁区', code: '320402' },
  { id: 'zhonglou', name: '钟楼区', code: '320404' },
  { id: 'jingkai', name: '常州经开区', code: '320405' },
] as const;

export type District = (typeof districts)[number];
export type DistrictId = District['id'];
export const districtIds = districts.map((district) => district.id) as [DistrictId, ...DistrictId[]];

export function districtName(id: string): string | undefined {
  return districts.find((district) => district.id === id)?.name;
}
