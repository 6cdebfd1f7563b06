import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const topicsFeature = new Composer<BotContext>();
