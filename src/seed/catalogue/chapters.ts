/** The club's regions and city chapters, as the operating plan lays them out. */

export type RegionCode = 'EAST' | 'SOUTH' | 'NORTH' | 'WEST' | 'CENTRAL';

export interface RegionEntry {
  id: string;
  code: RegionCode;
  name: string;
}

/** In display order: East first. */
export const regionCatalogue: readonly RegionEntry[] = [
  { id: 'east', code: 'EAST', name: 'East China' },
  { id: 'south', code: 'SOUTH', name: 'South China' },
  { id: 'north', code: 'NORTH', name: 'North China' },
  { id: 'west', code: 'WEST', name: 'West China' },
  { id: 'central', code: 'CENTRAL', name: 'Central China' },
];

export interface ChapterEntry {
  id: string;
  city: string;
  regionId: string;
  foundedOn: string;
  /** The chapter's share of new members, relative to the others. */
  weight: number;
  /** Licence plate prefixes issued in the city, such as '沪A'. */
  platePrefixes: readonly string[];
  /** Districts for addresses. */
  districts: readonly string[];
  /** The club's meeting place in the city. */
  lounge: { name: string; address: string };
  /** The nearest circuits, by key into circuitCatalogue. */
  circuits: readonly string[];
  /** Road trip destinations within a weekend's drive. */
  destinations: readonly { name: string; address: string; city: string }[];
}

/**
 * Twenty chapters. Dalian, Kunming and Foshan were founded within the seed's
 * three years, so their members all joined late: growth city by city.
 */
export const chapterCatalogue: readonly ChapterEntry[] = [
  {
    id: 'shanghai',
    city: 'Shanghai',
    regionId: 'east',
    foundedOn: '2016-04-16',
    weight: 14,
    platePrefixes: ['沪A', '沪B', '沪D', '沪E', '沪F', '沪G', '沪H', '沪J', '沪K', '沪L', '沪M', '沪N'],
    districts: ["Jing'an", 'Xuhui', 'Pudong New Area', 'Changning', 'Minhang', 'Jiading', 'Huangpu'],
    lounge: { name: 'Paddock Club Lounge Shanghai', address: "1266 West Nanjing Road, Jing'an" },
    circuits: ['sic', 'tianma'],
    destinations: [
      { name: 'Moganshan', address: 'Moganshan Town, Deqing County', city: 'Huzhou' },
      { name: 'Thousand Island Lake', address: 'Chun\'an County', city: 'Hangzhou' },
      { name: 'Huangshan', address: 'Tangkou Town, Huangshan District', city: 'Huangshan' },
      { name: 'Anji Bamboo Valleys', address: 'Anji County', city: 'Huzhou' },
      { name: 'Zhoushan Islands', address: 'Dinghai District', city: 'Zhoushan' },
    ],
  },
  {
    id: 'hangzhou',
    city: 'Hangzhou',
    regionId: 'east',
    foundedOn: '2017-03-18',
    weight: 7,
    platePrefixes: ['浙A'],
    districts: ['Xihu', 'Binjiang', 'Shangcheng', 'Gongshu', 'Yuhang', 'Xiaoshan'],
    lounge: { name: 'Paddock Club Lounge Hangzhou', address: '18 Hubin Road, Shangcheng' },
    circuits: ['zic', 'sic'],
    destinations: [
      { name: 'Thousand Island Lake', address: "Chun'an County", city: 'Hangzhou' },
      { name: 'Moganshan', address: 'Moganshan Town, Deqing County', city: 'Huzhou' },
      { name: 'Tonglu Valleys', address: 'Tonglu County', city: 'Hangzhou' },
      { name: 'Wuzhen Water Town', address: 'Wuzhen, Tongxiang', city: 'Jiaxing' },
    ],
  },
  {
    id: 'suzhou',
    city: 'Suzhou',
    regionId: 'east',
    foundedOn: '2018-05-12',
    weight: 5,
    platePrefixes: ['苏E', '苏U'],
    districts: ['Suzhou Industrial Park', 'Gusu', 'Wuzhong', 'Xiangcheng', 'Kunshan'],
    lounge: { name: 'Paddock Club Lounge Suzhou', address: '88 Suzhou Avenue East, Suzhou Industrial Park' },
    circuits: ['sic', 'tianma'],
    destinations: [
      { name: 'Taihu Lake Ring Road', address: 'Jinting Town, Wuzhong District', city: 'Suzhou' },
      { name: 'Yixing Bamboo Sea', address: 'Yixing', city: 'Wuxi' },
      { name: 'Tongli Water Town', address: 'Tongli, Wujiang District', city: 'Suzhou' },
    ],
  },
  {
    id: 'nanjing',
    city: 'Nanjing',
    regionId: 'east',
    foundedOn: '2018-09-08',
    weight: 4,
    platePrefixes: ['苏A'],
    districts: ['Jianye', 'Xuanwu', 'Gulou', 'Qinhuai', 'Jiangning'],
    lounge: { name: 'Paddock Club Lounge Nanjing', address: '100 Jiangdong Middle Road, Jianye' },
    circuits: ['sic', 'zic'],
    destinations: [
      { name: 'Tianmu Lake', address: 'Liyang', city: 'Changzhou' },
      { name: 'Huangshan', address: 'Tangkou Town, Huangshan District', city: 'Huangshan' },
      { name: 'Laoshan Forest Park', address: 'Pukou District', city: 'Nanjing' },
    ],
  },
  {
    id: 'ningbo',
    city: 'Ningbo',
    regionId: 'east',
    foundedOn: '2021-06-05',
    weight: 3,
    platePrefixes: ['浙B'],
    districts: ['Yinzhou', 'Haishu', 'Jiangbei', 'Beilun', 'Zhenhai'],
    lounge: { name: 'Paddock Club Lounge Ningbo', address: '999 Siming Middle Road, Yinzhou' },
    circuits: ['nic', 'zic'],
    destinations: [
      { name: 'Xiangshan Coast', address: 'Shipu Town, Xiangshan County', city: 'Ningbo' },
      { name: 'Xikou and Xuedou Mountain', address: 'Xikou Town, Fenghua District', city: 'Ningbo' },
      { name: 'Putuo Mountain', address: 'Putuo District', city: 'Zhoushan' },
    ],
  },
  {
    id: 'shenzhen',
    city: 'Shenzhen',
    regionId: 'south',
    foundedOn: '2016-09-24',
    weight: 10,
    platePrefixes: ['粤B'],
    districts: ['Futian', 'Nanshan', 'Luohu', "Bao'an", 'Longgang', 'Qianhai'],
    lounge: { name: 'Paddock Club Lounge Shenzhen', address: '5033 Yitian Road, Futian' },
    circuits: ['zhuhai', 'gic'],
    destinations: [
      { name: 'Shuangyue Bay', address: 'Huidong County', city: 'Huizhou' },
      { name: 'Danxia Mountain', address: 'Renhua County', city: 'Shaoguan' },
      { name: 'Xunliao Bay', address: 'Huidong County', city: 'Huizhou' },
      { name: 'Nan\'ao Island', address: 'Nan\'ao County', city: 'Shantou' },
    ],
  },
  {
    id: 'guangzhou',
    city: 'Guangzhou',
    regionId: 'south',
    foundedOn: '2017-05-20',
    weight: 8,
    platePrefixes: ['粤A'],
    districts: ['Tianhe', 'Yuexiu', 'Haizhu', 'Panyu', 'Baiyun', 'Zhujiang New Town'],
    lounge: { name: 'Paddock Club Lounge Guangzhou', address: '5 Zhujiang West Road, Tianhe' },
    circuits: ['gic', 'zhuhai'],
    destinations: [
      { name: 'Conghua Hot Springs', address: 'Wenquan Town, Conghua District', city: 'Guangzhou' },
      { name: 'Qingyuan Gorges', address: 'Qingxin District', city: 'Qingyuan' },
      { name: 'Kaiping Diaolou Villages', address: 'Tangkou Town', city: 'Kaiping' },
    ],
  },
  {
    id: 'foshan',
    city: 'Foshan',
    regionId: 'south',
    foundedOn: '2025-03-15',
    weight: 2,
    platePrefixes: ['粤E', '粤X', '粤Y'],
    districts: ['Chancheng', 'Nanhai', 'Shunde', 'Sanshui'],
    lounge: { name: 'Paddock Club Lounge Foshan', address: '1 Lingnan Avenue North, Chancheng' },
    circuits: ['gic', 'zhuhai'],
    destinations: [
      { name: 'Zhaoqing Seven Star Crags', address: 'Duanzhou District', city: 'Zhaoqing' },
      { name: 'Xiqiao Mountain', address: 'Xiqiao Town, Nanhai District', city: 'Foshan' },
    ],
  },
  {
    id: 'xiamen',
    city: 'Xiamen',
    regionId: 'south',
    foundedOn: '2022-04-09',
    weight: 2,
    platePrefixes: ['闽D'],
    districts: ['Siming', 'Huli', 'Jimei', 'Haicang'],
    lounge: { name: 'Paddock Club Lounge Xiamen', address: '8 Lujiang Road, Siming' },
    circuits: ['zhuhai'],
    destinations: [
      { name: 'Wuyi Mountains', address: 'Wuyishan', city: 'Nanping' },
      { name: 'Fujian Tulou', address: 'Yongding District', city: 'Longyan' },
      { name: 'Pingtan Island', address: 'Pingtan County', city: 'Fuzhou' },
    ],
  },
  {
    id: 'beijing',
    city: 'Beijing',
    regionId: 'north',
    foundedOn: '2016-06-11',
    weight: 12,
    platePrefixes: ['京A', '京C', '京E', '京F', '京H', '京J', '京K', '京L', '京M', '京N', '京P', '京Q'],
    districts: ['Chaoyang', 'Haidian', 'Dongcheng', 'Xicheng', 'Shunyi', 'Fengtai'],
    lounge: { name: 'Paddock Club Lounge Beijing', address: '1 Jianguomenwai Avenue, Chaoyang' },
    circuits: ['goldenport', 'ordos'],
    destinations: [
      { name: 'Gubeikou Great Wall', address: 'Gubeikou Town, Miyun District', city: 'Beijing' },
      { name: 'Chengde Mountain Resort', address: 'Shuangqiao District', city: 'Chengde' },
      { name: 'Bashang Grasslands', address: 'Fengning County', city: 'Chengde' },
      { name: 'Jinshanling Great Wall', address: 'Luanping County', city: 'Chengde' },
    ],
  },
  {
    id: 'tianjin',
    city: 'Tianjin',
    regionId: 'north',
    foundedOn: '2019-10-12',
    weight: 3,
    platePrefixes: ['津A', '津B', '津C', '津D', '津F', '津G', '津H', '津J', '津K', '津L', '津M', '津N'],
    districts: ['Heping', 'Hexi', 'Nankai', 'Binhai New Area'],
    lounge: { name: 'Paddock Club Lounge Tianjin', address: '188 Nanjing Road, Heping' },
    circuits: ['goldenport'],
    destinations: [
      { name: 'Beidaihe Coast', address: 'Beidaihe District', city: 'Qinhuangdao' },
      { name: 'Panshan Mountain', address: 'Jizhou District', city: 'Tianjin' },
    ],
  },
  {
    id: 'shenyang',
    city: 'Shenyang',
    regionId: 'north',
    foundedOn: '2022-08-20',
    weight: 2,
    platePrefixes: ['辽A'],
    districts: ['Heping', 'Shenhe', 'Hunnan', 'Tiexi'],
    lounge: { name: 'Paddock Club Lounge Shenyang', address: '1 Qingnian Street, Shenhe' },
    circuits: ['jinzhou'],
    destinations: [
      { name: 'Changbai Mountain', address: 'Erdaobaihe Town, Antu County', city: 'Yanbian' },
      { name: 'Benxi Water Caves', address: 'Benxi County', city: 'Benxi' },
    ],
  },
  {
    id: 'dalian',
    city: 'Dalian',
    regionId: 'north',
    foundedOn: '2024-05-18',
    weight: 2,
    platePrefixes: ['辽B'],
    districts: ['Zhongshan', 'Xigang', 'Shahekou', 'Ganjingzi', 'Jinzhou'],
    lounge: { name: 'Paddock Club Lounge Dalian', address: '88 Renmin Road, Zhongshan' },
    circuits: ['jinzhou'],
    destinations: [
      { name: 'Binhai Road', address: 'Zhongshan District', city: 'Dalian' },
      { name: 'Lüshun Coast', address: 'Lüshunkou District', city: 'Dalian' },
    ],
  },
  {
    id: 'chengdu',
    city: 'Chengdu',
    regionId: 'west',
    foundedOn: '2017-11-04',
    weight: 6,
    platePrefixes: ['川A', '川G'],
    districts: ['Jinjiang', 'Wuhou', 'Qingyang', 'Gaoxin', 'Tianfu New Area'],
    lounge: { name: 'Paddock Club Lounge Chengdu', address: '8 Hongxing Road Section 3, Jinjiang' },
    circuits: ['tianfu'],
    destinations: [
      { name: 'Kangding on the G318', address: 'Kangding', city: 'Garzê' },
      { name: 'Siguniang Mountain', address: 'Xiaojin County', city: 'Ngawa' },
      { name: 'Jiuzhaigou Valley', address: 'Jiuzhaigou County', city: 'Ngawa' },
      { name: 'Mount Emei', address: 'Emeishan', city: 'Leshan' },
    ],
  },
  {
    id: 'chongqing',
    city: 'Chongqing',
    regionId: 'west',
    foundedOn: '2018-11-17',
    weight: 4,
    platePrefixes: ['渝A', '渝B', '渝D'],
    districts: ['Yuzhong', 'Jiangbei', "Yubei", 'Nan\'an', 'Shapingba'],
    lounge: { name: 'Paddock Club Lounge Chongqing', address: '68 Zourong Road, Yuzhong' },
    circuits: ['tianfu'],
    destinations: [
      { name: 'Wulong Karst', address: 'Wulong District', city: 'Chongqing' },
      { name: 'Three Gorges', address: 'Fengjie County', city: 'Chongqing' },
      { name: 'Jinfo Mountain', address: 'Nanchuan District', city: 'Chongqing' },
    ],
  },
  {
    id: 'xian',
    city: "Xi'an",
    regionId: 'west',
    foundedOn: '2020-09-26',
    weight: 3,
    platePrefixes: ['陕A', '陕U'],
    districts: ['Yanta', 'Beilin', 'Qujiang New District', 'Weiyang', 'Gaoxin'],
    lounge: { name: "Paddock Club Lounge Xi'an", address: '199 Yanta South Road, Yanta' },
    circuits: ['tianfu'],
    destinations: [
      { name: 'Qinling Mountains', address: 'Zhouzhi County', city: "Xi'an" },
      { name: 'Hukou Waterfall', address: 'Yichuan County', city: "Yan'an" },
      { name: 'Mount Hua', address: 'Huayin', city: 'Weinan' },
    ],
  },
  {
    id: 'kunming',
    city: 'Kunming',
    regionId: 'west',
    foundedOn: '2024-10-12',
    weight: 2,
    platePrefixes: ['云A'],
    districts: ['Wuhua', 'Panlong', 'Guandu', 'Xishan', 'Chenggong'],
    lounge: { name: 'Paddock Club Lounge Kunming', address: '1 Dongfeng West Road, Wuhua' },
    circuits: ['tianfu'],
    destinations: [
      { name: 'Dali and Erhai Lake', address: 'Dali', city: 'Dali' },
      { name: 'Lijiang Old Town', address: 'Gucheng District', city: 'Lijiang' },
      { name: 'Yuanyang Rice Terraces', address: 'Yuanyang County', city: 'Honghe' },
    ],
  },
  {
    id: 'wuhan',
    city: 'Wuhan',
    regionId: 'central',
    foundedOn: '2018-04-21',
    weight: 4,
    platePrefixes: ['鄂A'],
    districts: ['Wuchang', 'Jianghan', 'Jiang\'an', 'Hongshan', 'Optics Valley'],
    lounge: { name: 'Paddock Club Lounge Wuhan', address: '1 Zhongnan Road, Wuchang' },
    circuits: ['zhuzhou'],
    destinations: [
      { name: 'Enshi Grand Canyon', address: 'Shadi Town', city: 'Enshi' },
      { name: 'Shennongjia Forest', address: 'Muyu Town', city: 'Shennongjia' },
      { name: 'Mulan Mountain', address: 'Huangpi District', city: 'Wuhan' },
    ],
  },
  {
    id: 'changsha',
    city: 'Changsha',
    regionId: 'central',
    foundedOn: '2019-05-25',
    weight: 3,
    platePrefixes: ['湘A'],
    districts: ['Yuelu', 'Furong', 'Tianxin', 'Kaifu', 'Yuhua'],
    lounge: { name: 'Paddock Club Lounge Changsha', address: '88 Furong Middle Road, Furong' },
    circuits: ['zhuzhou'],
    destinations: [
      { name: 'Zhangjiajie', address: 'Wulingyuan District', city: 'Zhangjiajie' },
      { name: 'Fenghuang Ancient Town', address: 'Fenghuang County', city: 'Xiangxi' },
      { name: 'Hengshan Mountain', address: 'Nanyue District', city: 'Hengyang' },
    ],
  },
  {
    id: 'zhengzhou',
    city: 'Zhengzhou',
    regionId: 'central',
    foundedOn: '2021-10-16',
    weight: 2,
    platePrefixes: ['豫A'],
    districts: ['Zhengdong New District', 'Jinshui', 'Erqi', 'Zhongyuan'],
    lounge: { name: 'Paddock Club Lounge Zhengzhou', address: '1 Shangwu Inner Ring Road, Zhengdong New District' },
    circuits: ['zhuzhou'],
    destinations: [
      { name: 'Songshan and Shaolin Temple', address: 'Dengfeng', city: 'Zhengzhou' },
      { name: 'Guoliang Tunnel', address: 'Huixian', city: 'Xinxiang' },
      { name: 'Yuntai Mountain', address: 'Xiuwu County', city: 'Jiaozuo' },
    ],
  },
];

export interface CircuitEntry {
  key: string;
  name: string;
  address: string;
  city: string;
  timeZone: string;
}

/** Circuits for track days: at home, and a few abroad for national trips. */
export const circuitCatalogue: readonly CircuitEntry[] = [
  { key: 'sic', name: 'Shanghai International Circuit', address: '2000 Yining Road, Jiading', city: 'Shanghai', timeZone: 'Asia/Shanghai' },
  { key: 'tianma', name: 'Tianma Circuit', address: 'Sheshan Town, Songjiang', city: 'Shanghai', timeZone: 'Asia/Shanghai' },
  { key: 'zic', name: 'Zhejiang International Circuit', address: 'Keqiao District', city: 'Shaoxing', timeZone: 'Asia/Shanghai' },
  { key: 'nic', name: 'Ningbo International Circuit', address: 'Chunxiao, Beilun District', city: 'Ningbo', timeZone: 'Asia/Shanghai' },
  { key: 'zhuhai', name: 'Zhuhai International Circuit', address: 'Jinding, Xiangzhou District', city: 'Zhuhai', timeZone: 'Asia/Shanghai' },
  { key: 'gic', name: 'Guangdong International Circuit', address: 'Sihui', city: 'Zhaoqing', timeZone: 'Asia/Shanghai' },
  { key: 'goldenport', name: 'Goldenport Park Circuit', address: 'Chaoyang District', city: 'Beijing', timeZone: 'Asia/Shanghai' },
  { key: 'ordos', name: 'Ordos International Circuit', address: 'Kangbashi District', city: 'Ordos', timeZone: 'Asia/Shanghai' },
  { key: 'jinzhou', name: 'Jinzhou International Circuit', address: 'Jinzhou New District', city: 'Jinzhou', timeZone: 'Asia/Shanghai' },
  { key: 'tianfu', name: 'Tianfu International Circuit', address: 'Jianyang', city: 'Chengdu', timeZone: 'Asia/Shanghai' },
  { key: 'zhuzhou', name: 'Zhuzhou International Circuit', address: 'Tianyuan District', city: 'Zhuzhou', timeZone: 'Asia/Shanghai' },
];

/** Circuits for the national track-day trips abroad. */
export const circuitsAbroad: readonly CircuitEntry[] = [
  { key: 'fuji', name: 'Fuji Speedway', address: '694 Nakahinata, Oyama, Shizuoka', city: 'Oyama', timeZone: 'Asia/Tokyo' },
  { key: 'silverstone', name: 'Silverstone Circuit', address: 'Towcester, Northamptonshire', city: 'Silverstone', timeZone: 'Europe/London' },
  { key: 'sepang', name: 'Sepang International Circuit', address: 'Jalan Pekeliling, Sepang, Selangor', city: 'Sepang', timeZone: 'Asia/Kuala_Lumpur' },
  { key: 'nurburgring', name: 'Nürburgring', address: 'Otto-Flimm-Straße, Nürburg', city: 'Nürburg', timeZone: 'Europe/Berlin' },
];

/** Long drives the club runs nationally. */
export const nationalDestinations: readonly { name: string; address: string; city: string }[] = [
  { name: 'Sichuan-Tibet Highway G318', address: 'Litang County', city: 'Garzê' },
  { name: 'Hainan East Coast', address: 'Haitang Bay', city: 'Sanya' },
  { name: 'Duku Highway', address: 'Dushanzi District', city: 'Karamay' },
  { name: 'Hulunbuir Grasslands', address: 'Hailar District', city: 'Hulunbuir' },
  { name: 'Qinghai Lake', address: 'Gangcha County', city: 'Haibei' },
  { name: 'Yunnan Tea Horse Road', address: 'Shangri-La', city: "Dêqên" },
];
