import { hash, verify } from "@node-rs/argon2";

/** argon2id (the library's algorithm 2) with its recommended memory and time costs. */
const ARGON2ID = 2;

export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: ARGON2ID });

/** A hash that never matches, so an unknown email costs the same time as a wrong password. */
const DUMMY = hash("not a password of anyone", { algorithm: ARGON2ID });

export const verifyPassword = async (stored: string | null, password: string): Promise<boolean> => {
  try {
    return await verify(stored ?? (await DUMMY), password);
  } catch {
    return false;
  }
};
