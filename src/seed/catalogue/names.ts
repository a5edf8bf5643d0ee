/** Names and contact conventions of the club's members, romanised as they sign up. */

/** Common surnames in Hanyu Pinyin, with their rough share of the population (per mille). */
export const pinyinSurnames: readonly (readonly [string, number])[] = [
  ['Wang', 71], ['Li', 70], ['Zhang', 68], ['Liu', 54], ['Chen', 45], ['Yang', 31], ['Huang', 22],
  ['Zhao', 21], ['Wu', 20], ['Zhou', 19], ['Xu', 15], ['Sun', 14], ['Ma', 13], ['Zhu', 12], ['Hu', 11],
  ['Guo', 10], ['He', 10], ['Gao', 9], ['Lin', 9], ['Luo', 8], ['Zheng', 8], ['Liang', 7], ['Xie', 6],
  ['Song', 6], ['Tang', 5], ['Han', 5], ['Feng', 5], ['Deng', 5], ['Cao', 5], ['Peng', 5], ['Zeng', 4],
  ['Xiao', 4], ['Tian', 4], ['Dong', 4], ['Pan', 4], ['Yuan', 4], ['Cai', 3], ['Jiang', 6], ['Yu', 6],
  ['Du', 3], ['Ye', 3], ['Cheng', 3], ['Wei', 3], ['Su', 3], ['Ding', 3], ['Ren', 3], ['Shen', 3],
  ['Yao', 3], ['Lu', 5], ['Cui', 2], ['Zhong', 2], ['Tan', 2], ['Fan', 2], ['Jin', 2], ['Shi', 3],
  ['Liao', 2], ['Jia', 2], ['Xia', 2], ['Fu', 2], ['Fang', 2], ['Bai', 2], ['Zou', 2], ['Meng', 2],
  ['Xiong', 2], ['Qin', 2], ['Qiu', 2], ['Hou', 2], ['Yin', 2], ['Xue', 2], ['Yan', 2], ['Duan', 1],
  ['Lei', 1], ['Long', 1], ['Tao', 1], ['Mao', 1], ['Hao', 1], ['Gu', 1], ['Gong', 1], ['Shao', 1],
  ['Wan', 1], ['Qian', 1], ['Dai', 1], ['Kong', 1], ['Xiang', 1], ['Ouyang', 1], ['Shangguan', 0.2],
];

/**
 * Surnames as Cantonese speakers in Guangdong often romanise them on
 * business cards and in English-language apps.
 */
export const cantoneseSurnames: readonly (readonly [string, number])[] = [
  ['Chan', 10], ['Wong', 10], ['Lee', 8], ['Cheung', 6], ['Lau', 6], ['Ng', 5], ['Leung', 5], ['Ho', 4],
  ['Lam', 4], ['Tsang', 3], ['Kwok', 2], ['Yip', 2], ['Tse', 2], ['Fung', 2], ['Tang', 2],
];

/** Given names in Hanyu Pinyin, written as one word. */
export const pinyinGivenNames: readonly string[] = [
  'Wei', 'Fang', 'Na', 'Min', 'Jing', 'Li', 'Qiang', 'Lei', 'Jun', 'Yang', 'Yong', 'Yan', 'Jie', 'Tao',
  'Ming', 'Chao', 'Xiuying', 'Xia', 'Ping', 'Gang', 'Hui', 'Hao', 'Yu', 'Xin', 'Yi', 'Jiahui', 'Zihan',
  'Yuxuan', 'Haoran', 'Zixuan', 'Yutong', 'Xinyi', 'Junjie', 'Jianguo', 'Jianhua', 'Zhiqiang', 'Haiyan',
  'Lihua', 'Xiaoling', 'Wenjie', 'Tianyu', 'Ruoxi', 'Siyu', 'Mingyu', 'Kaiwen', 'Yifan', 'Zhiwei',
  'Xiaodong', 'Chenxi', 'Yuhang', 'Jiayi', 'Shuang', 'Lin', 'Bo', 'Kai', 'Rui', 'Peng', 'Xu', 'Dan',
  'Ying', 'Qing', 'Hong', 'Jian', 'Bin', 'Feng', 'Liang', 'Yue', 'Han', 'Ning', 'Xiaoyu', 'Zhihao',
  'Zimo', 'Yiming', 'Haoyu', 'Shuyi', 'Mengyao', 'Jingyi', 'Weiwei', 'Xiaohong', 'Guoqiang', 'Dongmei',
  'Jianjun', 'Haitao', 'Yunfei', 'Zhenyu', 'Qiaoyun', 'Lanlan', 'Wenhao', 'Shiyu', 'Yixuan', 'Zeyu',
];

/** English given names Chinese members often use with their family name. */
export const englishGivenNames: readonly string[] = [
  'Kevin', 'Jason', 'Eric', 'David', 'Michael', 'Tony', 'Jack', 'Vincent', 'Leo', 'Alex', 'Ryan',
  'Steven', 'Frank', 'Peter', 'Andy', 'Sam', 'Oscar', 'Ivan', 'Jacky', 'Terry', 'Grace', 'Vivian',
  'Cindy', 'Amy', 'Emily', 'Helen', 'Linda', 'Crystal', 'Sophia', 'Joyce', 'Cherry', 'Iris', 'Coco',
  'Angela', 'Stella', 'Fiona', 'Wendy', 'Sunny', 'Lily', 'Nina',
];

/** Family names of the club's foreign members, who mostly came for work. */
export const englishFamilyNames: readonly string[] = [
  'Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Anderson', 'Thomas', 'Moore', 'Martin',
  'Walker', 'Clark', 'Hall', 'Young', 'Allen', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson',
  'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker',
  'Collins', 'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Bennett', 'Müller', 'Schmidt',
  'Fischer', 'Weber', 'Dubois', 'Laurent', 'Rossi', 'Bianchi', 'Tanaka', 'Suzuki', 'Kim', 'Park',
];

/** Given names of the club's foreign members. */
export const foreignGivenNames: readonly string[] = [
  'James', 'John', 'Robert', 'Michael', 'William', 'Richard', 'Thomas', 'Daniel', 'Matthew', 'Andrew',
  'Christopher', 'Oliver', 'Henry', 'Lukas', 'Felix', 'Maximilian', 'Julien', 'Pierre', 'Marco',
  'Luca', 'Hiroshi', 'Kenji', 'Minjun', 'Sarah', 'Emma', 'Olivia', 'Charlotte', 'Sophie', 'Anna',
  'Laura', 'Julia', 'Claire', 'Chloé', 'Giulia', 'Yuki', 'Jiwoo', 'Rachel', 'Kate', 'Hannah', 'Lucy',
];

/** Mail providers by how often members use them; qq.com also takes plain QQ numbers. */
export const chineseMailDomains: readonly (readonly [string, number])[] = [
  ['qq.com', 30], ['163.com', 22], ['126.com', 8], ['gmail.com', 8], ['outlook.com', 7],
  ['icloud.com', 10], ['foxmail.com', 5], ['sina.com', 4], ['hotmail.com', 3], ['139.com', 3],
];

export const foreignMailDomains: readonly (readonly [string, number])[] = [
  ['gmail.com', 45], ['outlook.com', 20], ['icloud.com', 15], ['hotmail.com', 8], ['yahoo.com', 5],
  ['163.com', 4], ['qq.com', 3],
];

/** The first three digits of mainland mobile numbers in use. */
export const mobilePrefixes: readonly string[] = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156',
  '157', '158', '159', '166', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189',
  '191', '198', '199',
];

/** How the club first reached a prospect; written into the first status change. */
export const reachChannels: readonly (readonly [string, number])[] = [
  ['Enquiry through the club app', 30],
  ['Met the club at a dealer event', 22],
  ['Applied on the club website', 18],
  ['Met the club at an auto show', 10],
  ['Introduced by a partner brand', 8],
  ['Found the club on WeChat', 12],
];

export const leavingReasons: readonly string[] = [
  'Left the club at the end of the term',
  'Left the club: sold the car',
  'Left the club: moved abroad',
  'Left the club: moved to another city',
  'Left the club: too few events nearby',
  'Left the club: dues too high for the benefits used',
];

export const suspensionReasons: readonly string[] = [
  'Suspended pending a conduct review',
  'Suspended after unsafe driving at a club event',
  'Suspended during a payment dispute',
];
