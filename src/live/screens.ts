import type { Store } from "../store/database.js";
import { projectorByToken } from "../store/projector/rows.js";
import type { SittingId } from "../domain/ids.js";

/** A hall screen's connection: opened with its address's token, it follows its own sitting and nothing else. */
export interface ScreenPass {
  readonly token: string;
  readonly projectorId: string;
  readonly sittingId: SittingId;
}

/** The token a hall screen names in the handshake (`?screen=`), if any. */
export const screenTokenOf = (url: string | undefined): string | null => {
  const query = (url ?? "").split("?")[1];
  return query ? new URLSearchParams(query).get("screen") : null;
};

/** The pass a token gives, read from the store; null once the secretariat re-issued the address. */
export const screenPassOf = async (store: Store, token: string): Promise<ScreenPass | null> => {
  const s = await projectorByToken(store.db, token);
  return s ? { token, projectorId: s.id, sittingId: s.sittingId } : null;
};

/** Whether the token still opens the same screen: asked again before every message to and from the screen. */
export const screenStillValid = async (store: Store, pass: ScreenPass): Promise<boolean> =>
  (await screenPassOf(store, pass.token))?.projectorId === pass.projectorId;
