// Short replies to a guided flow's question, read the way people type them in Kazakh, Russian and English.

/** Lower case, Kazakh letters folded to their Russian look-alikes (people often type without them), punctuation out. */
export function foldReply(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[’'`ʼ]/g, "")
    .replace(/[әөүұіқңғһё]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const FOLD: Record<string, string> = { ә: "а", ө: "о", ү: "у", ұ: "у", і: "и", қ: "к", ң: "н", ғ: "г", һ: "х", ё: "е" };

const YES_WORDS = new Set([
  "yes",
  "y",
  "yeah",
  "yep",
  "yup",
  "sure",
  "correct",
  "true",
  "right",
  "да",
  "ага",
  "угу",
  "конечно",
  "верно",
  "точно",
  "есть",
  "иа",
  "ия",
  "ие",
  "иэ",
  "йа",
  "арине",
  "естественно",
  "разумеется",
  "безусловно",
  "absolutely",
  "definitely",
  // "Have you turned 18?" — "исполнилось", "толдым".
  "исполнилось",
  "толдым",
  "бар",
  "дурыс",
  // Kazakh and Russian typed in Latin letters.
  "ia",
  "iya",
  "ie",
  "da",
  "durys",
]);
const NO_WORDS = new Set([
  "no",
  "n",
  "nope",
  "nah",
  "нет",
  "никогда",
  "never",
  "ешкашан",
  "неа",
  "нету",
  "не",
  "жок",
  "jok",
  "zhok",
  "joq",
  "zhoq",
  "net",
]);
// Words that turn a yes into a no or the other way round: "жоқ емес" (not no), "not really", "не совсем".
const NEGATORS = new Set(["not", "never", "емес", "не", "ни"]);
const FILLERS = new Set([
  "i",
  "am",
  "im",
  "do",
  "have",
  "is",
  "it",
  "of",
  "course",
  "я",
  "есть",
  "мен",
  "менде",
  "ok",
  "okay",
  "ок",
  "еще",
  "было",
  "была",
  "был",
  "yet",
  "гой",
  "кой",
]);
// Words a reply may open with before its yes or no: "ну да", "ещё нет", "пока нет", "әлі жоқ", "well, no".
const OPENING = new Set(["ну", "еще", "пока", "well", "али", "хм", "ой"]);
// "Of course" said before a no strengthens the no: "конечно нет", "әрине жоқ", "of course not".
const INTENSIFIERS = new Set(["конечно", "естественно", "разумеется", "арине", "безусловно", "course"]);

export type YesNo = "yes" | "no";

// A yes or no set off by a comma or a dash, then said again in the reply's own words: "нет, не признавал",
// "иә, азаматымын", "no - never been in prison". A "but" after it qualifies it, so it is left to the buttons.
const LEAD = /^\s*([\p{L}]+)\s*[,.!;:—–-]\s*(\S.*)$/su;
const BUT = new Set(["but", "но", "однако", "хотя", "бірақ", "бирак", "алайда", "тек"]);

function readLead(text: string): YesNo | undefined {
  const lead = LEAD.exec(text);
  // "yes, when were the elections?" is a question after all, and answered as one.
  if (!lead || lead[2]!.includes("?")) return undefined;
  const first = foldReply(lead[1]!);
  const rest = foldReply(lead[2]!).split(" ");
  if (BUT.has(rest[0]!) || rest.includes("емес")) return undefined;
  if (NO_WORDS.has(first)) return "no";
  if (YES_WORDS.has(first) && !NO_WORDS.has(rest[0]!)) return "yes";
  return undefined;
}

// "Don't know yet", said of something that is not up to the voter (whether a party will list them). Elsewhere "пока
// нет" and "not yet" are a no, and read as one.
const DONT_KNOW = new Set([
  ...["не знаю", "пока не знаю", "еще не знаю", "я не знаю", "не уверен", "не уверена", "хз", "неизвестно"],
  ...["don t know", "dont know", "i don t know", "i dont know", "not sure", "not sure yet", "don t know yet"],
  ...["dont know yet", "idk", "no idea"],
  ...["билмеймин", "али билмеймин", "белгисиз", "bilmeimin", "ne znayu"],
  // "не помню" opens with the "не" of "не судим": read as a plain no, it gave a requirement the voter never answered.
  ...["не помню", "я не помню", "уже не помню", "не могу сказать", "не могу ответить", "не скажу", "сложно сказать"],
  ...["трудно сказать", "затрудняюсь ответить", "не знаю точно", "айта алмаймын", "есимде жок", "кайдам"],
  ...["can t say", "cant say", "don t remember", "dont remember", "i don t remember", "i dont remember"],
]);

// A question word after the yes makes the reply a question ("да когда выборы"), not an answer.
const ASKING = new Set(
  ["когда", "где", "как", "что", "кто", "почему", "сколько", "when", "where", "how", "what", "who", "why"]
    .concat(["қашан", "қайда", "қалай", "не", "кім", "неге", "қанша", "неше"])
    .map(foldReply),
);

// Words that make a message a question whatever it opens with: "мне 72 года, могу ли я проголосовать дома",
// "ия, кашан сайлау", "I'm 72, can I vote from home".
const QUESTION_MARKERS = new Set(
  // Kazakh "не" (what) is left out: it is also Russian "не" (not) in "нет, не судим".
  [
    ...[...ASKING].filter((w) => w !== "не"),
    "ли",
    "можно",
    "могу",
    "can",
    "could",
    "should",
    "may",
    "must",
    "ма",
    "ме",
    "ба",
    "бе",
    "па",
    "пе",
  ]
    .concat(["бола", "болама", "болады", "бере", "мумкин", "спросить", "вопрос", "сурак", "question", "ask"])
    .map(foldReply),
);

/**
 * Whether a message asks something: a question mark, a question word or particle, or more words than a flow step's
 * answer takes. Such a message is a question even when it opens with a yes, a no or an age.
 */
export function asksSomething(text: string): boolean {
  if (text.includes("?")) return true;
  const words = foldReply(text).split(" ").filter(Boolean);
  return words.length > 6 || words.some((w) => QUESTION_MARKERS.has(w));
}

// "иә толды" (yes, I have turned 18), "да живу", "нет мне 16": a yes or no, then a few words of the reply's own,
// with no comma. Read only when nothing after it negates, hedges or asks, and only at a flow's yes/no step: outside
// one, "нет паспорта" is the start of a question, not an answer.
export function readSpacedYesNo(text: string): YesNo | undefined {
  if (text.includes("?")) return undefined;
  const words = foldReply(text).split(" ").filter(Boolean);
  const [first, ...rest] = words;
  if (!first || rest.length === 0 || rest.length > 3 || DONT_KNOW.has(words.join(" "))) return undefined;
  if (BUT.has(rest[0]!) || rest.includes("емес") || rest.some((w) => ASKING.has(w))) return undefined;
  if (DONT_KNOW.has(rest.join(" "))) return undefined;
  if (YES_WORDS.has(first)) return rest.some((w) => NEGATORS.has(w) || NO_WORDS.has(w)) ? undefined : "yes";
  if (NO_WORDS.has(first)) return rest.some((w) => YES_WORDS.has(w)) ? undefined : "no";
  return undefined;
}

/** "Yes" or "no" when the whole reply means one of them ("да", "иә", "of course", "жоқ", "no, I am not"), else undefined. */
export function readYesNo(text: string): YesNo | undefined {
  return readShort(text) ?? readLead(text);
}

function readShort(text: string): YesNo | undefined {
  const all = foldReply(text).split(" ").filter(Boolean);
  const opening = all.findIndex((w) => !OPENING.has(w));
  const words = opening < 0 ? [] : all.slice(opening);
  const [first, ...rest] = words;
  if (!first) return undefined;
  if (words.length > 4) return undefined;
  if (words.join(" ") === "of course" || words.join(" ") === "конечно да") return "yes";
  if (words.join(" ") === "not yet") return "no";
  const afterOf = words[0] === "of" ? rest : words;
  if (
    INTENSIFIERS.has(afterOf[0]!) &&
    afterOf.length > 1 &&
    afterOf.slice(1).every((w) => NO_WORDS.has(w) || NEGATORS.has(w))
  )
    return "no";
  const isYes = YES_WORDS.has(first);
  const isNo = NO_WORDS.has(first);
  if (!isYes && !isNo) return undefined;
  if (isNo) {
    // "нет, не" / "no, I am not" / "нет конечно" stay a no; "жоқ емес" (not no) and "не знаю" (don't know) are no answer.
    if (rest.includes("емес")) return undefined;
    const stillNo = (w: string) => FILLERS.has(w) || NEGATORS.has(w) || NO_WORDS.has(w) || INTENSIFIERS.has(w);
    return rest.every(stillNo) ? "no" : undefined;
  }
  if (rest.some((w) => NEGATORS.has(w) || NO_WORDS.has(w))) return undefined;
  return rest.every((w) => FILLERS.has(w) || YES_WORDS.has(w)) ? "yes" : undefined;
}

const BACK = new Set([
  "back",
  "go back",
  "previous",
  "назад",
  "вернуться",
  "вернуться назад",
  "обратно",
  "артка",
  "кайту",
  "артка кайту",
  "алдынгы",
  "nazad",
  "artqa",
  "artka",
]);
const RESTART = new Set([
  "start over",
  "restart",
  "заново",
  "сначала",
  "начать заново",
  "басынан",
  "басынан бастау",
  "кайта бастау",
  "zanovo",
  "basynan",
]);

/** A typed "назад", "артқа" or "back": the same as the Back button. */
export function isBackReply(text: string): boolean {
  return BACK.has(foldReply(text));
}

// "не знаю пока", "честно, не знаю", "әлі білмеймін ғой": the same "don't know" with a word that only softens or
// dates it. Walkthrough 19: "не знаю пока" at the party-list step read as a no gave a false "you cannot stand".
const SOFTENERS = new Set(
  ["пока", "еще", "ещё", "честно", "вообще", "точно", "әлі", "әзірге", "ғой", "yet", "still", "honestly", "really"].map(
    foldReply,
  ),
);

/** A typed "не знаю", "білмеймін" or "not sure yet". */
export function isDontKnowReply(text: string): boolean {
  const folded = foldReply(text);
  if (DONT_KNOW.has(folded)) return true;
  const plain = folded
    .split(" ")
    .filter((w) => !SOFTENERS.has(w))
    .join(" ");
  return plain !== folded && DONT_KNOW.has(plain);
}

// Asked of what is not up to the voter ("Will a party put you on its list?"), "maybe" and "not yet" say it is still
// open, not that it will not happen.
const UNDECIDED = new Set(
  [
    ...["maybe", "perhaps", "possibly", "probably", "hopefully", "i hope so", "not yet", "not yet sure", "we ll see"],
    ...["возможно", "может быть", "может", "наверное", "надеюсь", "пока нет", "еще нет", "посмотрим", "vozmozhno"],
    ...["мүмкін", "мүмкін болар", "шығар", "әлі жоқ", "әлі белгісіз", "әзірге жоқ", "mumkin", "ali joq", "ali zhok"],
  ].map(foldReply),
);

/** "Не знаю", and also "maybe" or "not yet": an answer that leaves open what is not the voter's to decide. */
export function isUndecidedReply(text: string): boolean {
  return isDontKnowReply(text) || UNDECIDED.has(foldReply(text));
}

/** A typed "заново", "басынан" or "start over": the same as the Start over button. */
export function isRestartReply(text: string): boolean {
  return RESTART.has(foldReply(text));
}

/** The words by which a reply says what a yes/no step asks about, folded: "я гражданин РК", "азаматымын". */
export const CLAIMS = {
  // "I am a Russian citizen" states a citizenship, but not Kazakhstan's: a no, unless Kazakhstan is named too.
  citizen: {
    // "azamatymyn": Kazakh typed in Latin letters (walkthrough 18)
    stems: ["citizen", "граждан", "азамат", "azamat", "grazhdan"],
    home: ["казах", "казак", "kazakh", "kazak", "qazaq", "рк", "rk", "kz", "кр"],
    other: [
      ...["росси", "russia", "ресей", "рф", "rf", "узбек", "uzbek", "өзбек", "кыргыз", "киргиз", "kyrgyz", "қырғыз"],
      ...["китай", "кытай", "china", "chinese", "таджик", "тәжік", "tajik", "туркмен", "turkmen", "турци", "түркия"],
      ...["turkey", "turkish", "украин", "ukrain", "беларус", "belarus", "монгол", "mongol", "америк", "american"],
      ...["usa", "сша", "герман", "german", "корей", "корея", "korea", "иностран", "foreign", "шетел", "другой"],
      ...["другого", "другое", "other", "another", "басқа", "stateless"],
    ],
  },
  // "не судим", "судимости нет", "соттылығым жоқ", "never convicted", "no record"; an expunged record is no record
  // that stops a candidate ("была, но погашена", "өтелген", "it was expunged").
  record: {
    stems: ["судим", "convict", "record", "соттыл", "соттал", "привлека"],
    none: ["погаш", "снят", "expunged", "spent", "отелген", "жойыл", "clean", "чист", "таза"],
  },
} as const;

export interface Claim {
  readonly stems: readonly string[];
  /** Words that, said of the fact, mean it does not hold: an expunged record, a clean one. */
  readonly none?: readonly string[];
  /** Words that name the fact's own object ("of Kazakhstan"); whole words when short ("рк"), else stems. */
  readonly home?: readonly string[];
  /** Words that name another object of the same kind ("Russian"): the fact stated of it is a no to this one. */
  readonly other?: readonly string[];
}

// A short marker ("рк", "kz") is a word of its own; a longer one is the start of one ("россии", "kazakhstan").
const names = (words: readonly string[], markers: readonly string[] | undefined) =>
  (markers ?? []).map(foldReply).some((m) => words.some((w) => (m.length <= 3 ? w === m : w.startsWith(m))));

// "Лицо без гражданства", "without citizenship": the fact denied by a preposition.
const CLAIM_NEGATORS = new Set(["без", "without"]);

// A Kazakh verb or noun negated inside the word: "сотталмағанмын" (I was not convicted) is "соттал" + "ма".
const KAZAKH_NEGATION = ["ма", "ме", "ба", "бе", "па", "пе"];

/**
 * A reply that states the step's fact instead of saying yes ("я гражданин РК", "I'm a citizen", "азаматымын") or
 * denies it ("не гражданин", "not a citizen", "азаматы емеспін"); undefined when it does not name the fact, or is long.
 */
export function readClaim(text: string, claim: Claim): YesNo | undefined {
  const words = foldReply(text).split(" ").filter(Boolean);
  if (words.length === 0 || words.length > 8) return undefined;
  const stems = claim.stems.map(foldReply);
  const negatedInside = words.some((w) => stems.some((s) => KAZAKH_NEGATION.some((n) => w.startsWith(s + n))));
  const denied =
    negatedInside ||
    words.some(
      (w) =>
        NEGATORS.has(w) || NO_WORDS.has(w) || CLAIM_NEGATORS.has(w) || w.startsWith("емес") || w.startsWith("emes"),
    );
  // "была, но погашена" is no record; "не погашена" is left to the buttons.
  if (names(words, claim.none)) return denied ? undefined : "no";
  const named = words.some((w) => stems.some((s) => w.startsWith(s)));
  if (!named) return undefined;
  if (names(words, claim.other)) return denied || names(words, claim.home) ? undefined : "no";
  return denied ? "no" : "yes";
}
