// Numbers written as words, as people sometimes type an age ("I'm twenty-four", "мне двадцать шесть", "жиырма алты
// жастамын"). Hand-written because no maintained package reads Kazakh numerals (the npm ones cover English, a few
// Russian); an age needs only 1–120, so units, teens, tens and "hundred" are enough. Words are folded by foldReply
// (Kazakh letters to their Russian-keyboard neighbours, hyphens to spaces).
const UNITS: Record<string, number> = {
  ...{ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
  ...{ один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9 },
  ...{ бир: 1, еки: 2, уш: 3, торт: 4, бес: 5, алты: 6, жети: 7, сегиз: 8, тогыз: 9 },
};
const TEENS: Record<string, number> = {
  ...{ ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17 },
  ...{ eighteen: 18, nineteen: 19, десять: 10, одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14 },
  ...{ пятнадцать: 15, шестнадцать: 16, семнадцать: 17, восемнадцать: 18, девятнадцать: 19 },
};
// Kazakh tens take a unit after them like the others: "он сегіз" is 18, as "жиырма төрт" is 24.
const TENS: Record<string, number> = {
  ...{ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  ...{ двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60, семьдесят: 70, восемьдесят: 80 },
  ...{ девяносто: 90, он: 10, жиырма: 20, отыз: 30, кырык: 40, елу: 50, алпыс: 60, жетпис: 70, сексен: 80, токсан: 90 },
};
const HUNDRED = new Set(["hundred", "сто", "жуз"]);

/** The words with every run of number words replaced by its digits: ["im", "twenty", "four"] → ["im", "24"]. */
export function withNumberWords(words: readonly string[]): string[] {
  const out: string[] = [];
  let value: number | undefined;
  let last: "hundred" | "tens" | "units" | undefined;
  const flush = () => {
    if (value !== undefined) out.push(String(value));
    value = undefined;
    last = undefined;
  };
  for (const word of words) {
    if (HUNDRED.has(word) && last === undefined) {
      value = 100;
      last = "hundred";
    } else if (word in TENS && (last === undefined || last === "hundred")) {
      value = (value ?? 0) + TENS[word]!;
      last = "tens";
    } else if (word in TEENS && (last === undefined || last === "hundred")) {
      value = (value ?? 0) + TEENS[word]!;
      last = "units";
    } else if (word in UNITS && last !== "units") {
      value = (value ?? 0) + UNITS[word]!;
      last = "units";
    } else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}
