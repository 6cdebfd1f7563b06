import { createConversation } from "@grammyjs/conversations";
import { Composer, type Context } from "grammy";
import type { BotContext } from "../context.js";
import { ELIGIBILITY_FLOW, eligibilityConversation } from "../conversations/eligibility.js";
import { VOTING_FLOW, votingConversation } from "../conversations/voting.js";
import { eligibilityFeature } from "./eligibility.js";
import { votingFeature } from "./voting.js";

// Guided flows run after /cancel, so /cancel always reaches its handler; any other command leaves a flow and still works.
export const flowsFeature = new Composer<BotContext>();

flowsFeature.use(createConversation<BotContext, Context>(eligibilityConversation, ELIGIBILITY_FLOW));
flowsFeature.use(createConversation<BotContext, Context>(votingConversation, VOTING_FLOW));
flowsFeature.use(eligibilityFeature, votingFeature);
