import type { Eligibility } from './vocabulary.js';

export interface AudienceRule {
  eligibility: Eligibility;
  frameworkId: string | null;
  namedPartners: readonly string[];
}

export type EligibilityAnswer = { eligible: true } | { eligible: false; reason: string };

/**
 * May a partner be nominated to an iteration? `inFramework` says whether the partner certainly
 * belonged to the activity's framework on the iteration's first day (the caller reads memberships).
 * "As approved" audiences are open to a nomination: the provider's decision is the approval.
 */
export function eligibility(rule: AudienceRule, partnerId: string, inFramework: boolean): EligibilityAnswer {
  switch (rule.eligibility) {
    case 'all_partners':
    case 'as_approved':
      return { eligible: true };
    case 'named':
      return rule.namedPartners.includes(partnerId)
        ? { eligible: true }
        : {
            eligible: false,
            reason: `the activity is open only to ${rule.namedPartners.join(', ') || 'no partner'}, not ${partnerId}`,
          };
    case 'framework':
      return inFramework
        ? { eligible: true }
        : {
            eligible: false,
            reason: `${partnerId} was not a member of ${rule.frameworkId ?? 'the framework'} on the iteration's start date`,
          };
  }
}
