import { Composer, InlineKeyboard } from "grammy";
import { formatEventDate } from "../../calendar/format.js";
import { bundledCalendars } from "../../calendar/load.js";
import type { Calendar } from "../../calendar/schema.js";
import type { TFunction } from "../../i18n.js";
import { nextReminder } from "../../notify/schedule.js";
import { callbackData } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { onMenu } from "../keyboards.js";

const { remindOn: REMIND_ON, remindOff: REMIND_OFF } = callbackData;

/** The buttons under every notice: stop at once, or open the calendar. */
export function noticeKeyboard(t: TFunction): InlineKeyboard {
  return new InlineKeyboard().text(t("remind.off"), REMIND_OFF).text(t("menu.calendar"), callbackData.menu("calendar"));
}

/** What a subscriber will hear next: the next reminder the calendar holds, or that only a new election will be news. */
function whatComesNext(ctx: BotContext): string {
  let calendars: Calendar[];
  try {
    calendars = bundledCalendars();
  } catch (err) {
    ctx.deps.logger.warn({ err: (err as Error).message }, "calendar.yaml could not be loaded; /remind says no date");
    return "";
  }
  const next = nextReminder(calendars, ctx.deps.now());
  const line = next
    ? ctx.t("remind.next", {
        event: next.event.title[ctx.lang],
        calendar: next.calendar.title[ctx.lang],
        date: formatEventDate(next.event.date, next.event.time, ctx.lang),
      })
    : ctx.t("remind.noneAhead");
  return `\n\n${line}`;
}

const chatOf = (ctx: BotContext) => (ctx.chat?.type === "private" ? ctx.chat.id : undefined);

async function subscribe(ctx: BotContext): Promise<void> {
  const chatId = chatOf(ctx);
  if (chatId === undefined) return void (await ctx.reply(ctx.t("remind.privateOnly")));
  await ctx.deps.notify.subscriptions.add(chatId, ctx.lang, ctx.deps.now());
  await ctx.reply(`${ctx.t("remind.on")}${whatComesNext(ctx)}`, {
    reply_markup: new InlineKeyboard().text(ctx.t("remind.off"), REMIND_OFF),
  });
}

async function unsubscribe(ctx: BotContext): Promise<void> {
  const chatId = chatOf(ctx);
  const removed = chatId !== undefined && (await ctx.deps.notify.subscriptions.remove(chatId));
  await ctx.reply(ctx.t(removed ? "remind.offDone" : "remind.notSubscribed"));
}

/** /remind, the menu's 🔔 and the 🔔 under an answer: turned on, or said to be on already (only /stop and 🔕 turn off). */
async function remind(ctx: BotContext): Promise<void> {
  const chatId = chatOf(ctx);
  if (chatId !== undefined && (await ctx.deps.notify.subscriptions.get(chatId))) {
    await ctx.reply(`${ctx.t("remind.already")}${whatComesNext(ctx)}`, {
      reply_markup: new InlineKeyboard().text(ctx.t("remind.off"), REMIND_OFF),
    });
    return;
  }
  await subscribe(ctx);
}

/** Runs before the flows and the language switches, so that a subscriber's notices follow a change of language. */
export const remindLanguage = new Composer<BotContext>();

// A subscriber who changes the language gets the next notices in the new one.
remindLanguage.use(async (ctx, next) => {
  const before = ctx.lang;
  await next();
  const chatId = chatOf(ctx);
  if (chatId === undefined || ctx.lang === before) return;
  if (await ctx.deps.notify.subscriptions.get(chatId))
    await ctx.deps.notify.subscriptions.add(chatId, ctx.lang, ctx.deps.now());
});

/** After the flows: typed or pressed mid-flow, it is handled and the flow's question asked again. */
export const remindFeature = new Composer<BotContext>();

remindFeature.command("remind", remind);
remindFeature.command("stop", unsubscribe);
onMenu(remindFeature, "remind", remind);
remindFeature.callbackQuery(REMIND_ON, async (ctx) => {
  await ctx.answerCallbackQuery();
  await remind(ctx);
});
remindFeature.callbackQuery(REMIND_OFF, async (ctx) => {
  await ctx.answerCallbackQuery();
  await unsubscribe(ctx);
});
