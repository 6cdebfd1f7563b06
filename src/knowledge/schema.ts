import { z } from "zod";

export const LANGS = ["kk", "ru", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const ANSWER_MAX = 3500;
export const TITLE_MAX = 60;
export const MIN_QUESTIONS = 5;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase kebab-case");
/** A real calendar day written YYYY-MM-DD ("2023-02-30" is refused). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((d) => {
    const day = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === d;
  }, "is not a calendar date");
const text = (max: number) => z.string().trim().min(1, "is empty").max(max, `is longer than ${max} characters`);
const trilingual = (max: number) => z.object({ kk: text(max), ru: text(max), en: text(max) }).strict();
const questionList = z.array(text(300));

/**
 * A source a reader can open: a full https:// address, and nothing in it that would break the answer's HTML link
 * (quotes, angle brackets, spaces).
 */
const sourceUrl = z
  .string()
  .url("is not a URL")
  .refine((u) => u.startsWith("https://"), "must be a full https:// address")
  .refine((u) => !/["'<>\s]/.test(u), "must not contain quotes, angle brackets or spaces");

/**
 * A source's title is one string when it is the document's own name in every language, or one per language: the
 * reader sees the publisher, what the article says and its date in their own language.
 */
export const sourceSchema = z.object({ title: z.union([text(200), trilingual(200)]), url: sourceUrl }).strict();

export const entrySchema = z
  .object({
    id,
    title: trilingual(TITLE_MAX),
    questions: z.object({ kk: questionList, ru: questionList, en: questionList }).strict(),
    answer: trilingual(ANSWER_MAX),
    sources: z.array(sourceSchema).min(1, "needs at least one source"),
    asOf: isoDate,
    related: z.array(id).default([]),
    flow: z.enum(["eligibility", "voting"]).optional(),
    /**
     * false for a question people ask whose answer no source confirms: the entry says so, what is known nearby and
     * where the official answer is, so the bot recognises the question instead of answering its neighbour.
     */
    verified: z.boolean().default(true),
    /**
     * The minimum age the answer gives (to vote, to stand): a question that states the asker's age ("Мне 24 года, могу
     * ли я баллотироваться в Курултай?") is told first whether that age reaches it.
     */
    minAge: z.number().int().min(1).max(120).optional(),
    /** true for the answers that give an election's date: a 🔔 button under them turns reminders on. */
    remind: z.boolean().default(false),
    /**
     * true for "when is the election": the answer opens with what the calendar says today (the next election and
     * how far off it is, or the last one and whether the bot has its result), computed from the bot's clock.
     */
    electionStatus: z.boolean().default(false),
    /**
     * The answer describes an order that a later change made history: from `since` on (by the bot's clock) it opens
     * with one sentence saying so and a button to `entry`, what replaced it.
     */
    supersededBy: z.object({ entry: id, since: isoDate }).strict().optional(),
  })
  .strict();

export const knowledgeFileSchema = z.object({ category: id, entries: z.array(entrySchema).min(1) }).strict();

export const categoriesFileSchema = z
  .object({ categories: z.array(z.object({ id, title: trilingual(TITLE_MAX) }).strict()).min(1) })
  .strict();

const someQuestions = questionList.min(1, "needs at least one question");

export const offTopicFileSchema = z
  .object({
    themes: z
      .array(
        z
          .object({
            id,
            about: text(200),
            questions: z.object({ kk: someQuestions, ru: someQuestions, en: someQuestions }).strict(),
          })
          .strict(),
      )
      .min(1, "needs at least one theme"),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;

/** A source's title as the reader of `lang` sees it. */
export const sourceTitle = (source: Source, lang: Lang): string =>
  typeof source.title === "string" ? source.title : source.title[lang];
export type OffTopicTheme = z.infer<typeof offTopicFileSchema>["themes"][number];
export type Entry = z.infer<typeof entrySchema> & { category: string };
export type Category = z.infer<typeof categoriesFileSchema>["categories"][number];
export type Trilingual = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
