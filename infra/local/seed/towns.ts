import type { DistrictId } from '#functions/platform/districts';

/**
 * The demo city's 66 towns and streets (镇、街道、开发区) with industrial enterprises, by district. Town names
 * are public geography; the enterprises in them are generated and fictional.
 */
export const demoTowns: Record<DistrictId, readonly string[]> = {
  liyang: [
    '溧城街道',
    '昆仑街道',
    '古县街道',
    '埭头镇',
    '上黄镇',
    '戴埠镇',
    '天目湖镇',
    '别桥镇',
    '上兴镇',
    '竹箦镇',
    '南渡镇',
    '社渚镇',
  ],
  jintan: ['金城镇', '儒林镇', '直溪镇', '朱林镇', '薛埠镇', '指前镇', '东城街道', '西城街道', '尧塘街道'],
  wujin: [
    '湖塘镇',
    '牛塘镇',
    '洛阳镇',
    '雪堰镇',
    '前黄镇',
    '礼嘉镇',
    '嘉泽镇',
    '湟里镇',
    '南夏墅街道',
    '西湖街道',
    '高新区北区',
    '高新区南区',
    '西太湖科技产业园',
    '武进经济开发区',
  ],
  xinbei: [
    '三井街道',
    '河海街道',
    '龙虎塘街道',
    '新桥街道',
    '薛家镇',
    '罗溪镇',
    '西夏墅镇',
    '孟河镇',
    '春江街道',
    '奔牛镇',
  ],
  tianning: ['天宁街道', '雕庄街道', '青龙街道', '茶山街道', '红梅街道', '兰陵街道', '郑陆镇'],
  zhonglou: ['五星街道', '永红街道', '北港街道', '西林街道', '南大街街道', '荷花池街道', '邹区镇'],
  jingkai: ['戚墅堰街道', '丁堰街道', '潞城街道', '横林镇', '横山桥镇', '遥观镇', '东方街道'],
};

/** Share of the city's enterprises per district (武进 is the industrial heart; roughly the seed report's shape). */
export const enterpriseShare: Record<DistrictId, number> = {
  liyang: 0.1,
  jintan: 0.08,
  wujin: 0.33,
  xinbei: 0.2,
  tianning: 0.08,
  zhonglou: 0.09,
  jingkai: 0.12,
};

/** Share of a district's enterprises outside the grid (seed: 新北 267, 经开 210, 金坛 159, 溧阳 133 of 800+). */
export const outsideGridShare: Record<DistrictId, number> = {
  liyang: 0.04,
  jintan: 0.06,
  wujin: 0.002,
  xinbei: 0.04,
  tianning: 0.004,
  zhonglou: 0.004,
  jingkai: 0.053,
};
