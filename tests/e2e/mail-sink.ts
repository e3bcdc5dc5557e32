// A real SMTP server for the e2e run: the app under test sends all its mail here (SMTP_URL is set
// for the web server in playwright.config.ts), and specs read what arrived from a JSONL file.
import fs from "node:fs";
import path from "node:path";

import { SMTPServer } from "smtp-server";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = E2E_PORT + 2000;
export const MAIL_FILE = path.resolve(".data", `e2e-mail-${E2E_PORT}.jsonl`);

export function startMailSink(): Promise<SMTPServer> {
  fs.mkdirSync(path.dirname(MAIL_FILE), { recursive: true });
  fs.writeFileSync(MAIL_FILE, "");
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks)
          .toString("utf8")
          .replace(/=\r?\n/g, "");
        const to = session.envelope.rcptTo.map((r) => r.address);
        fs.appendFileSync(MAIL_FILE, JSON.stringify({ to, raw }) + "\n");
        cb();
      });
    },
  });
  return new Promise((resolve) => server.listen(SMTP_PORT, "127.0.0.1", () => resolve(server)));
}

/** Every message received so far (raw RFC 822 text, soft line breaks joined). */
export function receivedMail(): { to: string[]; raw: string }[] {
  if (!fs.existsSync(MAIL_FILE)) return [];
  return fs
    .readFileSync(MAIL_FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { to: string[]; raw: string });
}
