/**
 * Member.valueScore as one SQL expression, for the targets that build the
 * answer in PostgreSQL: the score is live (the twelve months ending today,
 * China calendar), so reading the score the last tier review stored would
 * drift from Paddock's answer as the days pass. Weights and window come from
 * the club's rule itself.
 */
import { scoreWeights, scoreWindowMonths } from '../../src/loyalty/rules/valueScore.js';

const today = `(now() at time zone 'Asia/Shanghai')::date`;
const windowFrom = `(((${today} - interval '${scoreWindowMonths} months')::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
const windowUntil = `((${today} + 1)::timestamp at time zone 'Asia/Shanghai')`;

/** The score of the member whose id is `memberId` (an SQL expression). */
export function valueScoreSql(memberId: string): string {
  const facts = (kind: string, value: string) => `coalesce((
      select sum(${value}) from loyalty.score_facts f
      where f.member_id = ${memberId} and f.kind = '${kind}'
        and f.occurred_at >= ${windowFrom} and f.occurred_at < ${windowUntil}), 0)`;
  const entries = (kinds: string, value: string) => `coalesce((
      select sum(${value}) from loyalty.points_entries e
      where e.member_id = ${memberId} and e.kind in (${kinds})
        and e.occurred_at >= ${windowFrom} and e.occurred_at < ${windowUntil}), 0)`;
  return `(
    floor(${facts('SPEND', 'f.amount')} / 10000) * ${scoreWeights.perHundredYuan}
    + floor(${entries(`'EARN_ATTENDANCE', 'EARN_SPEND', 'EARN_REFERRAL', 'EARN_CONTRIBUTION'`, 'e.points')} / 10) * ${scoreWeights.perTenPoints}
    + ${facts('ATTENDANCE', '1')} * ${scoreWeights.perAttendance}
    + ${facts('REFERRAL', '1')} * ${scoreWeights.perReferral}
    + ${entries(`'EARN_CONTRIBUTION'`, '1')} * ${scoreWeights.perContribution}
  )::int`;
}
