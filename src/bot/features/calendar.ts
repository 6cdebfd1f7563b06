import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const calendarFeature = new Composer<BotContext>();
