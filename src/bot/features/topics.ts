import { Composer, GrammyError, InlineKeyboard } from "grammy";
import type { KnowledgeBase } from "../../knowledge/load.js";
import type { Entry } from "../../knowledge/schema.js";
import { renderAnswerToday } from "../answer-today.js";
import { callbackData, callbackPattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { onMenu } from "../keyboards.js";

export const TOPICS_PAGE_SIZE = 8;

export const topicsFeature = new Composer<BotContext>();

interface View {
  text: string;
  keyboard: InlineKeyboard;
}

// Pages are filled evenly (9 topics: 5 and 4, not 8 and a lonely 1), at most TOPICS_PAGE_SIZE to a page.
export function perPage(count: number): number {
  const pages = Math.max(1, Math.ceil(count / TOPICS_PAGE_SIZE));
  return Math.max(1, Math.ceil(count / pages));
}

function pageOf<T>(items: readonly T[], page: number) {
  const size = perPage(items.length);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { pages, current, items: items.slice(current * size, (current + 1) * size) };
}

// The knowledge never changes while the bot runs: each category's entries are listed once, not on every view.
const byCategory = new WeakMap<KnowledgeBase, Map<string, Entry[]>>();

function entriesIn(ctx: BotContext, categoryId: string): Entry[] {
  let lists = byCategory.get(ctx.deps.kb);
  if (!lists) {
    lists = new Map();
    for (const e of ctx.deps.kb.entries) lists.set(e.category, [...(lists.get(e.category) ?? []), e]);
    byCategory.set(ctx.deps.kb, lists);
  }
  return lists.get(categoryId) ?? [];
}

function nonEmptyCategories(ctx: BotContext) {
  return ctx.deps.kb.categories.filter((c) => entriesIn(ctx, c.id).length > 0);
}

function pager(
  ctx: BotContext,
  keyboard: InlineKeyboard,
  current: number,
  pages: number,
  data: (page: number) => string,
): void {
  if (pages <= 1) return;
  if (current > 0) keyboard.text(ctx.t("topics.prev"), data(current - 1));
  if (current < pages - 1) keyboard.text(ctx.t("topics.next"), data(current + 1));
  keyboard.row();
}

function withPage(ctx: BotContext, text: string, current: number, pages: number): string {
  return pages > 1 ? `${text}\n<i>${ctx.t("topics.page", { page: current + 1, pages })}</i>` : text;
}

function rootView(ctx: BotContext, page: number): View {
  const { pages, current, items } = pageOf(nonEmptyCategories(ctx), page);
  const keyboard = new InlineKeyboard();
  for (const c of items)
    keyboard.text(`${c.title[ctx.lang]} (${entriesIn(ctx, c.id).length})`, callbackData.topics.category(c.id, 0)).row();
  pager(ctx, keyboard, current, pages, callbackData.topics.root);
  const text = items.length > 0 ? ctx.t("topics.root") : ctx.t("topics.empty");
  return { text: withPage(ctx, text, current, pages), keyboard };
}

function rootPageFor(ctx: BotContext, categoryId: string): number {
  const categories = nonEmptyCategories(ctx);
  const index = categories.findIndex((c) => c.id === categoryId);
  return Math.max(0, Math.floor(index / perPage(categories.length)));
}

function entryButtonData(entry: Entry, page: number): string | null {
  return callbackData.topics.entry(entry.id, page) ?? callbackData.answerIfFits(entry.id) ?? null;
}

function categoryView(ctx: BotContext, categoryId: string, page: number): View | null {
  const category = ctx.deps.kb.categories.find((c) => c.id === categoryId);
  if (!category) return null;
  const { pages, current, items } = pageOf(entriesIn(ctx, categoryId), page);
  const keyboard = new InlineKeyboard();
  for (const entry of items) {
    const data = entryButtonData(entry, current);
    if (data) keyboard.text(entry.title[ctx.lang], data).row();
  }
  pager(ctx, keyboard, current, pages, (p) => callbackData.topics.category(categoryId, p));
  keyboard.text(ctx.t("topics.backToTopics"), callbackData.topics.root(rootPageFor(ctx, categoryId)));
  const text = items.length > 0 ? ctx.t("topics.category", { title: category.title[ctx.lang] }) : ctx.t("topics.empty");
  return { text: withPage(ctx, text, current, pages), keyboard };
}

function entryView(ctx: BotContext, entryId: string, page: number): View | null {
  const entry = ctx.deps.kb.byId.get(entryId);
  if (!entry) return null;
  const { text, keyboard } = renderAnswerToday(ctx, entry, ctx.lang, ctx.t);
  keyboard.row().text(ctx.t("topics.backToList"), callbackData.topics.category(entry.category, page));
  keyboard.text(ctx.t("topics.backToTopics"), callbackData.topics.root(rootPageFor(ctx, entry.category)));
  return { text, keyboard };
}

const options = (view: View) => ({ reply_markup: view.keyboard, link_preview_options: { is_disabled: true } });

async function show(ctx: BotContext, view: View): Promise<void> {
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(view.text, options(view));
      return;
    } catch (err) {
      if (err instanceof GrammyError && err.description.includes("not modified")) return;
    }
  }
  await ctx.reply(view.text, options(view));
}

topicsFeature.command("topics", (ctx) => show(ctx, rootView(ctx, 0)));
onMenu(topicsFeature, "topics", (ctx) => {
  const view = rootView(ctx, 0);
  return ctx.reply(view.text, options(view));
});

const ROUTES: [RegExp, (ctx: BotContext, m: RegExpExecArray) => View | null][] = [
  [callbackPattern.topicsRoot, (ctx, m) => rootView(ctx, Number(m[1]))],
  [callbackPattern.topicsCategory, (ctx, m) => categoryView(ctx, m[1]!, Number(m[2]))],
  [callbackPattern.topicsEntry, (ctx, m) => entryView(ctx, m[1]!, Number(m[2]))],
];

topicsFeature.callbackQuery(callbackPattern.topics, async (ctx) => {
  const data = ctx.callbackQuery.data;
  for (const [pattern, build] of ROUTES) {
    const match = pattern.exec(data);
    if (!match) continue;
    const view = build(ctx, match);
    if (!view) break;
    await ctx.answerCallbackQuery();
    await show(ctx, view);
    return;
  }
  await ctx.answerCallbackQuery({ text: ctx.t("callback.stale") });
});
