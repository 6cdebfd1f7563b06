import { Composer } from "grammy";
import type { BotContext } from "../context.js";

// Rate limiting and group-chat filtering run here, after the user's language is known.
export const protect = new Composer<BotContext>();
