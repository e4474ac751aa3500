import type { MarketingChannel } from "../components/account/sign-up-fields";

/** What GET /api/account/consents answers (see the API's ConsentOverview schema). */
export interface ConsentOverview {
  marketing: Record<MarketingChannel, { granted: boolean; decidedAt: string | null; noticeVersion: string | null }>;
  /** Why marketing cannot be turned on now (ACC-2); turning it off always works. */
  grantBlock: "guardian_pending" | "account_restricted" | null;
  history: { channel: MarketingChannel; granted: boolean; source: ConsentSource; noticeVersion: string | null; decidedAt: string }[];
  guardian: { decision: "confirmed" | "withdrawn"; decidedAt: string }[];
  cookies: { id: string; noticeVersion: string; decidedAt: string } | null;
}

export type ConsentSource = "registration" | "preferences" | "unsubscribe_link" | "guardian_withdrawal" | "staff";

/** The path of a privacy policy version's page, where a decision's notice can be read again. */
export function privacyPolicyVersionPath(version: string): string {
  return `/legal/privacy/versions/${encodeURIComponent(version)}`;
}
