/**
 * The parts of `docs/rest-api.md` that answer a backend author's "what exactly must I do":
 * field errors, idempotency, the events stream, what ids and dates mean, the input rules and
 * the links the elements accept. Facts come from the code where the code holds them (the route
 * table, the schemas, the field rules); the rest states what the fetch client, the memory
 * client and `invite-kit/msw` do, checked against them by `test/client/fetch-client.test.ts`.
 */
import type * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH, FORBIDDEN_IN_TEXT, NAME_MAX_LENGTH, USER_ID_MAX_LENGTH, USER_ID_PATTERN } from '../src/client/contact.js';
import { ROUTES, EVENTS_PATH, type Route } from '../src/client/fetch/routes.js';

type Def = {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  options?: z.ZodMiniType[];
  element?: z.ZodMiniType;
  in?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
};
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional, nullable and pipes (the field rules are pipes) down to the schema that has a shape. */
function bare(schema: z.ZodMiniType): z.ZodMiniType {
  const def = defOf(schema);
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) return bare(def.innerType);
  if (def.type === 'pipe' && def.in) return bare(def.in);
  return schema;
}

/** The properties of an object, or of every object of a union, in order, without literals (discriminators). */
function properties(schema: z.ZodMiniType): [string, z.ZodMiniType][] {
  const def = defOf(bare(schema));
  const found = new Map<string, z.ZodMiniType>();
  const objects = def.type === 'union' ? (def.options ?? []).map(bare) : [bare(schema)];
  for (const object of objects) {
    for (const [key, value] of Object.entries(defOf(object).shape ?? {})) {
      if (defOf(bare(value)).type !== 'literal' && !found.has(key)) found.set(key, value);
    }
  }
  return [...found];
}

/** The request field names a route's body has: the keys its `fieldErrors` may use. */
export function requestFields(schema: z.ZodMiniType): string[] {
  const fields: string[] = [];
  for (const [key, value] of properties(schema)) {
    const def = defOf(bare(value));
    fields.push(`\`${key}\``);
    const nested = def.type === 'array' && def.element ? def.element : def.type === 'object' || def.type === 'union' ? value : undefined;
    if (!nested) continue;
    const prefix = def.type === 'array' ? `${key}.0` : key;
    for (const [inner] of properties(nested)) fields.push(`\`${prefix}.${inner}\``);
  }
  return fields;
}

const mutations = (Object.values(ROUTES) as Route[]).filter((route) => route.mutation);
const link = (route: Route) => `[\`${route.operation}\`](#${route.operation.toLowerCase()})`;

/** `[\u0000-\u0008…]` as the code points a reader can look up. */
function codePoints(pattern: RegExp): string {
  const body = pattern.source.replace(/^\[|\]$/gu, '');
  const ranges = [...body.matchAll(/\\u([0-9A-F]{4})(?:-\\u([0-9A-F]{4}))?/giu)];
  return ranges.map(([, from, to]) => (to ? `U+${from}–U+${to}` : `U+${from}`)).join(', ');
}

export function fieldErrorsSection(): string[] {
  const withBody = (Object.values(ROUTES) as Route[]).filter((route) => route.body);
  return [
    '### Field errors',
    '',
    '`fieldErrors` may come with **any** code, not only `422`: a `409` names the field whose value is taken (`email`,',
    '`phone` or `userId`), a `403` the field whose value is refused (an email outside the invite link’s allowed',
    'domains is `email`). Keys are the **request** field names of the route (below), top-level (`delivery`) or',
    'dotted for nested ones (`delivery.workspaceId`, `additions.0.email`); values are message-catalogue keys',
    '(`validation.emailMissingAt`) or sentences. The forms place each key on the field that shows it (`email` and',
    '`phone` on the one "Email Address or Phone Number" field) and say the ones they have no field for in their alert.',
    'Only when a `409` names no field at all do they blame the contact field. A message about no field in particular',
    'goes in `message`, or under `_`. For a list (`additions`) a backend may also name the item’s own field',
    '(`fullName` rather than `additions.0.fullName`) and say which person in `message`, as the memory client does.',
    '',
    '`contact` is the forms’ own field, not a request field: send `email` or `phone`. It is accepted for compatibility',
    '(the shared input schema and the memory client behind `invite-kit/msw` still answer `contact` when neither `email`',
    'nor `phone` is given, or when the one given is already used) and shown on the contact field.',
    '',
    '| Operation | `fieldErrors` keys |',
    '| --- | --- |',
    ...withBody.map((route) => `| ${link(route)} | ${requestFields(route.body!).join(', ')} |`),
    '',
  ];
}

export function idempotencySection(): string[] {
  return [
    '## Idempotency',
    '',
    `Mutations (${mutations.map(link).join(', ')}) may carry \`Idempotency-Key\`. The fetch client sends one whenever`,
    'an element does, which is for every action a person takes; reads never carry one.',
    '',
    '- **What a key is.** An opaque string (the elements send a random UUID). The elements make one',
    '  key per intended action and request body: a retry of the same action (after a timeout, a lost answer, a `5xx`',
    '  or a `429`) sends the same key and the same body; changing the input makes a new key.',
    '- **What is replayed.** Once the backend has processed a request, it stores the answer — status and body — and',
    '  answers every later request with the same key with it, without acting again: successes, and refusals of the',
    '  request as sent (`400`, `403`, `404`, `409`, `422`). A request with the key that arrives while the first one is',
    '  still running waits for it and gets the same answer.',
    '- **What is not.** `429` and every `5xx`, and anything that never reached the point of acting (a request aborted',
    '  or lost before the backend applied it): those are not stored, so a retry with the same key runs afresh. That is',
    '  what makes "Try again" safe after a `503` and effective after a `429`.',
    '- **Lifetime.** Keep keys at least 24 hours. The elements only reuse a key while the page that made it is open and',
    '  the action is unfinished, so a day covers every retry; the memory client keeps them as long as its portal.',
    '- **Scope.** A key counts for one operation and one signed-in viewer: the same key on another route, or from',
    '  another viewer, is a different action (the memory client scopes keys by operation; it has one viewer).',
    '- **Same key, different body.** The elements never send one. A backend should answer `422` `validation` (the',
    '  IETF Idempotency-Key draft does) rather than act; the memory client replays the first answer.',
    '',
  ];
}

export function liveUpdatesSection(): string[] {
  return [
    '## Live updates',
    '',
    `\`GET ${EVENTS_PATH}\` (only where \`capabilities.liveUpdates\`): a Server-Sent Events stream (\`Content-Type:`,
    'text/event-stream`, `Cache-Control: no-cache`). Each change is one unnamed event (no `event:` line; named events',
    'are ignored) whose `data` is a [`ChangeEvent`](#changeevent) as JSON on one line, for example',
    '`data: {"type":"members-changed","workspaceId":"ws-1"}`. The client ignores events it cannot parse. Backends without',
    'live updates answer `404`.',
    '',
    '- **Announce every change, including this client’s own.** An event says "this changed, read it again"; the page may',
    '  show the same data in several elements, and they learn of a change one of them made from the stream. While the',
    '  stream is opening the client holds its mutations back (up to 3 s), so its own changes are never announced before',
    '  it listens.',
    '- **Open at once.** Send the headers and a comment line (`: connected`) straight away, so the browser sees the',
    '  stream open and proxies do not buffer it.',
    '- **Keep-alive.** Send a comment line (`: keep-alive`) every 15–30 s while nothing changes: proxies and load',
    '  balancers close idle connections. The client ignores comments.',
    '- **`retry:`** is optional: the browser’s `EventSource` reconnects on its own after a dropped connection, after',
    '  the delay `retry:` sets (milliseconds) or its default of a few seconds. It stops for good when a reconnect is',
    '  answered with another status than `200` or another `Content-Type`.',
    '- **`id:` and `Last-Event-ID`** are optional. The client does not read ids; `EventSource` sends the last one it saw',
    '  as `Last-Event-ID` when it reconnects, so a backend that sets ids may replay the changes made since. One that does',
    '  not loses the changes made while the stream was down: the elements show them when they next load.',
    '- **Authentication.** A browser `EventSource` cannot send headers: authenticate the stream with cookies',
    '  (`credentials: "include"` opens it with credentials) or pass an `eventSource` factory that can. The client opens',
    '  one stream per client for all its listeners and closes it when the last one leaves.',
    '',
  ];
}

export function memberPagingSection(): string[] {
  const route = ROUTES.listWorkspaceMembers;
  return [
    '## Member paging',
    '',
    `\`${route.method} ${route.path}\` answers a page at a time only where \`capabilities.memberPaging\` is \`true\`. Query`,
    'parameters, all optional ([`WorkspaceMembersQuery`](#workspacemembersquery)):',
    '',
    '- **`limit`** (1–500): at most this many members; without it, every member that matches.',
    '- **`cursor`**: the `nextCursor` of the page before, for the page after it. Opaque to the client; a cursor the',
    '  backend never issued answers `422` `validation` with `fieldErrors: { "cursor": … }`. **`offset`**: where to',
    '  start in the filtered order instead (a list scrolled far loads the rows it shows without walking every page',
    '  before them); ignored with a `cursor`.',
    '- **`query`**: members whose full name, email address or phone number contains the text, without regard to case',
    '  or accents; text that looks like a phone number also matches the digits however they are spaced.',
    '- **`status`**: `joined`; `not_joined` (invited, invitation still valid); `expired` (invited, `expiresAt` at or',
    '  before the backend’s clock) — the three statuses the panel shows and filters by.',
    '- **`excludeTeamMembers=true`**: leaves out members who came in with one of the listed `teams` (the panel shows',
    '  each team as one row and counts its members from `memberCount`).',
    '',
    'Every page follows one stable order, the same whatever the filter; consecutive pages cover every match exactly',
    'once while nothing changes. The answer carries `total` (how many members match, in all pages together),',
    '`nextCursor` (absent on the last page) and every team of the workspace in `teams`, whatever the filter.',
    '',
    '**A backend without paging** leaves `memberPaging` out of its capabilities (or answers `false`), ignores these',
    'parameters and answers every member at once, without `nextCursor` or `total`: that is what it did before paging',
    'existed, and it keeps working. The panel asks for pages only where the capability is declared, and treats an',
    'answer without `total` as the whole list even then.',
    '',
  ];
}

export function meaningSection(): string[] {
  return [
    '## What the fields mean',
    '',
    '- **Expired is derived, not stored.** An invitation (`invitation` of a [`WorkspaceMember`](#workspacemember) or an',
    '  [`InternalUser`](#internaluser)) is shown "Expired" when its `expiresAt` is at or before the page’s clock; there',
    '  is no `expired` status. The member stays `not_joined` (the user `invited`), and resending renews `expiresAt`.',
    '  `expiresAt: null` never expires. Dates are ISO 8601 with an offset (`2026-11-20T10:00:00Z`).',
    '- **`memberId`** in an [`InvitationTarget`](#invitationtarget) of type `member` is the `id` of the',
    '  [`WorkspaceMember`](#workspacemember) (the membership, as listed by `listWorkspaceMembers`), not the `person.id`.',
    '  `teamId` is a [`WorkspaceTeam`](#workspaceteam) `id`. `userId` of type `internal-user` is the',
    '  [`InternalUser`](#internaluser) `id`, not its "User ID" (`InternalUser.userId`).',
    '- **`recipients[].id`** in a [`ResendResult`](#resendresult) is, like the target it answers, the `WorkspaceMember`',
    '  `id` of each member who was sent a new invitation (for a team: each member who had not joined), or the',
    '  `InternalUser` `id` for an `internal-user` target.',
    '- **Ids** are opaque strings of 1–200 characters; the client URI-encodes them in paths.',
    '',
    '## Input rules',
    '',
    'What the forms check before sending and what the backend must check again (the elements are not a security',
    'boundary). Each rule’s message key is what the kit answers in `fieldErrors`; a backend may use the same keys, which',
    'the elements translate.',
    '',
    '| Field | Rule | Message keys |',
    '| --- | --- | --- |',
    `| \`fullName\` | Normalised to NFC, inner whitespace collapsed to one space, trimmed; then 1–${NAME_MAX_LENGTH} characters (code points) of any script. Forbidden: \`<\`, \`>\`, and ${codePoints(FORBIDDEN_IN_TEXT)} (controls, bidirectional overrides and isolates, zero-width space, LRM/RLM, BOM). ZWJ and ZWNJ are allowed. | \`validation.fullNameRequired\`, \`validation.fullNameTooLong\`, \`validation.fullNameInvalidCharacters\` |`,
    `| \`email\` | NFC, trimmed; one \`@\`; none of the characters forbidden in names; no whitespace or \`< > ( ) [ ] \\ , ; : "\` in the local part; the domain converted to punycode (IDNA) with at least two labels and a non-numeric top-level label; at most ${EMAIL_MAX_LENGTH} characters after conversion. Compared without regard to case. | \`validation.emailMissingAt\`, \`validation.emailMissingLocalPart\`, \`validation.emailInvalidCharacters\`, \`validation.emailInvalidDomain\`, \`validation.emailTooLong\` |`,
    '| `phone` | NFKC, then `+` and a country code required (a leading `00` counts as `+`; spaces, dots, dashes, slashes, brackets and a trunk `(0)` are dropped); 8–15 digits, not starting with 0. Sent as E.164 (`+14155550123`). | `validation.phoneMissingCountryCode`, `validation.phoneInvalidCharacters`, `validation.phoneTooShort`, `validation.phoneTooLong` |',
    '| `email` or `phone` | One of them is required. | `validation.contactRequired` (under `contact`, see above) |',
    `| \`userId\` | Optional; trimmed, blank means none. At most ${USER_ID_MAX_LENGTH} characters matching \`${USER_ID_PATTERN.source}\` (letters and digits of any script, \`. _ @ -\`). Unique among internal users without regard to case (\`409\`). | \`validation.userIdTooLong\`, \`validation.userIdInvalid\` |`,
    '| `allowedDomains[]` | An email domain, a leading `@` dropped, lower-cased punycode. | `validation.domainInvalid` |',
    '',
    '## Links',
    '',
    'The links a backend answers — [`InviteLink`](#invitelink) `url` and [`WorkspaceLink`](#workspacelink) `url` — must',
    'be absolute `https:` URLs, or URLs on the page’s own origin, without a user name or password. The elements refuse',
    'anything else (`javascript:`, `data:`, `http:` elsewhere, relative links): they show a sentence instead of the link,',
    'fire `invite-kit-unsafe-link` and warn in the console without the link itself (links carry sign-up tokens).',
    '',
  ];
}
