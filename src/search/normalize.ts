const KAZAKH_FOLD: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и", ё: "е" };

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFC")
    .replace(/[әғқңөұүһіё]/g, (c) => KAZAKH_FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}
