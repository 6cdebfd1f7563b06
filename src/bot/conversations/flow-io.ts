import type { Conversation } from "@grammyjs/conversations";
import type { Context, InlineKeyboard } from "grammy";
import { kazakhstanDay } from "../../clock.js";
import { createI18n, type TFunction } from "../../i18n.js";
import { isLang, LANGS, type Lang } from "../../knowledge/schema.js";
import { isBackReply, isRestartReply, isUndecidedReply } from "../../rules/replies.js";
import { answerQuestion } from "../answer-question.js";
import { callbackData, callbackPattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { typedLanguage, typedMenuItem } from "../keyboards.js";
import { smallTalk } from "../small-talk.js";
import {
  buttonInterruption,
  commandInterruption,
  type FlowName,
  flowOfButton,
  type Interruption,
} from "./interruptions.js";
import { asksOutright, looksLikeQuestion } from "./looks-like-question.js";
import { type Outcome, type Prompt, promptKeyboard } from "./prompt.js";
import { isOrphanStepAnswer, namedChoice, typedChoice } from "./typed-answer.js";

export type FlowConversation = Conversation<BotContext, Context>;

export const DEFAULT_FLOW_IDLE_MS = 30 * 60 * 1000;
// Every update is replayed on the next one, so a flow that drags on is ended rather than growing without bound.
export const MAX_FLOW_UPDATES = 150;

const tFor = createI18n();

// One step of a guided flow: show the prompt, then wait until the user gives a usable answer.
export class FlowIO {
  private constructor(
    private readonly conversation: FlowConversation,
    private readonly flow: string,
    private readonly name: FlowName,
    private readonly idleMs: number,
    private current: Context,
  ) {}

  private updates = 0;

  /** `flow` prefixes the flow's button data; `name` is its command, named when the flow is left. */
  static async start(conversation: FlowConversation, ctx: Context, flow: string, name: FlowName): Promise<FlowIO> {
    const idleMs = await conversation.external((c) => c.deps.flowIdleMs ?? DEFAULT_FLOW_IDLE_MS);
    return new FlowIO(conversation, flow, name, idleMs, ctx);
  }

  async lang(): Promise<Lang> {
    return await this.conversation.external((c) => c.lang);
  }

  async t(): Promise<TFunction> {
    return tFor(await this.lang());
  }

  async hasEntry(id: string): Promise<boolean> {
    return await this.conversation.external((c) => c.deps.kb.byId.has(id));
  }

  /**
   * Today in Kazakhstan, as midnight UTC of that calendar day: ages are counted on the day the voter lives in, so
   * between 00:00 and 05:00 in Astana someone whose 18th birthday it is is already 18.
   */
  async today(): Promise<Date> {
    const day = await this.conversation.external((c) => kazakhstanDay(c.deps.now()));
    return new Date(`${day}T00:00:00Z`);
  }

  async say(text: string, keyboard?: InlineKeyboard): Promise<void> {
    await this.current.reply(text, {
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
  }

  async ask<T extends string>(prompt: Prompt<T>): Promise<Outcome<T>> {
    await this.show(prompt, await this.lang());
    for (;;) {
      const ctx = await this.conversation.wait({ maxMilliseconds: this.idleMs });
      if (++this.updates > MAX_FLOW_UPDATES) return await this.conversation.halt({ next: true });
      this.current = ctx;
      const outcome = ctx.callbackQuery ? await this.onButton(prompt, ctx) : await this.onMessage(prompt, ctx);
      if (outcome) return outcome;
    }
  }

  /** The step's question, after a hint (its key) when there is one. */
  private async show<T extends string>(prompt: Prompt<T>, lang: Lang, hintKey?: string, reply?: string): Promise<void> {
    const t = tFor(lang);
    const hint = [reply, hintKey && t(hintKey)].filter(Boolean).join(" ");
    const hinted = (text: string) => (hint ? `${hint}\n\n${text}` : text);
    // A lead (the verdict) is shown again with the step, so a language switch at the verdict re-shows both; the hint
    // opens the first of them.
    if (prompt.lead) {
      await this.say(hinted(prompt.lead(t)));
      await this.say(prompt.text(t, lang), promptKeyboard(this.flow, prompt, t));
      return;
    }
    const text = prompt.intro && !hintKey ? `${prompt.intro(t)}\n\n${prompt.text(t, lang)}` : prompt.text(t, lang);
    await this.say(hinted(text), promptKeyboard(this.flow, prompt, t));
  }

  private async onButton<T extends string>(prompt: Prompt<T>, ctx: Context): Promise<Outcome<T> | null> {
    const data = ctx.callbackQuery?.data ?? "";
    const own = callbackData.flow.prefix(this.flow);
    if (data.startsWith(own)) {
      const rest = data.slice(own.length);
      const t = await this.t();
      if ((rest === "back" && prompt.back) || (rest === "restart" && prompt.restart)) {
        await ctx.answerCallbackQuery();
        return rest === "back" ? { kind: "back" } : { kind: "restart" };
      }
      const value = rest.startsWith(`${prompt.step}:`) ? rest.slice(prompt.step.length + 1) : undefined;
      const choice = prompt.choices?.(t).find((c) => c.value === value);
      if (choice) {
        await ctx.answerCallbackQuery();
        return { kind: "value", value: choice.value };
      }
      // A button of an earlier step of this very flow: the flow is still open, so the toast points to its question.
      await ctx.answerCallbackQuery({ text: t("flow.staleStep") });
      return null;
    }
    // A step's button of the other flow, left above from an earlier run: that flow is closed, this one is open, so the
    // toast points to this one's question (the button alone would have said "closed" and left this step unasked).
    if (flowOfButton(data) !== undefined) {
      await ctx.answerCallbackQuery({ text: (await this.t())("flow.staleStep") });
      return null;
    }
    const language = callbackPattern.language.exec(data);
    if (language) {
      const lang = language[1]!;
      if (!isLang(lang)) {
        await ctx.answerCallbackQuery({ text: (await this.t())("callback.stale") });
        return null;
      }
      await ctx.answerCallbackQuery();
      return await this.switchLanguage(prompt, lang as Lang);
    }
    // At the verdict too: a command or a foreign button is handled, then the verdict is shown again with its Back.
    return await this.interrupt(prompt, buttonInterruption(data));
  }

  /** A language chosen mid-flow, by its button or by name: the step is asked again in it. */
  private async switchLanguage<T extends string>(prompt: Prompt<T>, lang: Lang): Promise<null> {
    const same = lang === (await this.lang());
    await this.conversation.external((c) => c.setLang(lang));
    await this.show(prompt, lang, same ? "language.already" : "language.changed");
    return null;
  }

  /** A command or a foreign button mid-flow: handled by the rest of the bot, then the step resumes, or the flow is left. */
  private async interrupt<T extends string>(prompt: Prompt<T>, interruption: Interruption): Promise<null> {
    switch (interruption.kind) {
      case "pass":
        return await this.conversation.skip({ next: true });
      case "enter":
      case "leave": {
        // This very flow's button under an answer, pressed while it runs, goes on where it was: the press did not ask
        // to drop the answers given (typing /voting does, and starts over; so does the flow's own Start over).
        if (interruption.kind === "enter" && interruption.flow === this.name && this.current.callbackQuery) {
          await this.current.answerCallbackQuery();
          await this.show(prompt, await this.lang(), `flow.already.${this.name}`);
          return null;
        }
        // A finished flow (at its verdict) loses nothing by being left, so it is left without a word; typed again in
        // the middle, it says that it starts over and drops the answers.
        if (!prompt.final) {
          const again = interruption.kind === "enter" && interruption.flow === this.name;
          await this.say((await this.t())(again ? `flow.restarted.${this.name}` : `flow.left.${this.name}`));
        }
        return await this.conversation.halt({ next: true });
      }
      case "resume": {
        await this.conversation.external((c) => c.outsideFlow());
        // There is nothing to ask again after a verdict, but it is now above what was just shown (its Sources, the
        // help): a line says so, under its Back and Start over again.
        if (!prompt.final) await this.show(prompt, await this.lang(), "flow.continue");
        else await this.sayResultAbove(prompt);
        return null;
      }
    }
  }

  private async sayResultAbove<T extends string>(prompt: Prompt<T>): Promise<void> {
    const t = await this.t();
    const text = t("flow.resultAbove", { back: t("flow.back"), restart: t("flow.restart") });
    await this.say(text, promptKeyboard(this.flow, prompt, t));
  }

  private async onMessage<T extends string>(prompt: Prompt<T>, ctx: Context): Promise<Outcome<T> | null> {
    const text = ctx.message?.text;
    if (text === undefined) {
      if (!ctx.message) return await this.conversation.skip({ next: true });
      if (prompt.final) return await this.conversation.halt({ next: true });
      await this.show(prompt, await this.lang(), "flow.nonText");
      return null;
    }
    // A typed "back" or "start over" is its button, and a command an interruption, on the verdict too; any other
    // text typed there leaves the flow and is read as a question.
    if (prompt.back && isBackReply(text)) return { kind: "back" };
    if (!prompt.back && !prompt.final && isBackReply(text)) {
      await this.show(prompt, await this.lang(), "flow.firstStep");
      return null;
    }
    if (prompt.restart && isRestartReply(text)) return { kind: "restart" };
    if (!prompt.restart && !prompt.final && isRestartReply(text)) {
      await this.show(prompt, await this.lang(), "flow.atStart");
      return null;
    }
    if (text.startsWith("/")) return await this.interrupt(prompt, commandInterruption(text));
    // A language named ("English", "орысша") is its button.
    const named = typedLanguage(text);
    if (named) return await this.switchLanguage(prompt, named);
    // A menu button's label typed ("Темы", "calendar") is that button, pressed in the middle of the flow.
    const menuItem = typedMenuItem(text);
    if (menuItem) return await this.interrupt(prompt, buttonInterruption(callbackData.menu(menuItem)));
    if (prompt.final) {
      // "2", "иә", "әлі жоқ" under a verdict answer a step that is over: the flow stays, and says where its buttons are,
      // instead of leaving and then calling itself closed. Anything else is a question for the rest of the bot.
      if (!isOrphanStepAnswer(text, await this.today())) return await this.conversation.halt({ next: true });
      await this.sayResultAbove(prompt);
      return null;
    }
    const lang = await this.lang();
    const t = tFor(lang);
    const choices = prompt.choices?.(t) ?? [];
    // A yes/no step says so: "choose a button" reads oddly after "мне 26" typed where a yes or no was asked.
    const yesNoStep = choices.length === 2 && choices.every((c) => c.value === "yes" || c.value === "no");
    let hintKey = yesNoStep ? "flow.useYesNo" : "flow.useButtons";
    // A button's label counts in any of the three languages: "kurultai" typed in a Kazakh chat names "Құрылтай".
    const everyLabel = [
      ...choices,
      ...LANGS.filter((other) => other !== lang).flatMap((other) => prompt.choices?.(tFor(other)) ?? []),
    ];
    // A choice asked about ("ал шетелде ше?" at "Where will you be?") is that choice, not a question to answer.
    const asked = namedChoice(text, everyLabel);
    if (asked !== undefined) return { kind: "value", value: asked };
    // A question asked outright is answered first, and the step asked again; one the bot cannot answer gets the
    // step's hint, never a reading of its words as the answer.
    if (asksOutright(text)) {
      const answered = await this.conversation.external((c) => answerQuestion(c, text, { onlyAnswer: true }));
      // Unanswered, it is still said to have been read as a question (walkthrough 18: only "answer yes or no").
      if (answered) await this.show(prompt, await this.lang(), "flow.continue");
      else await this.show(prompt, lang, hintKey, t("flow.noAnswer"));
      return null;
    }
    // The step's own reading comes next: "I am a Russian citizen" names a citizenship, and "not yet" leaves a party
    // list open, before either is read as a plain yes or no.
    const parsed = prompt.parse?.(text);
    if (parsed?.ok) return { kind: "value", value: parsed.value };
    if (parsed) hintKey = parsed.hintKey;
    const typed = typedChoice(text, everyLabel);
    if (typed !== undefined) return { kind: "value", value: typed };
    // "Рахмет", "сәлем", "ok" mid-flow is no wrong answer to the step: it is not told to press a button, only
    // asked the step again.
    const talk = smallTalk(text);
    if (talk) {
      // "рахмет" is answered in a word ("Оқасы жоқ!") before the step: a bare "let's continue" read as unheard.
      await this.show(prompt, lang, "flow.continue", t(`flow.smallTalk.${talk.kind}`));
      return null;
    }
    // A question asked mid-flow is answered when the bot knows the answer, and the step asked again. "Не знаю" is an
    // answer to the step that the step cannot use, never a question: searched, it found "who to vote for".
    if (
      !isUndecidedReply(text) &&
      looksLikeQuestion(text) &&
      (await this.conversation.external((c) => answerQuestion(c, text, { onlyAnswer: true })))
    ) {
      await this.show(prompt, await this.lang(), "flow.continue");
      return null;
    }
    await this.show(prompt, lang, hintKey);
    return null;
  }
}
