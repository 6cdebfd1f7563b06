import type { Lang } from "../knowledge/schema.js";

export function detectLang(text: string): Lang | undefined {
  if (/[әғқңөұүһі]/i.test(text)) return "kk";
  if (/[а-яё]/i.test(text)) return "ru";
  if (/[a-z]/i.test(text)) return "en";
  return undefined;
}
