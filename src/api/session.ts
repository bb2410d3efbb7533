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

export const passwordBody = z.strictObject({
  password: z.string().min(12, "use at least 12 characters").max(1024),
});
