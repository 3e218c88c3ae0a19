/**
 * The memory portal's state: every record in maps keyed by id, so a workspace of 100,000
 * members stays fast, plus the few things every rule needs (the clock, new ids and tokens,
 * the log of sent invitations, the changes to announce).
 */
import type { Capabilities, ChangeEvent, JoinRequest, Workspace } from '../types.js';
import { copySeed, DEFAULT_PORTAL_NAME } from './records.js';
import type {
  MemorySeed,
  SentInvitation,
  StoredInvitationToken,
  StoredClient,
  StoredInternalUser,
  StoredInviteLink,
  StoredJoinRequestStatus,
  StoredMember,
  StoredTeam,
  StoredWorkspaceLink,
  StoredWorkspaceTeam,
} from './records.js';

export interface PortalConfig {
  now: () => Date;
  capabilities: Capabilities;
  linkOrigin: string;
  /** Days an invitation stays valid; `null`: invitations never expire. */
  invitationTtlDays: number | null;
  /** The accept page's address for an invitation token (accept-invitation). */
  acceptUrl: (token: string) => string;
}

export type StoredPerson = { type: 'internal'; record: StoredInternalUser } | { type: 'client'; record: StoredClient };

const DAY = 24 * 60 * 60 * 1000;
const TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

export class MemoryPortal {
  internalUsers = new Map<string, StoredInternalUser>();
  clients = new Map<string, StoredClient>();
  workspaces = new Map<string, Workspace>();
  members = new Map<string, StoredMember>();
  teams = new Map<string, StoredTeam>();
  workspaceTeams: StoredWorkspaceTeam[] = [];
  joinRequests = new Map<string, JoinRequest>();
  inviteLink!: StoredInviteLink;
  workspaceLinks = new Map<string, StoredWorkspaceLink>();
  sentInvitations: SentInvitation[] = [];
  /** Accept-invitation: invitation tokens by token. */
  invitationTokens = new Map<string, StoredInvitationToken>();
  /** Join requests' outcomes and requesters, by request id (rules/workspace-join.ts). */
  joinRequestStatuses = new Map<string, StoredJoinRequestStatus>();
  /** The portal's display name as the seed gives it (see `portalName`). */
  private seededName: string | undefined;
  /** Goes up with every change, so derived data (the sorted directory) knows when it is stale. */
  revision = 0;
  private nextId = 1000;
  private pendingChanges = new Map<string, ChangeEvent>();

  constructor(
    readonly config: PortalConfig,
    seed: MemorySeed,
  ) {
    this.load(seed);
  }

  /** The portal's display name, for the pages invited people land on. */
  get portalName(): string {
    return this.seededName ?? DEFAULT_PORTAL_NAME;
  }

  /** Replaces everything with a copy of `seed`. */
  load(seed: MemorySeed): void {
    const copy = copySeed(seed);
    const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
    this.internalUsers = byId(copy.internalUsers);
    this.clients = byId(copy.clients);
    this.workspaces = byId(copy.workspaces);
    this.members = byId(copy.members);
    this.teams = byId(copy.teams);
    this.workspaceTeams = copy.workspaceTeams;
    this.joinRequests = byId(copy.joinRequests);
    this.inviteLink = copy.inviteLink;
    this.workspaceLinks = new Map(copy.workspaceLinks.map((link) => [link.workspaceId, link]));
    // Every workspace has a link, even in a hand-written seed that forgot one.
    for (const id of this.workspaces.keys()) {
      if (!this.workspaceLinks.has(id)) this.workspaceLinks.set(id, { workspaceId: id, token: this.newToken(8), includesViewing: true });
    }
    this.sentInvitations = copy.sentInvitations ?? [];
    this.invitationTokens = new Map((copy.invitationTokens ?? []).map((entry) => [entry.token, entry]));
    this.joinRequestStatuses = byId(copy.joinRequestStatuses ?? []);
    this.seededName = copy.portalName;
    this.nextId = copy.nextId ?? 1000;
    this.pendingChanges.clear();
    this.revision += 1;
  }

  /** A deep copy of the whole portal, safe to hand out. */
  toSeed(): MemorySeed {
    return copySeed(this.records());
  }

  toJson(): string {
    return JSON.stringify(this.records());
  }

  /** Everything, as the live records: only for copying or serialising. */
  private records(): MemorySeed {
    return {
      version: 1,
      internalUsers: [...this.internalUsers.values()],
      clients: [...this.clients.values()],
      workspaces: [...this.workspaces.values()],
      members: [...this.members.values()],
      teams: [...this.teams.values()],
      workspaceTeams: this.workspaceTeams,
      joinRequests: [...this.joinRequests.values()],
      inviteLink: this.inviteLink,
      workspaceLinks: [...this.workspaceLinks.values()],
      sentInvitations: this.sentInvitations,
      ...(this.invitationTokens.size ? { invitationTokens: [...this.invitationTokens.values()] } : {}),
      ...(this.joinRequestStatuses.size ? { joinRequestStatuses: [...this.joinRequestStatuses.values()] } : {}),
      ...(this.seededName !== undefined ? { portalName: this.seededName } : {}),
      nextId: this.nextId,
    };
  }

  // ---- Time, ids, tokens -----------------------------------------------------------------

  nowIso(): string {
    return this.config.now().toISOString();
  }

  /** When an invitation sent now stops working. */
  invitationExpiry(): string | null {
    const days = this.config.invitationTtlDays;
    return days === null ? null : new Date(this.config.now().getTime() + days * DAY).toISOString();
  }

  isPast(iso: string | null | undefined): boolean {
    return iso !== null && iso !== undefined && Date.parse(iso) <= this.config.now().getTime();
  }

  newId(prefix: string): string {
    let id: string;
    do id = `${prefix}-${this.nextId++}`;
    while (this.internalUsers.has(id) || this.clients.has(id) || this.members.has(id) || this.joinRequests.has(id));
    return id;
  }

  newToken(length = 16): string {
    const bytes = crypto.getRandomValues(new Uint8Array(length));
    return Array.from(bytes, (byte) => TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length]).join('');
  }

  // ---- Lookups ---------------------------------------------------------------------------

  person(id: string): StoredPerson | undefined {
    const user = this.internalUsers.get(id);
    if (user) return { type: 'internal', record: user };
    const client = this.clients.get(id);
    return client ? { type: 'client', record: client } : undefined;
  }

  membersOf(workspaceId: string): StoredMember[] {
    const found: StoredMember[] = [];
    for (const member of this.members.values()) if (member.workspaceId === workspaceId) found.push(member);
    return found;
  }

  membershipOf(workspaceId: string, personId: string): StoredMember | undefined {
    for (const member of this.members.values()) {
      if (member.workspaceId === workspaceId && member.personId === personId) return member;
    }
    return undefined;
  }

  /** Whoever in the portal (internal user or client) already uses this email or phone. */
  personWithContact(email?: string, phone?: string): StoredPerson | undefined {
    const wanted = email?.toLowerCase();
    const matches = (record: { email?: string; phone?: string }) =>
      (wanted !== undefined && record.email?.toLowerCase() === wanted) || (phone !== undefined && record.phone === phone);
    for (const record of this.internalUsers.values()) if (matches(record)) return { type: 'internal', record };
    for (const record of this.clients.values()) if (matches(record)) return { type: 'client', record };
    return undefined;
  }

  // ---- Records of what happened ----------------------------------------------------------

  /** Logs an invitation message to `person`, by email when they have one, else by text. */
  recordSent(
    person: { fullName: string; email?: string; phone?: string },
    kind: SentInvitation['kind'],
    targetId: string,
    workspaceId?: string,
    token?: string,
  ): void {
    this.sentInvitations.push({
      to: person.email ?? person.phone ?? '',
      fullName: person.fullName,
      kind,
      at: this.nowIso(),
      targetId,
      ...(workspaceId ? { workspaceId } : {}),
      ...(token ? { token, acceptUrl: this.config.acceptUrl(token) } : {}),
    });
  }

  /** Notes a change to announce once the current operation has succeeded. */
  changed(change: ChangeEvent): void {
    this.revision += 1;
    this.pendingChanges.set(JSON.stringify(change), change);
  }

  /** The changes noted since the last call, each once. */
  takeChanges(): ChangeEvent[] {
    const changes = [...this.pendingChanges.values()];
    this.pendingChanges.clear();
    return changes;
  }
}
