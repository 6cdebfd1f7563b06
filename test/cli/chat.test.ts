import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  nextTurn,
  numberList,
  pressable,
  readLine,
  render,
  terminalStyle,
  turnButtons,
  wrap,
} from "../../src/cli/chat.js";
import type { Button } from "../../src/local/local-chat.js";
import { linkNotes } from "../../src/local/plain-text.js";

const buttons: Button[] = [
  { text: "Yes", data: "g:el:residence:yes", messageId: 1 },
  { text: "Site", url: "https://example.org", messageId: 1 },
  { text: "No", data: "g:el:residence:no", messageId: 1 },
];

describe("readLine", () => {
  it.each([
    ["#1", "g:el:residence:yes"],
    ["#2", "g:el:residence:no"],
    [" # 2 ", "g:el:residence:no"],
  ])("presses a button for %j, counting only buttons that can be pressed", (line, data) => {
    expect(readLine(line, pressable(buttons))).toEqual({ kind: "press", button: expect.objectContaining({ data }) });
  });

  it.each(["1", "12", "27", "14.05.1990", "#1 more", "how do I vote #1"])(
    "sends %j as a message, even a bare number",
    (line) => {
      expect(readLine(line, buttons)).toEqual({ kind: "send", text: line.trim() });
    },
  );

  it("says when there is no such button and which numbers there are, and ignores empty lines", () => {
    expect(readLine("#3", pressable(buttons))).toEqual({ kind: "noButton", n: 3, valid: [1, 2] });
    expect(readLine("#0", [])).toEqual({ kind: "noButton", n: 0, valid: [] });
    // Walkthrough 12: "#-1" was searched (a broad-topic list), and a huge number was said back rounded.
    expect(readLine("#-1", pressable(buttons))).toEqual({ kind: "noButton", n: -1, valid: [1, 2] });
    expect(readLine("#99999999999999999999", [])).toEqual({ kind: "noButton", n: "99999999999999999999", valid: [] });
    expect(readLine("#2", [buttons[0], undefined, buttons[2]])).toEqual({ kind: "noButton", n: 2, valid: [1, 3] });
    expect(readLine("   ", buttons)).toBeNull();
  });

  it("lists the numbers it accepts as they read", () => {
    expect(numberList([1, 2, 3, 6, 7])).toBe("#1–#3, #6, #7");
    expect(numberList([1])).toBe("#1");
    expect(numberList([2, 4, 5, 6, 7])).toBe("#2, #4–#7");
  });
});

function chat(lines: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/chat.ts"], {
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", LOG_LEVEL: "silent" },
  });
  return { status: run.status, stdout: run.stdout };
}

describe("the terminal chat", () => {
  // Walkthrough 14: after 👎 the buttons changed on the screen unseen, and "You can press: #1–#3" came only later.
  it("says which numbers still press a button after 👍 or 👎 took theirs away", () => {
    const { status, stdout } = chat(["when is the election", "#5"]);
    expect(status).toBe(0);
    expect(stdout).toContain("ⓘ Thank you!");
    expect(stdout).toMatch(/Some buttons are gone; you can still press: #1–#4\./);
  });

  it("takes a typed number as the answer at a free-text step and presses buttons with #N", () => {
    // #1 the Kurultai, #1 Yes (citizen), "30" is the age, typed (only "#N" presses), #3 is Back at residence.
    const { status, stdout } = chat(["/eligibility", "#1", "#1", "30", "#3", "#7"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Saylau Bot.*#2/);
    expect(stdout.match(/Are you a citizen of Kazakhstan\?/g)).toHaveLength(1);
    expect(stdout).toContain("Have you lived permanently in Kazakhstan");
    expect(stdout.match(/How old are you\?/g)).toHaveLength(2);
    expect(stdout).toContain("[#1] ⬅️ Back");
    expect(stdout).toContain("There is no button #7. You can press: #1, #2.");
    // Piped, the transcript shows each line typed after its prompt, and ends with a newline.
    expect(stdout).toContain("\n> /eligibility\n");
    expect(stdout).toContain("\n> #3\n");
    expect(stdout.endsWith("\n")).toBe(true);
  });
});

describe("a bare number under buttons", () => {
  it("is sent as typed, and followed by how to press the button it may have meant", () => {
    const { status, stdout } = chat(["2"]);
    expect(status).toBe(0);
    expect(stdout).toContain("To press button #2, type #2.");
  });
});

describe("what the terminal shows", () => {
  const plain = { colour: false, width: undefined };
  const flowStep: Button[] = [
    { text: "⬅️ Back", data: "g:el:back", messageId: 2 },
    { text: "🔄 Start over", data: "g:el:restart", messageId: 2 },
  ];
  const replies = [
    {
      method: "sendMessage",
      text: "Answer",
      buttons: [
        { text: "👍", data: "f:x:up", messageId: 1 },
        {
          text: "📤 Share",
          url: "https://t.me/share/url?url=https%3A%2F%2Ft.me%2Fbot%3Fstart%3Da-x&text=%D0%B0",
          messageId: 1,
        },
      ],
    },
    { method: "sendMessage", text: "Now let's continue: How old are you?", buttons: flowStep },
  ];

  it("numbers every button of the turn across its messages, as #N presses them, so an answer shown mid-flow can be rated", () => {
    const out = render(replies, [], plain);
    expect(out).toContain("  [#1] 👍");
    expect(out).toContain("  [#2] ⬅️ Back");
    expect(out).toContain("  [#3] 🔄 Start over");
    expect(out).not.toContain("[#4]");
    const buttons = turnButtons(replies);
    expect(readLine("#1", buttons)).toEqual({ kind: "press", button: replies[0]!.buttons[0] });
    expect(readLine("#3", buttons)).toEqual({ kind: "press", button: flowStep[1] });
    expect(readLine("#4", buttons)).toEqual({ kind: "noButton", n: 4, valid: [1, 2, 3] });
  });

  // Walkthrough 16: the official site's address stood between "Did you mean one of these?" and the choices.
  it("puts a message's link addresses under its buttons, so a question stays right above its choices", () => {
    const suggest = [
      {
        method: "sendMessage",
        text: "Not sure. See election.gov.kz (https://www.election.gov.kz)\n\nDid you mean one of these?",
        buttons: [{ text: "Election deposit", data: "a:election-deposit", messageId: 3 }],
      },
    ];
    const lines = render(suggest, [], plain).split("\n");
    expect(lines.indexOf("  [#1] Election deposit")).toBe(lines.indexOf("Did you mean one of these?") + 1);
    expect(lines.at(-1)).toBe("[1] https://www.election.gov.kz");
  });

  // Walkthrough 17: a verdict of two messages listed "[1] [2] [3]" and then "[1] [2]" again.
  it("numbers the link notes of one turn across its messages", () => {
    const two = [
      { method: "sendMessage", text: "A (https://a.kz) B (https://b.kz)", buttons: [] },
      { method: "sendMessage", text: "C (https://c.kz) A again (https://a.kz)", buttons: [] },
    ];
    const out = render(two, [], plain);
    expect(out).toContain("C [3] A again [1]");
    expect(out.split("\n").filter((l) => /^\[\d\] /.test(l))).toEqual([
      "[1] https://a.kz",
      "[2] https://b.kz",
      "[3] https://c.kz",
    ]);
  });

  it("after a message without buttons (/cancel's), presses none of the earlier ones; after a toast, keeps them", () => {
    const earlier = turnButtons(replies);
    const cancelled = [{ method: "sendMessage", text: "Cancelled.", buttons: [] }];
    expect(nextTurn(earlier, cancelled, [], plain).numbering).toEqual([]);
    expect(nextTurn(earlier, [], ["Thank you!"], plain)).toEqual({ out: "ⓘ Thank you!", numbering: earlier });
    expect(nextTurn([], replies, [], plain).numbering).toEqual(earlier);
  });

  it("after a 👍 under an answer shown mid-flow, prints only the toast and keeps the numbers on the screen", () => {
    const answer = [
      { text: "Related", data: "a:x", messageId: 1 },
      { text: "👍", data: "f:x:up", messageId: 1 },
      { text: "👎", data: "f:x:down", messageId: 1 },
    ];
    const step = [
      { text: "Yes", data: "g:vo:adult:yes", messageId: 2 },
      { text: "⬅️ Back", data: "g:vo:back", messageId: 2 },
    ];
    const shown = turnButtons([
      { method: "sendMessage", text: "The deposit is refunded if…", buttons: answer, messageId: 1 },
      { method: "sendMessage", text: "Are you 18 or older?", buttons: step, messageId: 2 },
    ]);
    const edit = { method: "editMessageReplyMarkup", text: "", buttons: [answer[0]!], messageId: 1 };
    const turn = nextTurn(shown, [edit], ["Thank you!"], plain);
    expect(turn.out).toBe("ⓘ Thank you!");
    // walkthrough 14: the chat then says which numbers still press a button (runChat prints it in the chat's language)
    expect(turn.removed).toBe(true);
    expect(readLine("#1", turn.numbering)).toEqual({ kind: "press", button: answer[0] });
    expect(readLine("#4", turn.numbering)).toEqual({ kind: "press", button: step[0] });
    expect(readLine("#5", turn.numbering)).toEqual({ kind: "press", button: step[1] });
    expect(readLine("#3", turn.numbering)).toEqual({ kind: "noButton", n: 3, valid: [1, 4, 5] });
    // A button an edit adds gets the next number, printed, so every number accepted is one shown.
    const added = { text: "🔕 Stop reminders", data: "r:off", messageId: 2 };
    const more = nextTurn(turn.numbering, [{ ...edit, messageId: 2, buttons: [...step, added] }], [], plain);
    expect(more.out).toBe("  [#6] 🔕 Stop reminders");
    expect(readLine("#6", more.numbering)).toEqual({ kind: "press", button: added });
  });

  it("shows a Share button by its label, not its long link, and a toast as a line of its own", () => {
    const out = render(replies, ["Thank you! Your rating was counted."], plain);
    expect(out).toContain("   ↗ 📤 Share");
    expect(out).not.toContain("t.me/share");
    expect(out.split("\n")[0]).toBe("ⓘ Thank you! Your rating was counted.");
  });

  it("colours only a terminal without NO_COLOR, and wraps between words", () => {
    const tty = { isTTY: true, columns: 40 } as NodeJS.WriteStream;
    expect(terminalStyle(tty, {})).toEqual({ colour: true, width: 40 });
    expect(terminalStyle(tty, { NO_COLOR: "1" }).colour).toBe(false);
    expect(terminalStyle({ isTTY: false } as NodeJS.WriteStream, {})).toEqual({ colour: false, width: undefined });
    expect(render(replies, ["toast"], { colour: true, width: undefined })).toContain("\x1b[2mⓘ toast\x1b[0m");
    const text = "Сайлау учаскесінің нөмірі мен мекенжайын әкімдіктен білуге болады";
    for (const line of wrap(text, 24).split("\n"))
      expect(text.split(" ")).toEqual(expect.arrayContaining(line.split(" ")));
    expect(
      wrap(text, 24)
        .split("\n")
        .every((l) => l.length <= 24),
    ).toBe(true);
  });

  // Walkthrough 15: "… нөмірі 📅" wrapped with the emoji alone on the last line.
  it.each([
    ["Сайлау учаскесінің нөмірі мен мекенжайы 📅", "мекенжайы 📅"],
    ["Ask about the polling station hours ⏰", "hours ⏰"],
  ])("does not leave a one-character mark alone on the last line: %j", (text, last) => {
    const lines = wrap(text, 20).split("\n");
    expect(lines.at(-1)).toBe(last);
    expect(lines.join(" ")).toBe(text);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });
});

describe("the terminal chat in Kazakh", () => {
  it("says there is no such button in the chat's language", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/chat.ts"], {
      input: "/language\n#1\n#9\n",
      encoding: "utf8",
      env: { ...process.env, LANG: "en_US.UTF-8", LOG_LEVEL: "silent" },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("There is no button #9");
    expect(run.stdout).toMatch(/#9/);
  });
});

describe("the terminal chat's greeting", () => {
  it.each([
    ["kk_KZ.UTF-8", "Сәлеметсіз бе! Мен"],
    ["ru_RU.UTF-8", "Здравствуйте! Я"],
    ["en_US.UTF-8", "Hello! I"],
  ])("greets a user without a login name without a placeholder for one (%s)", (lang, greeting) => {
    const { USER: _user, ...env } = process.env;
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/chat.ts"], {
      input: "",
      encoding: "utf8",
      env: { ...env, LANG: lang, LOG_LEVEL: "silent" },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(greeting);
    expect(run.stdout).not.toMatch(/Voter|Сайлаушы|Избиратель/);
  });
});

describe("links in the terminal", () => {
  it("shows a note number in the text and each address once, under the message", () => {
    const text =
      "See the CEC (https://www.election.gov.kz) and the law (https://adilet.zan.kz/x); again the CEC (https://www.election.gov.kz).";
    expect(linkNotes(text)).toEqual({
      text: "See the CEC [1] and the law [2]; again the CEC [1].",
      notes: ["[1] https://www.election.gov.kz", "[2] https://adilet.zan.kz/x"],
    });
  });

  it("shows a percent-encoded address as it reads, and a malformed one as it is", () => {
    const text =
      "Aqmolanews (https://aqmolanews.kz/kk/2022/11/15/%d1%81%d0%b0%d0%b9%d0%bb%d0%b0%d1%83/) and (https://x.kz/%zz)";
    expect(linkNotes(text).notes).toEqual(["[1] https://aqmolanews.kz/kk/2022/11/15/сайлау/", "[2] https://x.kz/%zz"]);
  });

  it("keeps an address's own parentheses inside its note", () => {
    const text = "Wikipedia (https://ru.wikipedia.org/wiki/Выборы_(2023)), turnout 52.90%.";
    expect(linkNotes(text)).toEqual({
      text: "Wikipedia [1], turnout 52.90%.",
      notes: ["[1] https://ru.wikipedia.org/wiki/Выборы_(2023)"],
    });
  });

  it("prints /calendar without an address inside its lines", () => {
    const { stdout } = chat(["/calendar"]);
    const body = stdout.split("\n").filter((l) => !/^\[\d+\] https:/.test(l));
    expect(body.join("\n")).not.toMatch(/\(https?:/);
    expect(stdout).toMatch(/^\[1\] https:\/\//m);
  });
});

describe("a narrow terminal", () => {
  it("wraps button labels and toasts at its width between words, as it wraps the text", () => {
    const narrow = { colour: false, width: 40 };
    const label = "Mazhilis elections by district under the rules used in 2023";
    const toast = "Thank you! Your rating helps us improve the answers.";
    const link = "Official site of the Central Election Commission";
    const out = render(
      [
        {
          method: "sendMessage",
          text: "Answer",
          buttons: [
            { text: label, data: "a:x", messageId: 1 },
            { text: link, url: "https://www.election.gov.kz", messageId: 1 },
          ],
        },
      ],
      [toast],
      narrow,
    );
    const lines = out.split("\n");
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(out)).toEqual(words(`ⓘ ${toast} Answer [#1] ${label} ↗ ${link}: https://www.election.gov.kz`));
    // A wrapped label goes on under its first word, not under its number.
    const button = lines.findIndex((l) => l.startsWith("  [#1] "));
    expect(lines[button + 1]).toMatch(/^ {7}\S/);
    expect(lines[0]).toMatch(/^ⓘ \S/);
    expect(lines[1]).toMatch(/^ {2}\S/);
  });
});

const THUMBS = /\[#(\d+)\] 👍\n {2}\[#(\d+)\] 👎/;
const QUESTION = "what documents do I need to vote?";

describe("a 👍 in the terminal", () => {
  it("prints the toast and does not print the answer again", () => {
    const first = chat([QUESTION]).stdout;
    const title = first.split("\n> ")[1]!.split("\n")[2]!;
    const [, up] = THUMBS.exec(first)!;
    const { stdout } = chat([QUESTION, `#${up}`]);
    expect(stdout.split(title)).toHaveLength(2);
    const after = stdout.split(`\n> #${up}\n`)[1]!;
    expect(after).toMatch(/^ⓘ Thank you!/);
    expect(after).not.toContain("[#");
  });

  it("pressed under an answer shown mid-flow, is one vote: the 👎 beside it cannot be pressed after it", () => {
    const lines = ["/eligibility", "#1", "#1", QUESTION];
    const [, up, down] = THUMBS.exec(chat(lines).stdout.split(`\n> ${QUESTION}\n`)[1]!)!;
    const dataDir = mkdtempSync(join(tmpdir(), "chat-feedback-"));
    const { BOT_TOKEN: _token, REDIS_URL: _redis, ...env } = process.env;
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      input: `${[...lines, `#${up}`, `#${down}`, `#${up}`].join("\n")}\n`,
      encoding: "utf8",
      env: { ...env, BOT_MODE: "terminal", DATA_DIR: dataDir, LANG: "en_US.UTF-8", LOG_LEVEL: "silent" },
    });
    expect(run.status).toBe(0);
    const counts = JSON.parse(readFileSync(join(dataDir, "counters.json"), "utf8")) as Record<string, number>;
    expect(Object.entries(counts)).toEqual([[expect.stringMatching(/^feedback:[a-z0-9-]+:up$/), 1]]);
    expect(run.stdout).toContain(`There is no button #${down}.`);
    expect(run.stdout).toContain(`There is no button #${up}.`);
  });
});

describe("a flow resumed after /help", () => {
  it.each([
    ["en_US.UTF-8", (n: string, valid: string) => `There is no button #${n}. You can press: ${valid}.`],
    ["ru_RU.UTF-8", (n: string, valid: string) => `Кнопки #${n} нет. Можно нажать: ${valid}.`],
    ["kk_KZ.UTF-8", (n: string, valid: string) => `#${n} батырмасы жоқ. Басуға болатын батырмалар: ${valid}.`],
  ])("names the numbers shown, which are the ones it accepts (%s)", (lang, said) => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/chat.ts"], {
      input: "/eligibility\n/help\n#9\n#4\n",
      encoding: "utf8",
      env: { ...process.env, LANG: lang, LOG_LEVEL: "silent" },
    });
    expect(run.status).toBe(0);
    const resumed = run.stdout.split("\n> /help\n")[1]!.split("\n> #9\n")[0]!;
    const shown = [...resumed.matchAll(/\[#(\d+)\]/g)].map((m) => Number(m[1]));
    expect(shown).toEqual([1, 2, 3, 4]);
    expect(run.stdout).toContain(said("9", numberList(shown)));
    // #4 presses the button printed as [#4]: the flow goes on to its next question.
    const fourth = /\[#4\] (.+)/.exec(resumed)![1]!;
    expect(run.stdout.split("\n> #4\n")[1]).not.toContain(fourth);
  });

  it("says there is nothing to press after a message without buttons, in the chat's language", () => {
    const { stdout } = chat(["/cancel", "#1"]);
    expect(stdout).toContain("There is no button #1: there are no buttons to press now. Type a question or an answer.");
  });
});
