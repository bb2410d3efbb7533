import { load, requests } from "./client.js";

/** How long a read started before its page may stand in for the page's own read. */
const FRESH_MS = 10_000;

const started = new Map<string, { readonly answer: Promise<unknown>; readonly at: number }>();

/** Starts a read now, for a page whose code is still loading; its first reader of the same address takes it. */
export const prefetch = (url: string): void => {
  if (started.has(url)) return;
  const answer = load(url);
  // A refusal is for the page to show when it reads; until then it is no error of its own.
  answer.catch(() => undefined);
  started.set(url, { answer, at: Date.now() });
};

/** The read of `url`: the one started early if it is fresh (once), otherwise a new one. */
export const loadEarly = <T>(url: string, signal?: AbortSignal): Promise<T> => {
  const early = started.get(url);
  started.delete(url);
  return early && Date.now() - early.at < FRESH_MS ? (early.answer as Promise<T>) : load<T>(url, signal);
};

/**
 * The reads the first page of an address makes, started as soon as the app's first script runs, in parallel
 * with the page's own code: the draft page and the committee page of a large draft wait for them most.
 */
export const prefetchFor = (pathname: string): void => {
  // Who is signed in: every page's banner and rights wait for it.
  prefetch(requests.session.get().url);
  const committee = /^\/drafts\/([^/]+)\/committee\/?$/.exec(pathname);
  const draft = committee ?? /^\/drafts\/([^/]+)\/?$/.exec(pathname);
  if (!draft) return;
  const params = { id: decodeURIComponent(draft[1]!) };
  prefetch(requests.drafts.get({ params }).url);
  prefetch(requests.amendments.list({ params, query: {} }).url);
  if (!committee) return;
  prefetch(requests.committee.compilation({ params, query: { texts: "without" } }).url);
  prefetch(requests.amendments.renumbering({ params }).url);
  prefetch(requests.submissions.deadline({ params }).url);
  prefetch(requests.committee.versions({ params }).url);
};
