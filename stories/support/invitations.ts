/**
 * The demo portal with invitation tokens in it, one for each state the accept page can show, so
 * `<accept-invitation>` stories render with a known token (tokens the client makes are random).
 */
import { demoSeed, DEMO_IDS } from '../../src/client/memory/memory-client.js';
import type { MemorySeed } from '../../src/client/memory/memory-client.js';

export const STORY_TOKENS = {
  /** Casey Morgan's portal invitation, sent by Avery Chen three days ago. */
  portal: 'story-portal-casey',
  /** Giulia Rossi's invitation to the Design Team workspace. */
  workspace: 'story-workspace-giulia',
  /** Dana Okafor's invitation, which ran out three days ago. */
  expired: 'story-expired-dana',
  /** An older invitation to Casey, replaced by "Resend Invitation". */
  replaced: 'story-replaced-casey',
  /** An invitation whose person was removed before accepting. */
  revoked: 'story-revoked',
  /** Farid Haddad's invitation, accepted long ago. */
  accepted: 'story-accepted-farid',
} as const;

const DAY = 24 * 60 * 60 * 1000;

export function invitationsSeed(now = new Date(), change?: (seed: MemorySeed) => void): MemorySeed {
  const seed = demoSeed(now);
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const invitedBy = DEMO_IDS.adminId;
  const token = (value: string, userId: string, days: number, status: 'pending' | 'replaced' | 'accepted', extra = {}) => ({
    token: value,
    userId,
    invitedById: invitedBy,
    sentAt: ago(days),
    expiresAt: ago(days - 7),
    status,
    ...extra,
  });
  seed.invitationTokens = [
    token(STORY_TOKENS.portal, DEMO_IDS.pendingUserId, 3, 'pending'),
    token(STORY_TOKENS.workspace, 'u-giulia', 1, 'pending', { memberId: 'm-group-giulia', workspaceId: DEMO_IDS.groupWorkspaceId }),
    token(STORY_TOKENS.expired, DEMO_IDS.expiredUserId, 10, 'pending'),
    token(STORY_TOKENS.replaced, DEMO_IDS.pendingUserId, 5, 'replaced'),
    token(STORY_TOKENS.revoked, 'u-removed', 2, 'pending'),
    token(STORY_TOKENS.accepted, DEMO_IDS.activeUserId, 30, 'accepted'),
  ];
  change?.(seed);
  return seed;
}
