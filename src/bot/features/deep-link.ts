import { Composer } from "grammy";
import { replyWithEntry } from "../answer-question.js";
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
      return replyWithEntry(ctx, entry);
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
