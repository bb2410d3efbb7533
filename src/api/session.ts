import { z } from "zod";
import { ROLES } from "../domain/authorization.js";

export const sessionSchema = z.strictObject({
  account: z
    .strictObject({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      roles: z.array(z.strictObject({ role: z.enum(ROLES), scope: z.string().nullable() })),
    })
    .nullable(),
  csrfToken: z.string().nullable(),
});

export const signInBody = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

export const linkBody = z.strictObject({ token: z.string().min(10).max(200) });

/** A new password; the current one is required once the account has a password. Strength is checked by the route. */
export const passwordBody = z.strictObject({
  password: z.string().min(1).max(1024),
  currentPassword: z.string().min(1).max(1024).optional(),
});
