import type { Lang } from "../knowledge/schema.js";
import { kazakhFold } from "../search/analysis/normalize.js";

/** Said on its own, not asked: the bot greets back, says "you're welcome" or goodbye, instead of searching. */
export type SmallTalk = "greeting" | "howAreYou" | "who" | "thanks" | "praise" | "sorry" | "bye" | "ack";

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
      "халің қалай",
      "qalaisyz",
      "kalaisyz",
      "qalaisyn",
      "hal qalai",
      "жақсымысыз",
      "жақсымысың",
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
    ],
    ru: [
      "кто ты",
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
    ],
  },
  praise: {
    en: [
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
    "бауырым",
    "брат",
    "братан",
    "друг",
    "bro",
    "mate",
    "dude",
    "көп",
    "аса",
    // an older voter's address: "спасибо, сынок", "рахмет, айналайын", "thanks, dear"
    ...["сынок", "сыночек", "дочка", "доченька", "милый", "милая", "дорогой", "дорогая", "родной", "родная"],
    ...["балам", "айналайын", "қарағым", "қарғам", "шырағым", "dear", "buddy", "pal"],
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
    }
  }
}

for (const phrase of ANY_LANGUAGE) KNOWN.set(plain(phrase), { kind: "ack", lang: undefined });

/** A message of small talk phrases only: "спасибо", "рахмет, сау бол", "ok thanks", "Привет, как дела?". */
function reading(words: string[]): SmallTalkReading[] | undefined {
  if (words.length === 0) return [];
  // The longest phrase first, so "thank you very much" is one phrase and not "thank you" and a stray "very much".
  for (let end = Math.min(words.length, 4); end > 0; end--) {
    const head = KNOWN.get(words.slice(0, end).join(" "));
    if (!head) continue;
    const rest = reading(words.slice(end));
    if (rest) return [head, ...rest];
  }
  return undefined;
}

const MAX_WORDS = 8;
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|[\s)(!.:;=-])+$/u;
// Laughter typed out, any length: "хаха", "ахахах", "hahaha", "lol", "lmao".
const LAUGHTER = /^(?:а?(?:ха)+х?|a?(?:ha)+h?|(?:хе){2,}|(?:he){2,}|l+o+l+|lmao|rofl|ржу)$/u;

export function smallTalk(text: string): SmallTalkReading | undefined {
  // 👍, 🙂 or ")))" alone is an acknowledgement, not an empty message.
  if (EMOJI_ONLY.test(text) && /\p{Extended_Pictographic}|\)/u.test(text)) return { kind: "ack", lang: undefined };
  const all = plain(text).split(" ").filter(Boolean);
  if (all.length === 0 || all.length > MAX_WORDS) return undefined;
  if (all.every((w) => LAUGHTER.test(w))) return { kind: "ack", lang: undefined };
  const words = all.filter((w) => !SOFT.has(w));
  const parts = reading(words.length > 0 ? words : all);
  if (!parts || parts.length === 0) return undefined;
  // "рахмет, сау бол" is a goodbye, "ok thanks" a thanks and "Привет, как дела?" a how-are-you (its reply greets too);
  // otherwise the first part is answered.
  const has = (kind: SmallTalk) => parts.some((p) => p.kind === kind);
  const kind = has("bye") ? "bye" : has("thanks") ? "thanks" : has("howAreYou") ? "howAreYou" : parts[0]!.kind;
  const langs = new Set(parts.map((p) => p.lang).filter((l) => l !== undefined));
  return { kind, lang: langs.size === 1 ? [...langs][0] : undefined };
}
