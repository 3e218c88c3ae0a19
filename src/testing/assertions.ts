/**
 * The few assertions the suite needs, with messages that say which rule of the contract
 * an adapter broke. Self-contained so the suite runs with any runner and no chai.
 */
import type * as z from 'zod/mini';
import type { InviteKitErrorCode } from '../client/errors.js';

export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

export function checkEqual<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) {
    throw new ConformanceFailure(`${what}: expected ${show(expected)}, got ${show(actual)}.`);
  }
}

export function checkDeepEqual(actual: unknown, expected: unknown, what: string): void {
  if (stableJson(actual) !== stableJson(expected)) {
    throw new ConformanceFailure(`${what}: expected ${stableJson(expected)}, got ${stableJson(actual)}.`);
  }
}

/** Checks a payload against the contract's zod schema and returns it. */
export function checkSchema<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new ConformanceFailure(`${what} does not match its schema (${issues}): ${show(value)}`);
  }
  return result.data;
}

/** What every adapter error must look like: an `InviteKitError` with a code and a readable message. */
export interface ErrorLike {
  name: string;
  code: InviteKitErrorCode;
  message: string;
  fieldErrors?: Record<string, string>;
}

/** Awaits a call that must fail with one of `codes` and returns the error for further checks. */
export async function rejectsWith(
  call: Promise<unknown>,
  codes: InviteKitErrorCode | InviteKitErrorCode[],
  what: string,
): Promise<ErrorLike> {
  const wanted = Array.isArray(codes) ? codes : [codes];
  let result: unknown;
  try {
    result = await call;
  } catch (error) {
    const found = error as Partial<ErrorLike> | undefined;
    check(found?.name === 'InviteKitError', `${what}: expected an InviteKitError (${wanted.join(' or ')}), got ${describeError(error)}.`);
    check(wanted.includes(found.code!), `${what}: expected code ${wanted.join(' or ')}, got ${found.code} (“${found.message}”).`);
    check(typeof found.message === 'string' && found.message.trim().length > 0, `${what}: the error needs a readable message.`);
    return found as ErrorLike;
  }
  throw new ConformanceFailure(`${what}: expected the call to fail with ${wanted.join(' or ')}, but it resolved with ${show(result)}.`);
}

export async function rejectsWithAbort(call: Promise<unknown>, what: string): Promise<void> {
  try {
    await call;
  } catch (error) {
    check((error as { name?: string })?.name === 'AbortError', `${what}: expected an AbortError, got ${describeError(error)}.`);
    return;
  }
  throw new ConformanceFailure(`${what}: expected an AbortError, but the call resolved.`);
}

/** Waits until `condition` holds, or fails after `timeout` ms. */
export async function eventually(condition: () => boolean, what: string, timeout = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeout) throw new ConformanceFailure(`${what} (waited ${timeout} ms).`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return show(error);
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  const json = stableJson(value);
  return json.length > 300 ? `${json.slice(0, 300)}…` : json;
}

/** JSON with keys sorted, so objects with equal content compare equal whatever their key order. */
function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner: unknown) =>
      inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : inner,
    ) ?? 'undefined'
  );
}
