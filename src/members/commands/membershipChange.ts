import type { MembershipTermRow, StatusChangeRow } from '../data/tables.js';

/**
 * What a lifecycle command did to one member: the status change it recorded
 * and the term it began or ended, each null when it did neither.
 */
export interface MembershipChange {
  memberId: string;
  statusChange: StatusChangeRow | null;
  term: MembershipTermRow | null;
}
