// Child process: a Bot API over HTTP that answers at once (keep-alive), for the system bench (bench/system.ts).
// It records, per chat, how many messages it was sent and when the first came, and counts a message sent twice to a
// chat (the same text again) as a duplicate. Prints its port; on SIGTERM prints what it recorded.
import { createServer } from "node:http";
import { LOCAL_BOT_INFO } from "../src/local/fake-telegram.js";

const first = new Map<number, number>();
const seen = new Map<number, Set<string>>();
let duplicates = 0;
let calls = 0;
let messageId = 1;

const server = createServer({ keepAlive: true }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    calls++;
    const method = req.url?.split("/").pop() ?? "";
    let body: Record<string, unknown> = {};
    try {
      body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
    } catch {}
    let result: unknown = true;
    if (method === "getMe") result = LOCAL_BOT_INFO;
    else if (method === "sendMessage" || method === "editMessageText") {
      const chat = Number(body.chat_id);
      const text = String(body.text ?? "");
      if (!first.has(chat)) first.set(chat, performance.timeOrigin + performance.now());
      const texts = seen.get(chat) ?? new Set<string>();
      if (method === "sendMessage" && texts.has(text)) duplicates++;
      texts.add(text);
      seen.set(chat, texts);
      result = { message_id: messageId++, date: 0, chat: { id: chat, type: "private" }, text };
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true, result }));
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 })}\n`);
});
process.once("SIGTERM", () => {
  // Exit once the line is written: a pipe takes a large write in pieces, and exiting at once would cut it.
  process.stdout.write(`${JSON.stringify({ calls, duplicates, first: [...first] })}\n`, () => process.exit(0));
});
