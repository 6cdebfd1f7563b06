import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const inlineFeature = new Composer<BotContext>();
