import { Composer } from "grammy";
import { renderAnswer } from "../answer.js";
import type { BotContext } from "../context.js";
import { parsePayload } from "../links.js";
import { showCalendar } from "./calendar.js";
import { enterFlow } from "./flows.js";

// `/start <payload>` from a t.me link. Anything unknown falls through to the normal greeting.
export const deepLinkFeature = new Composer<BotContext>();

deepLinkFeature.command("start", async (ctx, next) => {
  const target = parsePayload(ctx.match.trim());
  if (!target) return next();
  switch (target.kind) {
    case "answer": {
      const entry = ctx.deps.kb.byId.get(target.entryId);
      if (!entry) return next();
      const { text, keyboard } = renderAnswer(entry, ctx.lang, ctx.t, ctx.deps.kb, ctx.me.username);
      await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } });
      return;
    }
    case "language":
      ctx.setLang(target.lang);
      return next();
    case "calendar":
      return showCalendar(ctx);
    case "flow":
      return enterFlow(ctx, target.flow);
  }
});
