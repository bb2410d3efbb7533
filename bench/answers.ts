import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import Fastify from "fastify";
import { startAppServer } from "./pages.js";
import type { Measured } from "./run.js";

/**
 * The amendment list of the page bench's draft (300 paragraphs × 2,000 amendments) as the secretariat reads it:
 * its compressed size against the same answer uncompressed, the time of a first read, of a read while the log has
 * not moved and of a revalidation, each against a bare Fastify route serving the same compressed bytes from memory.
 */

const CONNECTIONS = 10;
const SECONDS = 3;

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
  readonly ms: number;
}

/** One GET with the bytes as they came over the wire (no decompression), and how long it took. */
const get = (url: string, headers: Record<string, string>): Promise<Raw> =>
  new Promise((resolveGet, reject) => {
    const started = performance.now();
    const req = httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () =>
        resolveGet({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      );
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });

/** The session cookie of the account whose sign-in link the bench server printed. */
const signIn = async (base: string, link: string): Promise<string> => {
  const token = new URL(link).searchParams.get("token");
  const response = await fetch(`${base}/api/v1/session/link`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  if (!response.ok) throw new Error(`Signing in with the link answered ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("rapporteur_session="));
  if (!cookie) throw new Error("Signing in set no session cookie");
  return cookie.split(";")[0] ?? "";
};

/** The median latency of GETs of URL with HEADERS from several connections at once, after a warm-up. */
const latency = async (url: string, headers: Record<string, string>, expected: number): Promise<number> => {
  const run = (duration: number) => autocannon({ url, connections: CONNECTIONS, duration, headers, pipelining: 1 });
  await run(1);
  const result = await run(SECONDS);
  const answered = result.requests.total;
  const wrong = expected === 304 ? answered - (result["3xx"] ?? 0) : result.non2xx;
  if (wrong > 0 || result.errors > 0) throw new Error(`${url}: ${wrong} answers other than ${expected}, ${result.errors} errors`);
  return result.latency.p50;
};

export const benchAnswers = async (): Promise<Measured[]> => {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-bench-answers-"));
  const { child, served } = await startAppServer(dir);
  const bare = Fastify({ logger: false });
  try {
    const cookie = await signIn(served.url, served.signInLink);
    const url = `${served.url}/api/v1/drafts/${served.draftId}/amendments`;
    const compressed = { cookie, "accept-encoding": "br, gzip" };
    // The first read after the server started: nothing of it is cached yet.
    const first = await get(url, compressed);
    const plain = await get(url, { cookie });
    if (first.status !== 200 || plain.status !== 200) throw new Error(`The amendment list answered ${first.status} / ${plain.status}`);
    const encoding = String(first.headers["content-encoding"] ?? "identity");
    const etag = String(first.headers.etag ?? "");
    if (encoding === "identity" || !etag) throw new Error("The amendment list came uncompressed or without an ETag");

    bare.get("/answer", (_request, reply) =>
      reply.header("content-type", "application/json; charset=utf-8").header("content-encoding", encoding).send(first.body),
    );
    const bareUrl = (await bare.listen({ port: 0, host: "127.0.0.1" })).replace("localhost", "127.0.0.1") + "/answer";
    const bareFirst = await get(bareUrl, { "accept-encoding": "br, gzip" });
    if (!bareFirst.body.equals(first.body)) throw new Error("The bare route does not serve the same bytes");

    // In turns, so that whatever the machine does meanwhile weighs on both alike.
    const bareP50 = await latency(bareUrl, { "accept-encoding": "br, gzip" }, 200);
    const warmP50 = await latency(url, compressed, 200);
    const revalidateP50 = await latency(url, { ...compressed, "if-none-match": etag }, 304);
    const bareAgain = await latency(bareUrl, { "accept-encoding": "br, gzip" }, 200);
    const baseline = (bareP50 + bareAgain) / 2;
    const what = `GET /api/v1/drafts/{id}/amendments (${served.amendments.toLocaleString("en-US")} amendments)`;
    return [
      {
        name: `answers: ${what} bytes sent (${encoding}), vs the same answer uncompressed`,
        ours: first.body.length / 1024,
        baseline: plain.body.length / 1024,
        unit: "KiB",
      },
      {
        name: `answers: ${what} first read after the server started, vs the same bytes from memory (bare Fastify)`,
        ours: first.ms,
        baseline: bareFirst.ms,
        unit: "ms",
      },
      {
        name: `answers: ${what} p50 while the log has not moved (${CONNECTIONS} connections), vs the same bytes from memory (bare Fastify)`,
        ours: warmP50,
        baseline,
        unit: "ms",
      },
      {
        name: `answers: ${what} p50 revalidation by ETag (304, ${CONNECTIONS} connections), vs the same bytes from memory (bare Fastify)`,
        ours: revalidateP50,
        baseline,
        unit: "ms",
      },
    ];
  } finally {
    await bare.close();
    child.disconnect();
    await new Promise((r) => (child.exitCode === null ? child.once("exit", r) : r(null)));
    rmSync(dir, { recursive: true, force: true });
  }
};
