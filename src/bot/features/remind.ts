import { Composer, InlineKeyboard } from "grammy";
import type { TFunction } from "../../i18n.js";
import { callbackData } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { onMenu } from "../keyboards.js";

const { remindOn: REMIND_ON, remindOff: REMIND_OFF } = callbackData;

/** The buttons under every notice: stop at once, or open the calendar. */
export function noticeKeyboard(t: TFunction): InlineKeyboard {
  return new InlineKeyboard().text(t("remind.off"), REMIND_OFF).text(t("menu.calendar"), callbackData.menu("calendar"));
}

const chatOf = (ctx: BotContext) => (ctx.chat?.type === "private" ? ctx.chat.id : undefined);

async function subscribe(ctx: BotContext): Promise<void> {
  const chatId = chatOf(ctx);
  if (chatId === undefined) return void (await ctx.reply(ctx.t("remind.privateOnly")));
  await ctx.deps.notify.subscriptions.add(chatId, ctx.lang, ctx.deps.now());
  await ctx.reply(ctx.t("remind.on"), { reply_markup: new InlineKeyboard().text(ctx.t("remind.off"), REMIND_OFF) });
}

async function unsubscribe(ctx: BotContext): Promise<void> {
  const chatId = chatOf(ctx);
  const removed = chatId !== undefined && (await ctx.deps.notify.subscriptions.remove(chatId));
  await ctx.reply(ctx.t(removed ? "remind.offDone" : "remind.notSubscribed"));
}

async function toggle(ctx: BotContext): Promise<void> {
  const chatId = chatOf(ctx);
  const subscribed = chatId !== undefined && (await ctx.deps.notify.subscriptions.get(chatId));
  await (subscribed ? unsubscribe(ctx) : subscribe(ctx));
}

export const remindFeature = new Composer<BotContext>();

// A subscriber who changes the language gets the next notices in the new one.
remindFeature.use(async (ctx, next) => {
  const before = ctx.lang;
  await next();
  const chatId = chatOf(ctx);
  if (chatId === undefined || ctx.lang === before) return;
  if (await ctx.deps.notify.subscriptions.get(chatId))
    await ctx.deps.notify.subscriptions.add(chatId, ctx.lang, ctx.deps.now());
});

remindFeature.command("remind", toggle);
remindFeature.command("stop", unsubscribe);
onMenu(remindFeature, "remind", toggle);
remindFeature.callbackQuery(REMIND_ON, async (ctx) => {
  await ctx.answerCallbackQuery();
  await subscribe(ctx);
});
remindFeature.callbackQuery(REMIND_OFF, async (ctx) => {
  await ctx.answerCallbackQuery();
  await unsubscribe(ctx);
});
