import type { VotingOrder } from "../../../domain/text/voting-order.js";

/** The voting order as the API gives it: plain strings, with each sub-amendment's amendment in `amends`. */
export const presentVotingOrder = (orders: readonly VotingOrder[]) =>
  orders.map((v) => ({
    target: v.target,
    label: v.label,
    order: v.order.map(String),
    falls: Object.fromEntries(Object.entries(v.falls).map(([k, ids]) => [k, ids.map(String)])),
    amends: Object.fromEntries(Object.entries(v.amends).map(([k, id]) => [k, String(id)])),
  }));
