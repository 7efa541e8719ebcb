import type { Predicate } from '../claims/model.ts';

/** The cells of the membership matrix, one per membership predicate. */
export const MEMBERSHIP_STATUSES = ['member', 'participating', 'willing', 'excluded', 'not_member'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

const BY_PREDICATE: Partial<Record<Predicate, MembershipStatus>> = {
  member_of: 'member',
  participates_in: 'participating',
  willing_to_deploy: 'willing',
  excluded_from: 'excluded',
  not_member_of: 'not_member',
};

export const membershipStatusOf = (p: Predicate): MembershipStatus | null => BY_PREDICATE[p] ?? null;

/**
 * In or out: being a member or taking part cannot be true while being excluded or not a member.
 * Willingness to deploy says nothing about membership (a non-member may be willing), so it
 * conflicts with nothing.
 */
function membershipSide(s: MembershipStatus): 'in' | 'out' | null {
  if (s === 'member' || s === 'participating') return 'in';
  if (s === 'excluded' || s === 'not_member') return 'out';
  return null;
}

export function incompatibleStatuses(a: MembershipStatus, b: MembershipStatus): boolean {
  const sa = membershipSide(a);
  const sb = membershipSide(b);
  return sa !== null && sb !== null && sa !== sb;
}
