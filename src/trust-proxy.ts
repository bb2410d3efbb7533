import { isIP } from "node:net";

/** Which proxies in front may name the client in X-Forwarded-For: none, a number of hops, or their addresses. */
export type TrustProxy = false | number | readonly string[];

const RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

const isAddressOrRange = (item: string): boolean => {
  if (RANGE_NAMES.has(item) || isIP(item) !== 0) return true;
  const [address, bits, extra] = item.split("/");
  if (extra !== undefined || !address || !bits || !/^\d{1,3}$/.test(bits)) return false;
  const family = isIP(address);
  return family !== 0 && Number(bits) <= (family === 4 ? 32 : 128);
};

/**
 * Reads TRUST_PROXY: unset or 0 trusts no proxy; a number trusts that many hops; otherwise a comma-separated
 * list of addresses, CIDR ranges or loopback/linklocal/uniquelocal. Returns an error message for a bad value.
 */
export const parseTrustProxy = (value: string | undefined): { ok: TrustProxy } | { error: string } => {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text === "false") return { ok: false };
  if (/^\d+$/.test(text)) return Number(text) <= 32 ? { ok: Number(text) } : { error: "TRUST_PROXY: at most 32 proxy hops" };
  if (text === "true")
    return { error: "TRUST_PROXY=true would believe any X-Forwarded-For; give the number of proxies in front (e.g. 1) or their addresses" };
  const items = text.split(",").map((i) => i.trim());
  const bad = items.filter((i) => !isAddressOrRange(i));
  if (bad.length) return { error: `TRUST_PROXY: ${bad.join(", ")} is not an address, a CIDR range, loopback, linklocal or uniquelocal` };
  return { ok: items };
};

/**
 * The trust Fastify applies: listed addresses as given; a number of hops as "the nearest n peers are
 * proxies", which is only safe when the instances cannot be reached except through those proxies.
 */
export const proxyTrust = (trust: TrustProxy | undefined): false | string[] | ((address: string, hop: number) => boolean) => {
  if (trust === undefined || trust === false) return false;
  if (typeof trust === "number") return (_address, hop) => hop < trust;
  return [...trust];
};
