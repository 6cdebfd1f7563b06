import { InlineKeyboard } from "grammy";
import { earlierElections, electionNow } from "../calendar/election-status.js";
import { dateAsReported, formatDay } from "../calendar/format.js";
import { bundledCalendars } from "../calendar/load.js";
import { type Calendar, electionOf } from "../calendar/schema.js";
import { localDay } from "../calendar/status.js";
import { escapeHtml, type TFunction } from "../i18n.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import { type Entry, type Lang, sourceTitle } from "../knowledge/schema.js";
import { sourceHref } from "../knowledge/source-url.js";
import { type RenderedAnswer, renderAnswer } from "./answer.js";
import { callbackData } from "./callback-data.js";
import type { BotContext } from "./context.js";

export interface Today {
  now: Date;
  /** The election calendars; none when calendar.yaml could not be read (the answer is then given without them). */
  calendars: readonly Calendar[];
}

const raw = { interpolation: { escapeValue: false } };
const KZ_OFFSET = "+05:00";

/** What the calendar says today about "when is the election", in one paragraph, by the bot's clock. */
export function electionStatusText(
  today: Today,
  lang: Lang,
  t: TFunction,
  kb: KnowledgeBase,
): { text: string; results?: Entry } | undefined {
  const current = electionNow(today.calendars, today.now);
  if (!current) return undefined;
  const { calendar, election, status, days } = current;
  const nameOf = (c: Calendar) => escapeHtml((c.name ?? electionOf(c).title)[lang]);
  const title = nameOf(calendar);
  const date = formatDay(election.date, lang);
  const head = t("today.date", { date: formatDay(localDay(today.now, KZ_OFFSET), lang) });
  // The elections before it, as history: "when is the election" may well mean the one a voter remembers.
  const earlier = earlierElections(today.calendars, today.now).map(
    (e) => `${nameOf(e.calendar)} — ${formatDay(e.election.date, lang)}`,
  );
  const history = earlier.length > 0 ? ` ${t("today.earlier", { elections: earlier.join("; "), ...raw })}` : "";
  const source = `<a href="${escapeHtml(sourceHref(election.source.url, lang))}">${escapeHtml(sourceTitle(election.source, lang))}</a>`;
  const according = t("calendar.accordingTo", { source, ...raw });
  // A day only one report gives (confidence: medium) is said with that report's name, as /calendar says it.
  const reported = election.confidence === "medium";
  if (status === "upcoming") {
    const when = dateAsReported(date, election, source, t);
    return { text: `${head} ${t("today.upcoming", { title, date: when, count: days, ...raw })}${history}` };
  }
  if (status === "today")
    return {
      text: `${head} ${t(reported ? "today.isTodayReported" : "today.isToday", { title, source, ...raw })}${history}`,
    };
  const results = calendar.results ? kb.byId.get(calendar.results) : undefined;
  if (results) return { text: `${head} ${t("today.pastResults", { title, date, ...raw })}${history}`, results };
  return { text: `${head} ${t("today.pastUnverified", { title, date, according, ...raw })}${history}` };
}

/** The entry that replaced this one's order, once its day has come by the bot's clock (supersededBy). */
export function successorOf(entry: Entry, kb: KnowledgeBase, now: Date): Entry | undefined {
  const replaced = entry.supersededBy;
  return replaced && now.getTime() >= Date.parse(`${replaced.since}T00:00:00${KZ_OFFSET}`)
    ? kb.byId.get(replaced.entry)
    : undefined;
}

/**
 * What an answer says first because of the day it is given: the calendar's word on the election (for "when is the
 * election"), or that a later change made the answer history, with a button to what replaced it. Buttons go on top.
 */
export function todayPreface(
  entry: Entry,
  lang: Lang,
  t: TFunction,
  kb: KnowledgeBase,
  today: Today,
): { text?: string; buttons: { text: string; data: string }[] } {
  const lines: string[] = [];
  const buttons: { text: string; data: string }[] = [];
  const replaced = entry.supersededBy;
  const successor = successorOf(entry, kb, today.now);
  if (successor && replaced) {
    lines.push(
      `<i>${t("today.superseded", { date: formatDay(replaced.since, lang), title: escapeHtml(successor.title[lang]), ...raw })}</i>`,
    );
    buttons.push({ text: successor.title[lang], data: callbackData.answer(successor.id) });
  }
  if (entry.electionStatus) {
    const status = electionStatusText(today, lang, t, kb);
    if (status) lines.push(status.text);
    if (status?.results && status.results.id !== entry.id)
      buttons.push({ text: t("today.results"), data: callbackData.answer(status.results.id) });
  }
  // Only a preview's clock (BOT_NOW=2023-03-01) is earlier than an answer's date: it says so, as the answer cannot.
  const day = localDay(today.now, KZ_OFFSET);
  if (entry.asOf > day)
    lines.push(
      `<i>${t("today.laterThanToday", { asOf: formatDay(entry.asOf, lang), today: formatDay(day, lang), ...raw })}</i>`,
    );
  return { ...(lines.length > 0 ? { text: lines.join("\n\n") } : {}), buttons };
}

/** Puts the preface above an answer rendered by renderAnswer: its text before the title, its buttons on top. */
export function withPreface(answer: RenderedAnswer, preface: ReturnType<typeof todayPreface>): RenderedAnswer {
  if (!preface.text && preface.buttons.length === 0) return answer;
  const top = preface.buttons.map((b) => [InlineKeyboard.text(b.text, b.data)]);
  // The entry's own related list may name what replaced it too: one button for it, the one on top.
  const onTop = new Set(preface.buttons.map((b) => b.data));
  const rest = answer.keyboard.inline_keyboard
    .map((row) => row.filter((b) => !("callback_data" in b) || !onTop.has(b.callback_data)))
    .filter((row) => row.length > 0);
  return {
    text: preface.text ? `${preface.text}\n\n${answer.text}` : answer.text,
    keyboard: new InlineKeyboard([...top, ...rest]),
  };
}

// A calendar that cannot be read leaves answers as they are (/calendar reports it).
function calendarsOrNone(ctx: BotContext): readonly Calendar[] {
  try {
    return bundledCalendars();
  } catch (err) {
    ctx.deps.logger.warn({ err: (err as Error).message }, "calendar.yaml could not be loaded; answering without it");
    return [];
  }
}

/** An entry's answer as this chat gets it today: renderAnswer, with what the day adds above it. */
export function renderAnswerToday(ctx: BotContext, entry: Entry, lang: Lang, t: TFunction): RenderedAnswer {
  const answer = renderAnswer(entry, lang, t, ctx.deps.kb, ctx.me.username);
  const now = ctx.deps.now();
  if (!entry.electionStatus && !entry.supersededBy && entry.asOf <= localDay(now, KZ_OFFSET)) return answer;
  return withPreface(
    answer,
    todayPreface(entry, lang, t, ctx.deps.kb, {
      now,
      calendars: entry.electionStatus ? calendarsOrNone(ctx) : [],
    }),
  );
}
