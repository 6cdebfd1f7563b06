import { Composer } from "grammy";
import { foldReply } from "../../rules/replies.js";
import type { BotContext } from "../context.js";
import { mainMenu } from "../keyboards.js";

export const cancelFeature = new Composer<BotContext>();

// Typed in a flow, these mean /cancel, and the menu words /cancel with the main menu: a voter who writes "стоп" or
// "мәзір" wants out, not "please choose one of the buttons". Outside a flow a stop word still means /cancel (searched,
// "стоп" found the Senate's end); a menu word is read as usual.
const CANCEL_WORDS = new Set(
  [
    "cancel",
    "stop",
    "quit",
    "exit",
    "отмена",
    "отменить",
    "стоп",
    "хватит",
    "выход",
    "выйти",
    "хочу выйти",
    "шығу",
    "шығамын",
    "шыққым келеді",
    "leave",
    "тоқта",
    "тоқтат",
    "тоқтату",
    "доғар",
  ].map(foldReply),
);
const MENU_WORDS = new Set(["menu", "main menu", "меню", "главное меню", "мәзір", "басты мәзір"].map(foldReply));

async function cancel(ctx: BotContext, withMenu: boolean): Promise<void> {
  const [flow] = Object.keys(ctx.conversation.active());
  await ctx.conversation.exitAll();
  // Say which flow was left and how to come back to it.
  const text = flow ? `${ctx.t("cancel.done")} ${ctx.t(`flow.left.${flow}`)}` : ctx.t("cancel.nothing");
  await ctx.reply(text, withMenu ? { reply_markup: mainMenu(ctx.t) } : {});
}

cancelFeature.command("cancel", (ctx) => cancel(ctx, false));

cancelFeature.on("message:text", async (ctx, next) => {
  // "/stop" is a command (the reminders'), not the word "stop".
  if (ctx.msg.text.startsWith("/")) return next();
  const word = foldReply(ctx.msg.text);
  const menu = MENU_WORDS.has(word);
  const inFlow = Object.keys(ctx.conversation.active()).length > 0;
  if (menu ? !inFlow : !CANCEL_WORDS.has(word)) return next();
  // Outside a flow there is nothing to stop: the main menu says where to go instead.
  await cancel(ctx, menu || !inFlow);
});
