import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { nextButtons, readLine, render, terminalStyle, turnButtons, turnView, wrap } from "../../src/cli/chat.js";
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
    expect(readLine(line, buttons)).toEqual({ kind: "press", button: expect.objectContaining({ data }) });
  });

  it.each(["1", "12", "27", "14.05.1990", "#1 more", "how do I vote #1"])(
    "sends %j as a message, even a bare number",
    (line) => {
      expect(readLine(line, buttons)).toEqual({ kind: "send", text: line.trim() });
    },
  );

  it("says when there is no such button, and ignores empty lines", () => {
    expect(readLine("#3", buttons)).toEqual({ kind: "noButton", n: 3 });
    expect(readLine("#0", [])).toEqual({ kind: "noButton", n: 0 });
    expect(readLine("   ", buttons)).toBeNull();
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
  it("takes a typed number as the answer at a free-text step and presses buttons with #N", () => {
    // #1 the Kurultai, #1 Yes (citizen), "1" is the age (a Back button is #1 there), #3 is Back at residence.
    const { status, stdout } = chat(["/eligibility", "#1", "#1", "1", "#3", "#7"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Saylau bot.*#2/);
    expect(stdout.match(/Are you a citizen of Kazakhstan\?/g)).toHaveLength(1);
    expect(stdout).toContain("Have you lived permanently in Kazakhstan");
    expect(stdout.match(/How old are you\?/g)).toHaveLength(2);
    expect(stdout).toContain("[#1] ⬅️ Back");
    expect(stdout).toContain("There is no button #7 under the last message.");
    // Piped, the transcript shows each line typed after its prompt, and ends with a newline.
    expect(stdout).toContain("\n> /eligibility\n");
    expect(stdout).toContain("\n> #3\n");
    expect(stdout.endsWith("\n")).toBe(true);
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
    expect(readLine("#4", buttons)).toEqual({ kind: "noButton", n: 4 });
  });

  it("after a message without buttons (/cancel's), presses none of the earlier ones; after a toast, keeps them", () => {
    const earlier = turnButtons(replies);
    expect(nextButtons(earlier, [{ method: "sendMessage", text: "Cancelled.", buttons: [] }])).toEqual([]);
    expect(nextButtons(earlier, [])).toEqual(earlier);
    expect(nextButtons([], replies)).toEqual(earlier);
  });

  it("after a 👍 under an answer shown mid-flow, still shows and presses the flow's buttons", () => {
    const answer = [
      { text: "Related", data: "a:x", messageId: 1 },
      { text: "👍", data: "f:x:up", messageId: 1 },
    ];
    const step = [
      { text: "Yes", data: "g:vo:adult:yes", messageId: 2 },
      { text: "⬅️ Back", data: "g:vo:back", messageId: 2 },
    ];
    const shown = [
      { method: "sendMessage", text: "The deposit is refunded if…", buttons: answer, messageId: 1 },
      { method: "sendMessage", text: "Are you 18 or older?", buttons: step, messageId: 2 },
    ];
    const edit = { method: "editMessageReplyMarkup", text: "", buttons: [answer[0]!], messageId: 1 };
    const view = turnView(shown, [edit]);
    expect(turnButtons(view).map((b) => b.text)).toEqual(["Related", "Yes", "⬅️ Back"]);
    const out = render(view, ["Thank you!"], plain);
    expect(out).toContain("Are you 18 or older?\n  [#2] Yes");
    expect(out).not.toContain("The deposit is refunded");
    expect(turnView(shown, replies)).toEqual(replies);
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
