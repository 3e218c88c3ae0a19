/**
 * Renders `docs/rest-api.md` from the route table and the zod schemas, so the document a
 * backend team implements is the contract the fetch client enforces. `scripts/rest-api-doc.mjs`
 * writes it; `test/client/fetch-client.test.ts` fails when the committed copy is stale.
 * Lives under scripts/, outside what tsconfig.build.json emits: it never ships in dist/.
 */
import * as z from 'zod/mini';
import * as schemas from '../src/client/schemas.js';
import { STATUS_FOR_CODE } from '../src/client/fetch/http-errors.js';
import * as routeModule from '../src/client/fetch/routes.js';
import { CAPABILITIES_PATH, EVENTS_PATH, ROUTES, type Route } from '../src/client/fetch/routes.js';
import { NAME_MAX_LENGTH, USER_ID_MAX_LENGTH } from '../src/client/contact.js';
import { fieldErrorsSection, idempotencySection, liveUpdatesSection, memberPagingSection, meaningSection } from './rest-api-doc-rules.js';

/** What the JSDoc of the field rules says, for readers of the JSON schemas (which cannot say it). */
const DESCRIPTIONS: Record<string, string> = {
  FullName: `NFC, inner whitespace collapsed, trimmed; 1–${NAME_MAX_LENGTH} characters of any script; no controls, bidi overrides or < > (see Input rules).`,
  Email: 'An email address; internationalized domains are normalised to punycode.',
  Phone: 'A phone number in international form (+ and country code), normalised to E.164.',
  ContactInput: 'What a person types into "Email Address or Phone Number": becomes `email` or `phone`.',
  UserId: `Optional; blank means none. At most ${USER_ID_MAX_LENGTH} letters, digits and . _ @ - (see Input rules).`,
  Domain: 'An email domain for the allowed-domains list, normalised to lower-case punycode.',
};

/** Every schema gets a name: exported ones by their export, the rest after the route that uses them. */
function buildRegistry() {
  const registry = z.registry<{ id: string; description?: string }>();
  const named = new Set<unknown>();
  const add = (schema: z.ZodMiniType, id: string) => {
    if (named.has(schema)) return;
    named.add(schema);
    registry.add(schema, { id, ...(DESCRIPTIONS[id] ? { description: DESCRIPTIONS[id] } : {}) });
  };
  for (const module of [schemas, routeModule] as Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(module)) {
      if (name.endsWith('Schema') && value instanceof z.core.$ZodType) add(value as z.ZodMiniType, name.replace(/Schema$/u, ''));
    }
  }
  const pascal = (operation: string) => operation[0]!.toUpperCase() + operation.slice(1);
  for (const route of Object.values(ROUTES) as Route[]) {
    if (route.query) add(route.query, `${pascal(route.operation)}Query`);
    if (route.body) add(route.body, `${pascal(route.operation)}Body`);
    if (route.response) add(route.response, `${pascal(route.operation)}Response`);
  }
  return registry;
}

/** The ISO date-time regex zod spells out adds nothing to `format: date-time` for a reader. */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id') continue;
    if (key === 'pattern' && (node as { format?: string }).format === 'date-time') continue;
    out[key] = tidy(value);
  }
  return out;
}

const STATUS_ROWS: readonly [status: string, code: string, when: string][] = [
  ['400', 'validation', 'The body is not JSON, or a parameter cannot be read.'],
  ['401', 'permission', 'Nobody is signed in.'],
  ['403', 'permission', 'The viewer may not do this (for example: not a portal admin).'],
  ['404', 'not_found', 'A workspace, member, request, person or link does not exist (any more).'],
  ['409', 'conflict', 'An email, phone or User ID is already used; the request was already handled.'],
  ['422', 'validation', 'Input breaks a rule; `fieldErrors` names each field.'],
  ['429', 'rate_limited', 'Too many requests; `Retry-After` says when to try again.'],
  ['500', 'unknown', 'Anything else that went wrong on the server.'],
  ['502, 503, 504', 'unavailable', 'The backend or a gateway is down, or the portal does not support the feature.'],
  ['(no answer)', 'network', 'The connection failed, or no answer came within the client timeout.'],
];

function schemaLink(schema: z.ZodMiniType, registry: ReturnType<typeof buildRegistry>): string {
  const id = registry.get(schema)?.id;
  return `[\`${id}\`](#${id!.toLowerCase()})`;
}

function routeSection(route: Route, registry: ReturnType<typeof buildRegistry>): string {
  const lines = [`### \`${route.operation}\``, '', `\`${route.method} ${route.path}\``, '', route.summary, ''];
  const params = [...route.path.matchAll(/:([A-Za-z]+)/gu)].map((match) => `\`${match[1]}\``);
  if (params.length) lines.push(`- Path parameters: ${params.join(', ')} (URI-encoded).`);
  if (route.query) lines.push(`- Query: ${schemaLink(route.query, registry)}.`);
  if (route.body) lines.push(`- Request body: ${schemaLink(route.body, registry)}.`);
  if (route.mutation) lines.push('- Mutation: honours [`Idempotency-Key`](#idempotency).');
  lines.push(
    route.response
      ? `- Success: \`${route.status}\` with ${schemaLink(route.response, registry)}.`
      : `- Success: \`${route.status}\`, no body.`,
  );
  const errors = [...new Set([...route.errors, 401, 403, 429, 500, 503])].sort((a, b) => a - b);
  lines.push(`- Errors: ${errors.map((status) => `\`${status}\``).join(', ')}.`, '');
  return lines.join('\n');
}

export function renderRestApiDoc(): string {
  const registry = buildRegistry();
  const routes = Object.values(ROUTES) as Route[];
  const generated = z.toJSONSchema(registry, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/schemas/${id}`,
  }).schemas;

  const parts: string[] = [
    '# invite-kit REST API',
    '',
    '<!-- Generated by `node scripts/rest-api-doc.mjs` from src/client/fetch/routes.ts and src/client/schemas.ts. Do not edit by hand. -->',
    '',
    'The HTTP contract `createFetchClient` speaks and the msw handlers of `invite-kit/msw` serve: one endpoint per',
    '`InviteClient` method, plus capabilities and a live-updates stream. Implement it on your backend and use',
    '`createFetchClient({ baseUrl })`, or implement `InviteClient` directly.',
    '',
    '## Conventions',
    '',
    '- Every path is relative to a base URL of your choosing (`https://api.example.com/invite-kit`, `/api/invite-kit`).',
    '- Bodies are JSON (`Content-Type: application/json`); the client sends `Accept: application/json`.',
    '- Query parameters: arrays are comma-separated (`types=internal,client`), numbers are decimal, booleans `true` or',
    '  `false`, absent means unset.',
    '- Mutations may carry `Idempotency-Key: <opaque string>`. Requests repeated with the same key (a retry, a double',
    '  click) must have the effect of one and answer with the first one’s result (see [Idempotency](#idempotency)).',
    '- Authentication is yours: the client sends the `headers` option (an object, or a function returning one, sync or',
    '  async, called per request — for bearer tokens) and `credentials` (for cookies).',
    '- Answers are validated against the schemas below; a body that does not match fails the call with `unknown`',
    '  instead of reaching the elements. Unknown extra properties are ignored.',
    '- The client gives up after `timeoutMs` (30 s by default) with a `network` error. Aborting a call aborts its',
    '  request; a mutation the backend already received may still complete, which is why retries reuse the key.',
    '',
    '## Supported features',
    '',
    `\`GET ${CAPABILITIES_PATH}\` answers \`200\` with [\`Capabilities\`](#capabilities). \`createFetchClient({ baseUrl })\` asks it`,
    'once, when the client is made (no `Idempotency-Key`, the same headers as every request); until it answers',
    '(`client.ready`) the elements offer nothing optional, and if it fails they go on offering nothing optional (a',
    'console warning says so). A host that wants no extra request declares them instead:',
    '`createFetchClient({ baseUrl, capabilities: { liveUpdates: false } })`, where anything left out counts as supported.',
    'A feature the backend does not declare is hidden; its endpoints may answer `503` `unavailable`.',
    '',
    '## Errors',
    '',
    'A failed request answers with a status from the table and an [`ErrorBody`](#errorbody):',
    '',
    '```json',
    '{ "error": { "code": "validation", "message": "Some details need fixing: full name.", "fieldErrors": { "fullName": "validation.fullNameRequired" } } }',
    '```',
    '',
    '| Status | `code` | When |',
    '| --- | --- | --- |',
    ...STATUS_ROWS.map(([status, code, when]) => `| ${status} | \`${code}\` | ${when} |`),
    '',
    'The status decides the code (gateways answer with statuses, not with this body); the body adds `message`,',
    '`fieldErrors` (request field → message, [below](#field-errors)) and `retryAfter` (seconds). `Retry-After`',
    'may be delay-seconds or an HTTP date; a `retryAfter` in the body wins because it is exact.',
    `Backends answer each code with: ${Object.entries(STATUS_FOR_CODE)
      .map(([code, status]) => `\`${code}\` → ${status}`)
      .join(', ')}; \`network\` is never an answer.`,
    '',
    ...fieldErrorsSection(),
    ...idempotencySection(),
    '## Endpoints',
    '',
    '| Operation | Method | Path | Success |',
    '| --- | --- | --- | --- |',
    ...routes.map(
      (route) => `| [\`${route.operation}\`](#${route.operation.toLowerCase()}) | ${route.method} | \`${route.path}\` | ${route.status} |`,
    ),
    `| capabilities | GET | \`${CAPABILITIES_PATH}\` | 200 |`,
    `| live updates | GET | \`${EVENTS_PATH}\` | 200, \`text/event-stream\` |`,
    '',
    ...routes.map((route) => routeSection(route, registry)),
    ...liveUpdatesSection(),
    ...memberPagingSection(),
    ...meaningSection(),
    '## Schemas',
    '',
    'JSON Schema (draft 2020-12) of every body, generated from the zod schemas. `$ref: "#/schemas/Name"` points to the',
    'section `Name` below. Request schemas show what may be sent; the backend normalises (trims, E.164, punycode) and',
    'validates further, answering `422` with `fieldErrors`.',
    '',
  ];
  for (const id of Object.keys(generated).sort()) {
    parts.push(`### ${id}`, '', '```json', JSON.stringify(tidy(generated[id]), null, 2), '```', '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
