import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import { createI18n, escapeHtml, type TFunction } from "../../i18n.js";
import { isLang, type Lang } from "../../knowledge/schema.js";
import { SOURCES, type SourceId } from "../../rules/sources.js";
import type { BotContext } from "../context.js";
import { answerQuestion, MAX_QUESTION_LENGTH } from "../features/question.js";
import { looksLikeQuestion } from "./looks-like-question.js";

export type FlowConversation = Conversation<BotContext, Context>;

export const DEFAULT_FLOW_IDLE_MS = 30 * 60 * 1000;
// Every update is replayed on the next one, so a flow that drags on is ended rather than growing without bound.
export const MAX_FLOW_UPDATES = 150;

const tFor = createI18n();

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; hintKey: string };

export interface Prompt<T extends string> {
  step: string;
  text(t: TFunction): string;
  choices?(t: TFunction): Choice<T>[];
  parse?(text: string): Parsed<T>;
  links?(t: TFunction): { label: string; data: string }[];
  back?: boolean;
  restart?: boolean;
  /** After a verdict anything but the flow's own buttons ends the flow and goes to the rest of the bot. */
  final?: boolean;
}

export type Outcome<T> = { kind: "value"; value: T } | { kind: "back" } | { kind: "restart" };

const YES = new Set(["yes", "y", "yeah", "да", "ага", "иә", "ия", "иа"]);
const NO = new Set(["no", "n", "nope", "нет", "жоқ", "жок"]);
const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** A bare "yes" or "no": an answer to a question the bot may no longer be asking (a flow that timed out). */
export function isBareYesNo(text: string): boolean {
  const typed = plain(text);
  return YES.has(typed) || NO.has(typed);
}

function typedChoice<T extends string>(text: string, choices: Choice<T>[]): T | undefined {
  const typed = plain(text);
  const byLabel = choices.find((c) => plain(c.label) === typed);
  if (byLabel) return byLabel.value;
  if (YES.has(typed)) return choices.find((c) => c.value === "yes")?.value;
  if (NO.has(typed)) return choices.find((c) => c.value === "no")?.value;
  return undefined;
}

const ADILET_ENGLISH = "https://adilet.zan.kz/eng/";

// Official legal texts on adilet.zan.kz exist in Kazakh, Russian and English: link the reader's language.
function localized(url: string, t: TFunction): string {
  return url.startsWith(ADILET_ENGLISH) ? `https://adilet.zan.kz/${t("flow.adiletLanguage")}/${url.slice(ADILET_ENGLISH.length)}` : url;
}

export function sourceLinks(ids: readonly SourceId[], t: TFunction): string {
  return ids.map((id) => `<a href="${escapeHtml(localized(SOURCES[id], t))}">${t(`flow.source.${id}`)}</a>`).join("; ");
}

// One step of a guided flow: show the prompt, then wait until the user gives a usable answer.
export class FlowIO {
  private constructor(
    private readonly conversation: FlowConversation,
    private readonly flow: string,
    private readonly idleMs: number,
    private current: Context,
  ) {}

  private updates = 0;

  static async start(conversation: FlowConversation, ctx: Context, flow: string): Promise<FlowIO> {
    const idleMs = await conversation.external((c) => c.deps.flowIdleMs ?? DEFAULT_FLOW_IDLE_MS);
    return new FlowIO(conversation, flow, idleMs, ctx);
  }

  async t(): Promise<TFunction> {
    return tFor(await this.conversation.external((c) => c.lang));
  }

  async hasEntry(id: string): Promise<boolean> {
    return await this.conversation.external((c) => c.deps.kb.byId.has(id));
  }

  async today(): Promise<Date> {
    return new Date(await this.conversation.external((c) => c.deps.now().toISOString()));
  }

  async say(text: string, keyboard?: InlineKeyboard): Promise<void> {
    await this.current.reply(text, {
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
  }

  async ask<T extends string>(prompt: Prompt<T>): Promise<Outcome<T>> {
    await this.show(prompt, await this.t());
    for (;;) {
      const ctx = await this.conversation.wait({ maxMilliseconds: this.idleMs });
      if (++this.updates > MAX_FLOW_UPDATES) return await this.conversation.halt({ next: true });
      this.current = ctx;
      const outcome = ctx.callbackQuery ? await this.onButton(prompt, ctx) : await this.onMessage(prompt, ctx);
      if (outcome) return outcome;
    }
  }

  private async show<T extends string>(prompt: Prompt<T>, t: TFunction, hint?: string): Promise<void> {
    const keyboard = new InlineKeyboard();
    for (const choice of prompt.choices?.(t) ?? []) keyboard.text(choice.label, `g:${this.flow}:${prompt.step}:${choice.value}`).row();
    for (const link of prompt.links?.(t) ?? []) keyboard.text(link.label, link.data).row();
    if (prompt.back) keyboard.text(t("flow.back"), `g:${this.flow}:back`);
    if (prompt.restart) keyboard.text(t("flow.restart"), `g:${this.flow}:restart`);
    const text = hint ? `${hint}\n\n${prompt.text(t)}` : prompt.text(t);
    await this.say(text, keyboard.inline_keyboard.flat().length > 0 ? keyboard : undefined);
  }

  private async onButton<T extends string>(prompt: Prompt<T>, ctx: Context): Promise<Outcome<T> | null> {
    const data = ctx.callbackQuery?.data ?? "";
    const own = `g:${this.flow}:`;
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
      await ctx.answerCallbackQuery({ text: t("callback.stale") });
      return null;
    }
    if (data.startsWith("l:")) {
      const lang = data.slice(2);
      if (!isLang(lang)) {
        await ctx.answerCallbackQuery({ text: (await this.t())("callback.stale") });
        return null;
      }
      await this.conversation.external((c) => c.setLang(lang as Lang));
      const t = tFor(lang);
      await ctx.answerCallbackQuery({ text: t("language.changed") });
      await this.show(prompt, t, t("language.changed"));
      return null;
    }
    if (prompt.final || data.startsWith("m:")) return await this.conversation.halt({ next: true });
    // Other buttons (an answer, a topic) work as usual while the flow keeps waiting.
    return await this.conversation.skip({ next: true });
  }

  private async onMessage<T extends string>(prompt: Prompt<T>, ctx: Context): Promise<Outcome<T> | null> {
    const text = ctx.message?.text;
    if (text === undefined) {
      if (!ctx.message) return await this.conversation.skip({ next: true });
      if (prompt.final) return await this.conversation.halt({ next: true });
      const t = await this.t();
      await this.show(prompt, t, t("flow.nonText"));
      return null;
    }
    if (text.startsWith("/") || prompt.final) return await this.conversation.halt({ next: true });
    const t = await this.t();
    let hintKey = "flow.useButtons";
    const typed = typedChoice(text, prompt.choices?.(t) ?? []);
    if (typed !== undefined) return { kind: "value", value: typed };
    if (prompt.parse) {
      const parsed = prompt.parse(text);
      if (parsed.ok) return { kind: "value", value: parsed.value };
      hintKey = parsed.hintKey;
    }
    if (text.length <= MAX_QUESTION_LENGTH && looksLikeQuestion(text)) {
      const answerable = await this.conversation.external((c) => c.deps.searcher.decide(text).kind === "answer");
      if (answerable) {
        await this.conversation.external((c) => answerQuestion(c, text));
        const tNow = await this.t();
        await this.show(prompt, tNow, tNow("flow.continue"));
        return null;
      }
    }
    await this.show(prompt, t, t(hintKey));
    return null;
  }
}

export const yesNo = (t: TFunction): Choice<"yes" | "no">[] => [
  { value: "yes", label: t("flow.yes") },
  { value: "no", label: t("flow.no") },
];
