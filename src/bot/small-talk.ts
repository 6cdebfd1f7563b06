import type { Lang } from "../knowledge/schema.js";
import { kazakhFold } from "../search/analysis/normalize.js";
import { osaDistance } from "../search/index/fuzzy-index.js";

/** Said on its own, not asked: the bot greets back, says "you're welcome" or goodbye, instead of searching. */
export type SmallTalk = "greeting" | "howAreYou" | "who" | "thanks" | "praise" | "sorry" | "bye" | "ack" | "complaint";

export interface SmallTalkReading {
  kind: SmallTalk;
  /** The language the words belong to, when only one has them ("спасибо" is Russian; "ок" is anyone's). */
  lang: Lang | undefined;
}

// Whole messages only: "сәлем, сайлау қашан?" is a question and is answered as one. Each language lists its words as
// people type them: with and without Kazakh letters, in Latin letters, shortened. A phrase that two languages' lists
// share once folded has no language of its own and is answered in the user's.
const PHRASES: Record<SmallTalk, Record<Lang, string[]>> = {
  greeting: {
    en: [
      "hello",
      "hi",
      "hey",
      "hiya",
      "hello there",
      "hi there",
      "hey there",
      "good morning",
      "good afternoon",
      "good evening",
      "greetings",
      "morning",
      "hey hey",
      "yo",
      // holidays, and a check that someone is there or that the bot works
      ...["happy new year", "merry christmas", "happy holidays", "seasons greetings", "happy nauryz", "eid mubarak"],
      ...["anyone there", "is anyone there", "anybody here", "anyone here", "are you there", "you there"],
      ...["test", "testing", "test test", "just testing", "are you working", "are you online", "does this work"],
    ],
    ru: [
      "привет",
      "приветик",
      "прив",
      "здравствуйте",
      "здравствуй",
      "здрасте",
      "здарова",
      "добрый день",
      "доброе утро",
      "добрый вечер",
      "приветствую",
      "хай",
      "privet",
      "zdravstvuyte",
      "dobryi den",
      "доброго дня",
      "салют",
      "здорово",
      "приветствую вас",
      "хелло",
      "доброго времени суток",
      ...["с новым годом", "с наступающим", "с наступающим новым годом", "с праздником", "с рождеством"],
      ...["с наурызом", "есть кто", "есть кто нибудь", "есть кто живой", "ты тут", "вы тут", "ты здесь", "алло", "ау"],
      ...["тест", "проверка", "проверка связи", "ты работаешь", "вы работаете", "работает"],
    ],
    kk: [
      "сәлем",
      "сәлеметсіз бе",
      "сәлеметсіздер ме",
      "қайырлы күн",
      "қайырлы таң",
      "қайырлы кеш",
      "ассалаумағалейкум",
      "салам алейкум",
      "salem",
      "sálem",
      "salemetsiz be",
      "qaiyrly kun",
      "assalaumagaleikum",
      "салам",
      "salam",
      "армысыз",
      "сәлеметсің бе",
      "саламатсыз ба",
      "ассаламуалейкум",
      "qaiyrly kesh",
      ...["жаңа жылыңыз құтты болсын", "жаңа жылың құтты болсын", "мерекеңіз құтты болсын", "наурыз құтты болсын"],
      ...["айт құтты болсын", "біреу бар ма", "бар ма біреу", "сен барсың ба", "мұндасың ба", "тест", "сынақ"],
      ...["жұмыс істеп тұрсың ба", "жұмыс істейсің бе", "zhana zhylynyz kutty bolsyn"],
    ],
  },
  howAreYou: {
    en: [
      "how are you",
      "how are you doing",
      "how r u",
      "how are u",
      "how is it going",
      "hows it going",
      "whats up",
      "how are things",
      "how have you been",
      "how do you do",
      "you ok",
      "how is your day",
      "how r u doing",
      "how are you doing",
      "how r u",
      "how you doing",
      "whats up",
      "what s up",
      "wassup",
      "sup",
    ],
    ru: [
      "как дела",
      "как твои дела",
      "как у тебя дела",
      "как ты",
      "как вы",
      "как сам",
      "как поживаешь",
      "как жизнь",
      "че как",
      "чё как",
      "kak dela",
      "как настроение",
      "как поживаете",
      "как ваши дела",
      "как оно",
      "как дела у тебя",
      "как день",
      "как ты",
      "как жизнь",
      "как поживаешь",
      "че как",
      "чё как",
      "как сам",
    ],
    kk: [
      "қалайсыз",
      "қалайсың",
      "қалың қалай",
      "жағдайың қалай",
      "жағдайыңыз қалай",
      "жағдай қалай",
      "қандай жағдай",
      "не жағдай",
      "жағдайлар қалай",
      "jagdai qalai",
      "zhagdai kalai",
      "халің қалай",
      "qalaisyz",
      "kalaisyz",
      "qalaisyn",
      "hal qalai",
      "жақсымысыз",
      "жақсымысың",
      "жақсы жүрсің бе",
      "жақсы жүргенсің бе",
      "хал жағдай қалай",
      "не жаңалық",
      "қалайсыздар",
      "қал қалай",
      "қалың қалай",
      "жағдай қалай",
      "жағдайың қалай",
      "жағдайыңыз қалай",
      "qal qalai",
      "jagdai qalai",
    ],
  },
  // "Who are you?", "are you a bot?" (read without the trailing "bot", as every phrase is), "what can you do?"
  who: {
    en: [
      "who are you",
      "what are you",
      "are you a",
      "are you a robot",
      "are you human",
      "are you a real person",
      "is this a",
      "what can you do",
      "what do you do",
      "are you a bot",
      "are you real",
      "who made you",
      "who created you",
      "what is this bot",
      "who built you",
      "tell me about yourself",
      "whats your name",
      "what is your name",
      "your name",
      "am i talking to a real person",
      "am i talking to a bot",
      "is this a real person",
      "bot or human",
    ],
    ru: [
      "кто ты",
      "кто ты такой",
      "кто ты такая",
      "ты кто такой",
      "кто ты вообще такой",
      "кто вы такие",
      "ты кто",
      "кто вы",
      "вы кто",
      "ты",
      "вы",
      "ты робот",
      "ты человек",
      "ты живой",
      "это",
      "что ты умеешь",
      "что умеешь",
      "что ты можешь",
      "kto ty",
      "ty",
      "ты бот",
      "вы бот",
      "кто тебя создал",
      "кто тебя сделал",
      "что это за бот",
      "расскажи о себе",
      "ты кто такой",
      "как тебя зовут",
      "как вас зовут",
      "ты бот или живой человек",
      "ты бот или человек",
      "это бот или человек",
      "я с ботом говорю",
    ],
    kk: [
      "сен кімсің",
      "кімсің",
      "сіз кімсіз",
      "сен",
      "сен адамсың ба",
      "сен ботсың ба",
      "бот па",
      "не істей аласың",
      "не білесің",
      "sen kimsin",
      "kimsin",
      "сені кім жасады",
      "бұл қандай бот",
      "өзің туралы айтшы",
      "сен бот па",
      "атың кім",
      "атыңыз кім",
      "сен ботсың ба әлде адамсың ба",
      "бот па адам ба",
      "сенің атың кім",
    ],
  },
  thanks: {
    en: [
      "thanks",
      "thank you",
      "thank you very much",
      "thanks a lot",
      "thank u",
      "thx",
      "tnx",
      "ty",
      "cheers",
      "thank you so much",
      "many thanks",
      "thanks so much",
      "appreciate it",
      "thanks for the help",
      "thanks for your help",
      "that helped",
      "you helped",
      "helped a lot",
      "thank you that helped",
    ],
    ru: [
      "спасибо",
      "дай бог здоровья",
      "дай бог тебе здоровья",
      "спасибо большое",
      "большое спасибо",
      "спасибочки",
      "благодарю",
      "спс",
      "пасиб",
      "пасибо",
      "мерси",
      "spasibo",
      "spasibo bolshoe",
      "sps",
      "спасибо огромное",
      "спасибо вам",
      "спасибо тебе",
      "благодарствую",
      "спасибо за помощь",
      "спасибо за ответ",
      "помог",
      "помогли",
      "очень помог",
      "спасибо помог",
    ],
    kk: [
      "рахмет",
      "көп жаса",
      "бақытты бол",
      "көп рахмет",
      "үлкен рахмет",
      "рахмет сізге",
      "рахмет саған",
      "рақмет",
      "raqmet",
      "rahmet",
      "rakhmet",
      "raxmet",
      "kop rahmet",
      "рахмет көмегіңізге",
      "алғыс айтамын",
      "рахмет жауабыңызға",
      "рахмет жауап үшін",
      "көмектестің",
      "көмектестіңіз",
      "көп көмектестің",
      "рахмет көмектестің",
    ],
  },
  praise: {
    en: [
      ...["thats useful", "thats helpful", "very useful", "very helpful", "useful", "helpful"],
      "well done",
      "awesome",
      "you are great",
      "youre great",
      "you are the best",
      "youre the best",
      "love it",
      "good job",
      "great job",
      "nice work",
      "good bot",
      "smart bot",
      "nice job",
      "good job",
      "great job",
      "cool",
      "awesome",
      "nice",
      "great",
      "you re awesome",
      "youre awesome",
      "great bot",
      "nice one",
      "nice bot",
      "cool bot",
      "amazing",
    ],
    ru: [
      "молодец",
      "красава",
      "умница",
      "ты лучший",
      "ты супер",
      "ты крутой",
      "отличный",
      "molodec",
      "классный бот",
      "хороший бот",
      "ты молодец",
      "умный бот",
      "крутой",
      "супер",
      "топ",
      "огонь",
      "классно",
      "круто",
      "респект",
      "красавчик",
      "классный",
      "ты классный",
      "лучший бот",
      "крутой бот",
    ],
    kk: [
      "жарайсың",
      "жарайсыз",
      "мықтысың",
      "азаматсың",
      "керемет екен",
      "zharaisyn",
      "jaraisyn",
      "тамаша",
      "керемет бот",
      "мықты бот",
      "жарайсың бот",
      "керемет",
      "мықты",
      "тамаша",
      "кереметсің",
      "мықты екенсің",
      "керемет екенсің",
      "жарайсың мықты",
      "азамат",
    ],
  },
  sorry: {
    en: [
      "sorry",
      "so sorry",
      "my bad",
      "oops",
      "sorry my mistake",
      "excuse me",
      "i apologize",
      "sorry about that",
      "wrong chat",
      "sorry wrong chat",
      "wrong person",
      "sent by mistake",
    ],
    ru: [
      "извините",
      "извини",
      "простите",
      "прости",
      "сорян",
      "сори",
      "пардон",
      "izvinite",
      "извиняюсь",
      "прошу прощения",
      "сорри",
      "не туда написал",
      "не туда написала",
      "ошибся",
      "ошиблась",
      "извините ошибся",
      "случайно отправил",
    ],
    kk: [
      "кешіріңіз",
      "кешір",
      "кешірім сұраймын",
      "ғафу етіңіз",
      "keshiriniz",
      "keshir",
      "кешіріңізші",
      "кешірерсіз",
      "қате жаздым",
      "қате жіберіп қойдым",
      "кешір қате жаздым",
      "абайсызда жіберіп қойдым",
    ],
  },
  bye: {
    en: [
      "bye",
      "goodbye",
      "bye bye",
      "see you",
      "see ya",
      "see you later",
      "cya",
      "good night",
      "have a nice day",
      "goodnight",
      "take care",
      "bye for now",
      "talk later",
    ],
    ru: [
      "пока",
      "пока пока",
      "до свидания",
      "досвидания",
      "до встречи",
      "до скорого",
      "всего доброго",
      "хорошего дня",
      "спокойной ночи",
      "poka",
      "do svidaniya",
      "до завтра",
      "всего хорошего",
      "удачи",
      "споки",
      "спокойной",
    ],
    kk: [
      "сау бол",
      "сау болыңыз",
      "сау болыңдар",
      "көріскенше",
      "қош бол",
      "қош болыңыз",
      "жақсы қал",
      "жақсы қалыңыз",
      "sau bol",
      "sau bolynyz",
      "kosh bol",
      "koriskenshe",
      "кездескенше",
      "қайырлы түн",
      "сау болыңыздар",
      "қош",
      "жақсы түн",
      "түн тыныш",
      "сау бол досым",
      "кош болыныз",
    ],
  },
  ack: {
    en: [
      "got it",
      "i see",
      "cool",
      "great",
      "good",
      "fine",
      "nice",
      "alright",
      "understood",
      "noted",
      "makes sense",
      "perfect",
      "ok got it",
      "i understand",
      "okay then",
      "fair enough",
    ],
    ru: [
      "хорошо",
      "понятно",
      "понял",
      "поняла",
      "ясно",
      "ясненько",
      "отлично",
      "супер",
      "класс",
      "круто",
      "ладно",
      "норм",
      "ponyatno",
      "horosho",
      "yasno",
      "понятненько",
      "принято",
      "ясно понятно",
      "все понятно",
      "всё ясно",
      "norm",
      "норм спасибо",
      "понял принял",
      "ok ponyal",
    ],
    kk: [
      "жақсы",
      "түсінікті",
      "түсіндім",
      "керемет",
      "жарайды",
      "мақұл",
      "болды",
      "jaqsy",
      "tusinikti",
      "tusindim",
      "keremet",
      "жақсы екен",
      "бәрі түсінікті",
      "түсінікті болды",
      "jaksy",
      "tusinikti",
      "жақсы түсінікті",
      "мақұл түсіндім",
    ],
  },
  // Frustration said to the bot ("ты бесполезный", "түк түсінбедім"): an apology and the menu, not "no reliable answer".
  complaint: {
    en: [
      "useless",
      "useless bot",
      "this is useless",
      "you re useless",
      "youre useless",
      "stupid bot",
      "you dont understand anything",
      "you don t understand",
      "you dont understand",
      "not helpful",
      "that didnt help",
      "that did not help",
      "ugh",
      "so frustrating",
      "frustrating",
      "this bot sucks",
      "you suck",
    ],
    ru: [
      "ты бесполезный",
      "бесполезный бот",
      "бесполезно",
      "ты тупой",
      "тупой бот",
      "ничего не понял",
      "ничего не поняла",
      "ничего не понятно",
      "бесит",
      "не помог",
      "не помогло",
      "ты не понимаешь",
      "ерунда",
      "бред",
      "ужас",
      "ты меня не понимаешь",
    ],
    kk: [
      "пайдасыз",
      "пайдасыз бот",
      "сен пайдасызсың",
      "пайдасызсың",
      "түк түсінбедім",
      "ештеңе түсінбедім",
      "ештеңе түсінікті емес",
      "ашуым келді",
      "ақымақ бот",
      "түсінбейсің",
      "сен түсінбейсің",
      "көмектеспедің",
      "көмегің жоқ",
    ],
  },
};

// Folded as the matcher folds Kazakh ("сәлем" and "салем" alike), with letters typed long ("привееет", "hiii")
// shortened and a bot addressed by name ("привет бот", "hi bot") read as the phrase itself.
const ADDRESS = /\s(бот|bot|ботик|бро|bro|дос|досым)$/u;
const plain = (s: string) =>
  kazakhFold(
    s
      .toLowerCase()
      // "what's", "you're": one word, as it is typed without the apostrophe too
      .replace(/['’]/gu, "")
      .replace(/[^\p{L}\s]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )
    .replace(/(\p{L})\1{2,}/gu, "$1")
    .replace(ADDRESS, "");

// Typed alike in every language of the chat ("ok" and "ок" by Kazakh and Russian speakers alike): answered in the
// chat's language.
const ANY_LANGUAGE = ["ok", "okay", "okey", "oki", "ок", "окей", "хаха", "ахаха", "haha", "лол", "lol"];

// Words that only soften or strengthen the phrases around them: "спасибо вам огромное", "thank you very very much",
// "ну ладно". Skipped between phrases, so long as something else in the message is small talk.
const SOFT = new Set(
  [
    "very",
    "much",
    "so",
    "really",
    "lot",
    "вам",
    "тебе",
    "очень",
    "огромное",
    "ну",
    "же",
    "сізге",
    "саған",
    // addressing the bot, or a friend, in the middle of a phrase: "керемет бот екен", "рахмет бауырым", "спасибо брат"
    "бот",
    "bot",
    "ботик",
    "екен",
    "екенсің",
    "екенсіз",
    "бауырым",
    "брат",
    "братан",
    "друг",
    "bro",
    "mate",
    "dude",
    "көп",
    "аса",
    "мүлдем",
    "ғой",
    "honestly",
    "ведь",
    "вообще",
    // an older voter's address: "спасибо, сынок", "рахмет, айналайын", "thanks, dear"
    ...["сынок", "сыночек", "дочка", "доченька", "милый", "милая", "дорогой", "дорогая", "родной", "родная"],
    ...["балам", "айналайын", "қарағым", "қарғам", "шырағым", "dear", "buddy", "pal"],
    ...["bauyrym", "dosym", "dos", "brat"],
    // "…, how are you doing, by the way?"
    ...["by", "the", "way", "btw"],
    // closing what was said: "thank you, that's all for now", "спасибо, это всё", "рахмет, әзірге бәрі осы"
    ...["thats", "all", "for", "now", "это", "всё", "все", "әзірге", "бәрі", "осы", "осымен"],
  ].map(plain),
);

const KNOWN = new Map<string, SmallTalkReading>();
for (const [kind, byLang] of Object.entries(PHRASES) as [SmallTalk, Record<Lang, string[]>][]) {
  for (const [lang, phrases] of Object.entries(byLang) as [Lang, string[]][]) {
    for (const phrase of phrases) {
      // Keyed as a message is read, without its softening words: "сен бот па" is found as "сен па".
      const words = plain(phrase).split(" ");
      const key = words.filter((w) => !SOFT.has(w)).join(" ") || words.join(" ");
      const seen = KNOWN.get(key);
      KNOWN.set(key, { kind: seen?.kind ?? kind, lang: seen && seen.lang !== lang ? undefined : lang });
      // Typed as one word too: "саламатсызба", "сәлеметсізбе", "thankyou".
      const glued = key.replaceAll(" ", "");
      if (glued !== key && !KNOWN.has(glued)) KNOWN.set(glued, KNOWN.get(key)!);
    }
  }
}

for (const phrase of ANY_LANGUAGE) KNOWN.set(plain(phrase), { kind: "ack", lang: undefined });
const LONGEST = Math.max(...[...KNOWN.keys()].map((key) => key.split(" ").length));

// One-word phrases of five letters or more, for a typo of one letter: "спасиба", "рахмт", "hellp", "здраствуйте".
const TYPO_FROM = 5;
const SINGLE = [...KNOWN.keys()].filter((key) => !key.includes(" ") && key.length >= TYPO_FROM);

/** A phrase as written, or a one-word phrase one typo away (the first found: they are all far apart). */
function known(key: string): SmallTalkReading | undefined {
  const exact = KNOWN.get(key);
  if (exact || key.includes(" ") || key.length < TYPO_FROM) return exact;
  const near = SINGLE.find((k) => Math.abs(k.length - key.length) <= 1 && osaDistance(k, key, 1) <= 1);
  return near === undefined ? undefined : KNOWN.get(near);
}

/**
 * A message of small talk phrases only: "спасибо", "рахмет, сау бол", "ok thanks", "Привет, как дела?". With
 * `lead`, the phrases that open it, whatever follows ("привет, как прошёл твой день": a greeting and then words).
 */
function reading(words: string[], lead = false): SmallTalkReading[] | undefined {
  if (words.length === 0) return [];
  // The longest phrase first, so "thank you very much" is one phrase and not "thank you" and a stray "very much".
  for (let end = Math.min(words.length, LONGEST); end > 0; end--) {
    const head = known(words.slice(0, end).join(" "));
    if (!head) continue;
    const rest = reading(words.slice(end), lead);
    if (rest) return [head, ...rest];
    if (lead) return [head];
  }
  return undefined;
}

const MAX_WORDS = 8;
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|[\s)(!.:;=-])+$/u;
// Laughter typed out, any length: "хаха", "ахахах", "hahaha", "lol", "lmao".
const LAUGHTER =
  /^(?:а?(?:ха)+х?|a?(?:ha)+h?|(?:хе){2,}|(?:he){2,}|l+o+l+|lmao|rofl|ржу|ору|ахах\p{L}*|кулкили|күлкілі)$/u;

/**
 * Small talk that opens a message which goes on in words of its own ("спасибо большое, очень выручили с ответом",
 * "привет, как прошёл твой день"): the bot says it only when the rest is no question it can answer or suggest for,
 * so "сәлем, сайлау қашан" is still answered. Up to MAX_WORDS words in all.
 */
export function smallTalkLead(text: string): SmallTalkReading | undefined {
  const words = plain(text)
    .split(" ")
    .filter((w) => w && !SOFT.has(w));
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  const parts = reading(words, true);
  return parts && parts.length > 0 ? combined(parts) : undefined;
}

export function smallTalk(text: string): SmallTalkReading | undefined {
  // 👍, 🙂 or ")))" alone is an acknowledgement, not an empty message.
  if (EMOJI_ONLY.test(text) && /\p{Extended_Pictographic}|\)/u.test(text)) return { kind: "ack", lang: undefined };
  const all = plain(text).split(" ").filter(Boolean);
  const words = all.filter((w) => !SOFT.has(w));
  // Counted without the softening words: "thanks, that's useful. how are you doing, by the way?" is short talk.
  if (all.length === 0 || words.length > MAX_WORDS) return undefined;
  // "ахаха", "ахаха күлкілі екен": laughter, with its softening words.
  if (words.length > 0 && words.every((w) => LAUGHTER.test(w))) return { kind: "ack", lang: undefined };
  const parts = reading(words.length > 0 ? words : all);
  if (!parts || parts.length === 0) return undefined;
  return combined(parts);
}

const FIRST_ANSWERED: readonly SmallTalk[] = ["bye", "thanks", "howAreYou", "who"];

/** "рахмет, сау бол" is a goodbye, "ok thanks" a thanks and "Привет, как дела?" a how-are-you (its reply greets too);
 * otherwise the first part is answered. */
function combined(parts: SmallTalkReading[]): SmallTalkReading {
  const has = (kind: SmallTalk) => parts.some((p) => p.kind === kind);
  // "hi, who are you?" asks who: its reply greets too (walkthrough 17).
  const kind = FIRST_ANSWERED.find(has) ?? parts[0]!.kind;
  const langs = new Set(parts.map((p) => p.lang).filter((l) => l !== undefined));
  return { kind, lang: langs.size === 1 ? [...langs][0] : undefined };
}
