import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { groupFilter } from "./group-filter.js";
import { logUpdate } from "./log-update.js";
import { rateLimit } from "./rate-limit.js";

// Rate limiting and group-chat filtering run here, after the user's language is known.
export const protect = new Composer<BotContext>();
protect.use(logUpdate);
protect.use(groupFilter);
protect.use(rateLimit);
