import { Composer } from "grammy";
import type { BotContext } from "../context.js";

// Guided flows (conversations) are registered here, after /cancel.
export const flowsFeature = new Composer<BotContext>();
