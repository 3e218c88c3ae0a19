/**
 * The portals a memory client can start from: the demo portal that stories, tests and the
 * embedded default use, and an empty one. Every date is relative to `now`, so "invited
 * three days ago" stays true whenever the demo runs.
 */
import type { Invitation } from '../types.js';
import type { MemorySeed, StoredClient, StoredInternalUser, StoredMember } from './records.js';

/** The ids of the demo portal's people and places that stories and tests refer to. */
export const DEMO_IDS = {
  /** Avery Chen, portal admin, the default viewer. */
  adminId: 'u-avery',
  /** Blake Rivera, an internal user who is not a portal admin. */
  nonAdminId: 'u-blake',
  /** Casey Morgan, invited by phone three days ago; the invitation is pending. */
  pendingUserId: 'u-casey',
  caseyPhone: '+14155550123',
  /** Dana Okafor, invited ten days ago; the invitation has expired. */
  expiredUserId: 'u-dana',
  /** An active internal user who is in no workspace. */
  activeUserId: 'u-farid',
  /** A client, joined in the flow workspace. */
  clientId: 'c-olivia',
  /** "Client Onboarding", a flow workspace. */
  flowWorkspaceId: 'ws-flow',
  /** "Design Team", a group workspace. */
  groupWorkspaceId: 'ws-group',
  /** "Marketing", a second group workspace with few members. */
  smallWorkspaceId: 'ws-marketing',
  /** "Support Team": six internal users added to the group workspace as a unit, two not joined. */
  supportTeamId: 't-support',
  /** In the flow workspace: a joined client, a client with a pending invitation, a client whose invitation expired. */
  joinedMemberId: 'm-flow-olivia',
  notJoinedMemberId: 'm-flow-rahul',
  expiredMemberId: 'm-flow-sofia',
  /** Join requests: two in the flow workspace, one in the group workspace. */
  flowJoinRequestId: 'jr-flow-tomas',
  secondFlowJoinRequestId: 'jr-flow-ngozi',
  groupJoinRequestId: 'jr-group-sipho',
  inviteLinkToken: 'Hq7mT2vXc9RkLp4w',
} as const;

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** How long the demo's invitations stay valid, matching the client's default. */
const DEMO_INVITATION_DAYS = 7;

export function demoSeed(now: Date): MemorySeed {
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const invitedDaysAgo = (days: number): Invitation => {
    const sentAt = ago(days * DAY);
    return { sentAt, lastSentAt: sentAt, expiresAt: ago((days - DEMO_INVITATION_DAYS) * DAY) };
  };

  const active = (id: string, fullName: string, email: string, extra: Partial<StoredInternalUser> = {}): StoredInternalUser => ({
    id,
    fullName,
    email,
    isAdministrator: false,
    status: 'active',
    ...extra,
  });

  const internalUsers: StoredInternalUser[] = [
    active('u-avery', 'Avery Chen', 'avery.chen@example.com', { isAdministrator: true, userId: 'avery' }),
    active('u-blake', 'Blake Rivera', 'blake.rivera@example.com', { userId: 'blake.r' }),
    {
      id: 'u-casey',
      fullName: 'Casey Morgan',
      phone: DEMO_IDS.caseyPhone,
      isAdministrator: false,
      status: 'invited',
      invitation: invitedDaysAgo(3),
    },
    {
      id: 'u-dana',
      fullName: 'Dana Okafor',
      email: 'dana.okafor@example.com',
      isAdministrator: false,
      status: 'invited',
      invitation: invitedDaysAgo(10),
    },
    active('u-eunji', 'Park Eun-ji', 'eunji.park@example.com'),
    active('u-farid', 'Farid Haddad', 'farid.haddad@example.com', { phone: '+14155550142' }),
    {
      id: 'u-giulia',
      fullName: 'Giulia Rossi',
      email: 'giulia.rossi@example.com',
      isAdministrator: false,
      status: 'invited',
      invitation: invitedDaysAgo(1),
    },
    {
      id: 'u-kwame',
      fullName: 'Kwame Asante',
      email: 'kwame.asante@example.com',
      isAdministrator: false,
      status: 'invited',
      invitation: invitedDaysAgo(5),
    },
    active('u-hiroshi', 'Hiroshi Tanaka', 'hiroshi.tanaka@example.com'),
    active('u-ines', 'Inês Carvalho', 'ines.carvalho@example.com'),
    active('u-jamal', 'Jamal Wright', 'jamal.wright@example.com', { isAdministrator: true }),
    active('u-lena', 'Lena Schäfer', 'lena.schaefer@example.com'),
    active('u-mei', 'Mei Lin', 'mei.lin@example.com'),
    active('u-nikolai', 'Nikolai Petrov', 'nikolai.petrov@example.com'),
    active('u-priya', 'Priya Raman', 'priya.raman@example.com', { userId: 'priya.raman' }),
  ];

  const clients: StoredClient[] = [
    { id: 'c-olivia', fullName: 'Olivia Bennett', email: 'olivia@bennett-legal.example' },
    { id: 'c-rahul', fullName: 'Rahul Mehta', email: 'rahul.mehta@example.org' },
    { id: 'c-sofia', fullName: 'Sofía Ramírez', email: 'sofia.ramirez@example.org' },
    { id: 'c-tomasz', fullName: 'Tomasz Nowak', phone: '+14155550147' },
    { id: 'c-amara', fullName: 'Amara Nwosu', email: 'amara@nwosu-studio.example' },
    { id: 'c-lucas', fullName: 'Lucas Martin', email: 'lucas.martin@example.org' },
    { id: 'c-yuki', fullName: 'Yuki Sato', email: 'yuki.sato@example.org' },
    { id: 'c-zara', fullName: 'Zara Ahmed', email: 'zara.ahmed@example.org', phone: '+12125550176' },
  ];

  const member = (
    id: string,
    workspaceId: string,
    personId: string,
    role: StoredMember['role'],
    invitedDays?: number,
    teamId?: string,
  ): StoredMember => ({
    id,
    workspaceId,
    personId,
    role,
    status: invitedDays === undefined ? 'joined' : 'not_joined',
    ...(invitedDays === undefined ? {} : { invitation: invitedDaysAgo(invitedDays) }),
    ...(teamId ? { teamId } : {}),
  });

  const supportTeam = ['u-hiroshi', 'u-ines', 'u-jamal', 'u-lena', 'u-mei', 'u-nikolai'];
  const members: StoredMember[] = [
    member('m-flow-avery', 'ws-flow', 'u-avery', 'owner'),
    member('m-flow-blake', 'ws-flow', 'u-blake', 'editor'),
    member('m-flow-casey', 'ws-flow', 'u-casey', 'editor', 3),
    member('m-flow-olivia', 'ws-flow', 'c-olivia', 'viewer'),
    member('m-flow-rahul', 'ws-flow', 'c-rahul', 'viewer', 2),
    member('m-flow-sofia', 'ws-flow', 'c-sofia', 'viewer', 9),
    member('m-flow-tomasz', 'ws-flow', 'c-tomasz', 'editor'),
    member('m-group-eunji', 'ws-group', 'u-eunji', 'owner'),
    member('m-group-avery', 'ws-group', 'u-avery', 'editor'),
    member('m-group-priya', 'ws-group', 'u-priya', 'editor'),
    member('m-group-giulia', 'ws-group', 'u-giulia', 'editor', 1),
    member('m-group-amara', 'ws-group', 'c-amara', 'viewer'),
    member('m-group-lucas', 'ws-group', 'c-lucas', 'viewer', 4),
    ...supportTeam.map((userId, index) =>
      member(`m-group-${userId.slice(2)}`, 'ws-group', userId, 'editor', index >= 4 ? 2 : undefined, 't-support'),
    ),
    member('m-marketing-blake', 'ws-marketing', 'u-blake', 'owner'),
    member('m-marketing-yuki', 'ws-marketing', 'c-yuki', 'viewer'),
  ];

  return {
    version: 1,
    internalUsers,
    clients,
    workspaces: [
      { id: 'ws-flow', name: 'Client Onboarding', kind: 'flow' },
      { id: 'ws-group', name: 'Design Team', kind: 'group' },
      { id: 'ws-marketing', name: 'Marketing', kind: 'group' },
    ],
    members,
    teams: [{ id: 't-support', name: 'Support Team', memberIds: supportTeam }],
    workspaceTeams: [{ workspaceId: 'ws-group', teamId: 't-support', role: 'editor' }],
    joinRequests: [
      {
        id: 'jr-flow-tomas',
        workspaceId: 'ws-flow',
        fullName: 'Tomás Silva',
        email: 'tomas.silva@example.org',
        requestedAt: ago(2 * HOUR),
      },
      { id: 'jr-flow-ngozi', workspaceId: 'ws-flow', fullName: 'Ngozi Eze', phone: '+14155550188', requestedAt: ago(1 * DAY) },
      {
        id: 'jr-group-sipho',
        workspaceId: 'ws-group',
        fullName: 'Sipho Dlamini',
        email: 'sipho.dlamini@example.com',
        requestedAt: ago(HOUR / 2),
      },
    ],
    portalName: 'Acme Portal',
    inviteLink: {
      token: DEMO_IDS.inviteLinkToken,
      createdAt: ago(20 * DAY),
      expiresAt: null,
      expiresInDays: null,
      allowedDomains: [],
      replacedTokens: [],
    },
    workspaceLinks: [
      { workspaceId: 'ws-flow', token: 'Fw3nB8qZ', includesViewing: false },
      { workspaceId: 'ws-group', token: 'Gr5tY1mK', includesViewing: true },
      { workspaceId: 'ws-marketing', token: 'Mk9pD4sV', includesViewing: true },
    ],
    sentInvitations: [],
  };
}

/** A portal with nothing in it but its admin (the default viewer). */
export function emptySeed(now: Date): MemorySeed {
  return {
    version: 1,
    internalUsers: [
      { id: DEMO_IDS.adminId, fullName: 'Avery Chen', email: 'avery.chen@example.com', isAdministrator: true, status: 'active' },
    ],
    clients: [],
    workspaces: [],
    members: [],
    teams: [],
    workspaceTeams: [],
    joinRequests: [],
    inviteLink: {
      token: DEMO_IDS.inviteLinkToken,
      createdAt: now.toISOString(),
      expiresAt: null,
      expiresInDays: null,
      allowedDomains: [],
      replacedTokens: [],
    },
    workspaceLinks: [],
    sentInvitations: [],
  };
}
