/**
 * The input of "Invite Internal User": what the invite form sends. Apart from the other
 * payload schemas (re-exported by `schemas.ts`) so the form pulls in only these.
 */
import * as z from 'zod/mini';
import { FullNameSchema, UserIdSchema, contactFields, hasContact } from './field-schemas.js';

/** An identifier from the backend: 1–200 characters. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(200));

export const DeliverySchema = z.discriminatedUnion('method', [
  /** Send an invitation for the internal user to join a workspace. */
  z.object({ method: z.literal('workspace'), workspaceId: IdSchema }),
  /** Add the internal user to the contact list and send a portal invitation. */
  z.object({ method: z.literal('contacts') }),
  /** Add the internal user to the contact list without sending an invitation. */
  z.object({ method: z.literal('contacts-quietly') }),
]);

/** Input for inviting one internal user: the "Invite Internal User" form. */
export const InviteInternalUserInputSchema = z
  .object({
    fullName: FullNameSchema,
    ...contactFields,
    userId: UserIdSchema,
    isAdministrator: z.optional(z.boolean()),
    delivery: DeliverySchema,
  })
  .check(hasContact());
