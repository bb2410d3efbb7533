import { DomainError } from "../errors.js";
import type { Presence } from "./attendance.js";
import type { QuorumRule } from "./quorum.js";

/** One member's vote given to another for a sitting. */
export interface Proxy {
  readonly giver: string;
  readonly holder: string;
}

/** Checks a new proxy against the body's rule and the proxies already given: never to oneself, one per giver, the holder's limit, no chains. */
export const checkProxy = (rule: QuorumRule, existing: readonly Proxy[], next: Proxy): void => {
  if (!rule.proxiesAllowed) throw new DomainError("conflict", "This body does not allow proxies");
  if (next.giver === next.holder)
    throw new DomainError("validation_failed", "A member cannot hold their own proxy", [{ path: "holder", message: "is the giver" }]);
  if (existing.some((p) => p.giver === next.giver))
    throw new DomainError("conflict", "This member has already given a proxy; withdraw it first");
  if (existing.some((p) => p.holder === next.giver) || existing.some((p) => p.giver === next.holder))
    throw new DomainError("conflict", "A proxy cannot be passed on: the holder votes in person");
  if (existing.filter((p) => p.holder === next.holder).length >= rule.proxiesPerHolder)
    throw new DomainError("conflict", `A member may hold at most ${rule.proxiesPerHolder} proxy/proxies in this body`, [], {
      limit: rule.proxiesPerHolder,
    });
};

/** The proxies that count now: the giver absent and the holder present (remote only where the body counts it). */
export const effectiveProxies = (rule: QuorumRule, proxies: readonly Proxy[], presence: ReadonlyMap<string, Presence>): Proxy[] => {
  if (!rule.proxiesAllowed) return [];
  const present = (who: string) => {
    const p = presence.get(who) ?? "absent";
    return p === "in_hall" || (p === "remote" && rule.remoteCounts);
  };
  return proxies.filter((p) => !present(p.giver) && present(p.holder));
};
