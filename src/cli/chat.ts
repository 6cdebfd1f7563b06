import { createInterface } from "node:readline/promises";
import { createDeps, createLocalChat } from "../app.js";
import type { BotDeps } from "../bot/context.js";
import type { Reply } from "../local/local-chat.js";

function print(replies: Reply[]) {
  let n = 0;
  for (const r of replies) {
    console.log(`\n${r.text}`);
    for (const b of r.buttons) console.log(b.url ? `   ↗ ${b.text}: ${b.url}` : `  [${++n}] ${b.text}`);
  }
}

export async function runChat(deps: BotDeps = createDeps()): Promise<void> {
  const language = (process.env.LANG ?? "").slice(0, 2);
  const chat = createLocalChat(deps, { id: 1, first_name: process.env.USER ?? "Voter", language_code: language });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  // Take the iterator before the first await so that piped lines are not dropped.
  const lines = rl[Symbol.asyncIterator]();
  console.log("Saylau bot — terminal chat. Type a question; type a number to press a button; Ctrl+D to quit.");
  print(await chat.send("/start"));
  rl.setPrompt("\n> ");
  rl.prompt();
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    const input = line.trim();
    if (input) {
      const n = Number(input);
      const buttons = chat.lastButtons.filter((b) => b.data);
      print(Number.isInteger(n) && n >= 1 && n <= buttons.length ? await chat.press(buttons[n - 1]!) : await chat.send(input));
    }
    rl.prompt();
  }
  await deps.storage.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await runChat();
