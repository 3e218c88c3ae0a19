/**
 * Places a backend's field errors on a form's own fields. Backends (and the kit's schemas) name
 * the fields of the request — `fullName`, `email`, `phone`, `userId`, `delivery.workspaceId`,
 * `additions[0].email` — while a form has fields of its own: one contact field for email and
 * phone, one workspace picker for the delivery. Every form that shows a backend's field errors
 * places them with this one function and a table of its own, so a backend's answer means the
 * same in each of them, whatever the error's code.
 */

/** Which form field shows the errors about each request field. Dotted paths name nested fields (`delivery.workspaceId`). */
export type FieldErrorTargets<F extends string> = Readonly<Record<string, F>>;

/**
 * The forms with a Full Name and one "Email Address or Phone Number" field (sign-up, join, a new
 * person in the picker): a request's `email` and `phone` are both about that one contact field.
 */
export const NAME_AND_CONTACT_TARGETS = { fullName: 'fullName', email: 'contact', phone: 'contact', contact: 'contact' } as const;

export interface PlacedFieldErrors<F extends string> {
  /** The first message about each form field. */
  fields: Partial<Record<F, string>>;
  /** Messages about request fields the form has no field for, in the backend's order, so the form can still say them. */
  other: string[];
}

/**
 * Sorts `errors` (request field → message) onto the fields in `targets`. A name not in the
 * table is looked up by its last segments (`additions.0.email` → `email`), then by its parents
 * (`delivery.method` → `delivery`); empty messages are dropped.
 */
export function placeFieldErrors<F extends string>(
  errors: Readonly<Record<string, string>> | undefined,
  targets: FieldErrorTargets<F>,
): PlacedFieldErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const [name, message] of Object.entries(errors ?? {})) {
    if (typeof message !== 'string' || !message.trim()) continue;
    const field = targetOf(name, targets);
    if (field === undefined) other.push(message);
    else fields[field] ??= message;
  }
  return { fields, other };
}

/** Whether a backend's answer named any field at all (one the form has or not). */
export function namesFields(errors: Readonly<Record<string, string>> | undefined): boolean {
  return Object.values(errors ?? {}).some((message) => typeof message === 'string' && message.trim() !== '');
}

function targetOf<F extends string>(name: string, targets: FieldErrorTargets<F>): F | undefined {
  const segments = name
    .replace(/\[(\w*)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  const lookup = (path: string[]) => (Object.hasOwn(targets, path.join('.')) ? targets[path.join('.')] : undefined);
  for (let start = 0; start < segments.length; start++) {
    const found = lookup(segments.slice(start));
    if (found !== undefined) return found;
  }
  for (let end = segments.length - 1; end > 0; end--) {
    const found = lookup(segments.slice(0, end));
    if (found !== undefined) return found;
  }
  return undefined;
}
