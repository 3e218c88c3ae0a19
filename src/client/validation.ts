/**
 * Turns a zod result into what a form needs: field name → message key. Forms and the
 * adapters call this one function, so a rule changes in one place.
 */
import type * as z from 'zod/mini';

export type FieldErrors = Record<string, string>;

export type Validated<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_';
    fieldErrors[field] ??= issue.message.startsWith('validation.') ? issue.message : 'validation.required';
  }
  return { ok: false, fieldErrors };
}
