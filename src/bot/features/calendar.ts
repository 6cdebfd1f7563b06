import { Composer, InlineKeyboard } from "grammy";
import { knownOn } from "../../calendar/election-status.js";
import { formatEventDate } from "../../calendar/format.js";
import { bundledCalendars } from "../../calendar/load.js";
import { type Calendar, electionOf } from "../../calendar/schema.js";
import { type EventStatus, markEvents } from "../../calendar/status.js";
import { escapeHtml, type TFunction } from "../../i18n.js";
import { type Lang, sourceTitle } from "../../knowledge/schema.js";
import { sourceHref } from "../../knowledge/source-url.js";
import { callbackData } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { onMenu } from "../keyboards.js";

const MARKS: Record<EventStatus, string> = { past: "✅", today: "🔔", upcoming: "⏳" };

const link = (url: string, title: string) => `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`;

export function renderCalendar(list: readonly Calendar[], lang: Lang, t: TFunction, now: Date): string {
  // Only the blocks known on the day: a preview of 1 March 2023 does not list the 2026 referendum.
  const sections = list
    .filter((calendar) => knownOn(calendar, now))
    .map((calendar) => {
      // A vote the bot's sources do not report on is past by the clock, not known to have been held: its row says so.
      const unreported = calendar.results === undefined ? electionOf(calendar).id : undefined;
      const lines = markEvents(calendar, now).map((e) => {
        const source =
          e.confidence === "medium"
            ? t("calendar.accordingTo", {
                source: link(sourceHref(e.source.url, lang), sourceTitle(e.source, lang)),
                interpolation: { escapeValue: false },
              })
            : link(sourceHref(e.source.url, lang), t("calendar.source"));
        const unknown = e.status === "past" && e.id === unreported;
        const note = unknown ? ` — ${t("calendar.noResult")}` : "";
        // ✅ would say it was held; the bot does not know that.
        const mark = unknown ? "❔" : MARKS[e.status];
        return `${mark} <b>${formatEventDate(e.date, e.time, lang)}</b> — ${escapeHtml(e.title[lang])} (${source})${note}`;
      });
      return [`<b>${escapeHtml(calendar.title[lang])}</b>`, ...lines].join("\n");
    });
  return [
    `<b>${t("calendar.title")}</b>\n${t("calendar.legend")}`,
    ...sections,
    `<i>${t("calendar.timeNote")}</i>\n${t("calendar.official")}`,
  ].join("\n\n");
}

export async function showCalendar(ctx: BotContext): Promise<void> {
  let list: Calendar[];
  try {
    list = bundledCalendars();
  } catch (err) {
    ctx.deps.logger.error({ err: (err as Error).message }, "calendar.yaml could not be loaded");
    await ctx.reply(ctx.t("calendar.unavailable"), { link_preview_options: { is_disabled: true } });
    return;
  }
  await ctx.reply(renderCalendar(list, ctx.lang, ctx.t, ctx.deps.now()), {
    link_preview_options: { is_disabled: true },
    reply_markup: new InlineKeyboard()
      .text(ctx.t("menu.remind"), callbackData.remindOn)
      .text(ctx.t("menu.main"), callbackData.menu("main")),
  });
}

export const calendarFeature = new Composer<BotContext>();

calendarFeature.command("calendar", showCalendar);
onMenu(calendarFeature, "calendar", showCalendar);
