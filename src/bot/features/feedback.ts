import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const feedbackFeature = new Composer<BotContext>();
