import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A real SMTP server on the loopback for tests: it keeps every message it accepted, parsed, and its raw source. */
export interface TestSmtp {
  readonly port: number;
  readonly url: string;
  readonly received: ParsedMail[];
  readonly raw: string[];
  close(): Promise<void>;
}

/** Starts the server on `port` (0: any free one); no TLS, no authentication. */
export const startTestSmtp = async (port = 0): Promise<TestSmtp> => {
  const received: ParsedMail[] = [];
  const raw: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const source = Buffer.concat(chunks);
        raw.push(source.toString("utf8"));
        simpleParser(source).then((m) => {
          received.push(m);
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    received,
    raw,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** A port that was free a moment ago: where a mail server is down. */
export const freePort = async (): Promise<number> => {
  const s = await startTestSmtp();
  await s.close();
  return s.port;
};
