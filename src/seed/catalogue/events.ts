/** What the club's events are like, kind by kind. */

export type EventKind = 'ROAD_TRIP' | 'TRACK_DAY' | 'SALON' | 'NEW_MODEL_LAUNCH' | 'CHARITY_DRIVE' | 'ONLINE';

export interface EventKindEntry {
  kind: EventKind;
  /** Share of all events. */
  weight: number;
  /** Share of this kind run nationally rather than by a chapter. */
  nationalShare: number;
  /** Local start time and length. */
  startHour: number;
  durationHours: number;
  /** Extra days a multi-day event runs, at most. */
  extraDays: number;
  /** Weekdays it is held on, 0 for Sunday. */
  weekdays: readonly number[];
  capacity: readonly [number, number];
  /** Days before the start registration opens. */
  opensDaysBefore: number;
  /** Share with a minimum tier, and the lowest such tier index. */
  minimumTierShare: number;
  minimumTierFloor: number;
  /** Share priced in yuan, in points; the rest are free. */
  feeShare: number;
  feeYuan: readonly [number, number];
  pointsShare: number;
  points: readonly [number, number];
  /** Points an attendee earns. */
  attendancePoints: number;
}

export const eventKindCatalogue: readonly EventKindEntry[] = [
  { kind: 'ROAD_TRIP', weight: 20, nationalShare: 0.08, startHour: 8, durationHours: 10, extraDays: 2, weekdays: [6], capacity: [16, 48], opensDaysBefore: 42, minimumTierShare: 0.1, minimumTierFloor: 1, feeShare: 0.7, feeYuan: [600, 3_800], pointsShare: 0.1, points: [800, 2_000], attendancePoints: 300 },
  { kind: 'TRACK_DAY', weight: 12, nationalShare: 0.25, startHour: 9, durationHours: 8, extraDays: 0, weekdays: [6, 0], capacity: [16, 36], opensDaysBefore: 45, minimumTierShare: 0.35, minimumTierFloor: 2, feeShare: 0.75, feeYuan: [1_500, 4_800], pointsShare: 0.15, points: [2_000, 4_000], attendancePoints: 400 },
  { kind: 'SALON', weight: 22, nationalShare: 0.05, startHour: 19, durationHours: 2.5, extraDays: 0, weekdays: [4, 5], capacity: [24, 80], opensDaysBefore: 21, minimumTierShare: 0.05, minimumTierFloor: 2, feeShare: 0.2, feeYuan: [100, 400], pointsShare: 0.15, points: [200, 600], attendancePoints: 150 },
  { kind: 'NEW_MODEL_LAUNCH', weight: 12, nationalShare: 0.2, startHour: 14, durationHours: 3, extraDays: 0, weekdays: [6, 0], capacity: [40, 160], opensDaysBefore: 28, minimumTierShare: 0.15, minimumTierFloor: 2, feeShare: 0, feeYuan: [0, 0], pointsShare: 0, points: [0, 0], attendancePoints: 200 },
  { kind: 'CHARITY_DRIVE', weight: 10, nationalShare: 0.1, startHour: 9, durationHours: 6, extraDays: 0, weekdays: [6, 0], capacity: [20, 60], opensDaysBefore: 30, minimumTierShare: 0, minimumTierFloor: 0, feeShare: 0.3, feeYuan: [200, 500], pointsShare: 0, points: [0, 0], attendancePoints: 350 },
  { kind: 'ONLINE', weight: 24, nationalShare: 0.6, startHour: 20, durationHours: 1.25, extraDays: 0, weekdays: [2, 3], capacity: [200, 800], opensDaysBefore: 14, minimumTierShare: 0, minimumTierFloor: 0, feeShare: 0, feeYuan: [0, 0], pointsShare: 0, points: [0, 0], attendancePoints: 50 },
];

export const salonTopics: readonly string[] = [
  'The Future of Solid-State Batteries',
  'Collecting Classic Porsches',
  'Bordeaux Evening with a Sommelier',
  'Whisky and Cigars in the Lounge',
  'Insurance and Tax for Premium Cars',
  'Winter Tyres and Cold-Weather Driving',
  'Car Photography Masterclass',
  'Smart Cockpits and Driver Assistance',
  'Track Driving for Beginners',
  'Mechanical Watches and Motorsport',
  'Designing the Electric Sports Car',
  'Restoring a 1970s Mercedes-Benz SL',
];

export const charityTopics: readonly string[] = [
  'Charity Drive for Mountain Schools',
  'Tree Planting Drive',
  'Beach Clean-up Convoy',
  'Blood Donation Drive',
  'Green Driving Challenge',
  'Book Drive for Rural Libraries',
  'Convoy for Elderly Care Homes',
];

export const onlineTopics: readonly string[] = [
  'Battery Care Q&A',
  "Members' Town Hall",
  'Planning Your First Track Day',
  'Insurance Renewal Tips',
  'Annual Benefits Briefing',
  'Photography Contest Awards',
  'Ask the Chief Engineer',
  'Road Trip Planning Workshop',
];

/** What attendees write when they rate an event, by satisfaction. */
export const ratingComments: Record<'zh-CN' | 'en', Record<'high' | 'middle' | 'low', readonly string[]>> = {
  'zh-CN': {
    high: ['路线安排很好，下次还来！', '组织得非常专业，认识了很多车友。', '赛道教练很耐心，收获很大。', '活动很精彩，感谢俱乐部！', '酒店和餐饮都很满意。'],
    middle: ['整体不错，就是集合时间有点早。', '活动可以，希望人少一点。', '内容还行，停车有点麻烦。'],
    low: ['等待时间太长了。', '和宣传的不太一样，有点失望。', '组织比较混乱。'],
  },
  en: {
    high: ['Superb route and great company.', 'Very well organised, see you next time!', 'The coaching on track was excellent.', 'Loved every minute of it.'],
    middle: ['Good day overall, the start was a bit early.', 'Nice event, a little crowded.', 'Decent, parking could be better.'],
    low: ['Too much waiting around.', 'Not what the invitation promised.', 'Poorly organised this time.'],
  },
};

export const contributionReasons: readonly string[] = [
  'Road trip report published in the club magazine',
  'Photos for the chapter album',
  "Hosted a newcomers' coffee",
  'Car review written for the club app',
  'Volunteered as a marshal at a track day',
];
