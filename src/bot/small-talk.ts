import { kazakhFold } from "../search/analysis/normalize.js";

/** Said on its own, not asked: the bot greets back, says "you're welcome" or goodbye, instead of searching. */
export type SmallTalk = "greeting" | "howAreYou" | "thanks" | "bye" | "ack";

// Folded as the matcher folds Kazakh ("сәлем" and "салем" alike), with letters typed long ("привееет", "hiii")
// shortened and a bot addressed by name ("привет бот", "hi bot") read as the greeting itself.
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

// Whole messages only: "сәлем, сайлау қашан?" is a question and is answered as one.
const GREETINGS = new Set([
  "hello",
  "hi",
  "hey",
  "hello there",
  "hi there",
  "good morning",
  "good afternoon",
  "good evening",
  "привет",
  "здравствуйте",
  "здравствуй",
  "добрый день",
  "доброе утро",
  "добрый вечер",
  "салам",
  "приветствую",
  "сәлем",
  "салем",
  "сәлеметсіз бе",
  "салеметсиз бе",
  "салеметсіз бе",
  "қайырлы күн",
  "кайырлы кун",
  "sálem",
  "salem",
  "salemetsiz be",
  "assalaumagaleikum",
  "ассалаумағалейкум",
  "ассалаумагалейкум",
]);
const THANKS = new Set([
  "thanks",
  "thank you",
  "thank you very much",
  "thanks a lot",
  "thx",
  "ty",
  "cheers",
  "спасибо",
  "спасибо большое",
  "большое спасибо",
  "благодарю",
  "спс",
  "пасиб",
  "пасибо",
  "рахмет",
  "рақмет",
  "көп рахмет",
  "коп рахмет",
  "рахмет сізге",
  "рахмет сизге",
  "raqmet",
  "rahmet",
]);

const HOW_ARE_YOU = new Set([
  "how are you",
  "how are you doing",
  "how is it going",
  "hows it going",
  "whats up",
  "как дела",
  "как ты",
  "как вы",
  "как поживаешь",
  "как жизнь",
  "че как",
  "чё как",
  "qalaisyz",
  "kalaisyz",
  "қалайсыз",
  "қалайсың",
  "қалың қалай",
  "жағдайың қалай",
  "жағдайыңыз қалай",
  "халің қалай",
  "kak dela",
  "hal qalai",
]);
const BYE = new Set([
  "bye",
  "goodbye",
  "bye bye",
  "see you",
  "good night",
  "пока",
  "до свидания",
  "досвидания",
  "до встречи",
  "всего доброго",
  "спокойной ночи",
  "сау бол",
  "сау болыңыз",
  "көріскенше",
  "қош бол",
  "қош болыңыз",
  "sau bol",
  "poka",
]);
const ACK = new Set([
  "ok",
  "okay",
  "okey",
  "oki",
  "got it",
  "i see",
  "cool",
  "great",
  "good",
  "fine",
  "ок",
  "окей",
  "хорошо",
  "понятно",
  "понял",
  "поняла",
  "ясно",
  "отлично",
  "супер",
  "класс",
  "ладно",
  "жақсы",
  "түсінікті",
  "түсіндім",
  "тусиндим",
  "керемет",
  "жарайды",
  "мақұл",
  "болды",
  "ponyatno",
  "horosho",
  "jaqsy",
  "tusinikti",
]);

const folded = (words: Set<string>) => new Set([...words].map(plain));
const KINDS: [SmallTalk, Set<string>][] = [
  ["greeting", folded(GREETINGS)],
  ["howAreYou", folded(HOW_ARE_YOU)],
  ["thanks", folded(THANKS)],
  ["bye", folded(BYE)],
  ["ack", folded(ACK)],
];

const kindOf = (said: string) => KINDS.find(([, words]) => words.has(said))?.[0];

export function smallTalk(text: string): SmallTalk | undefined {
  const said = plain(text);
  const whole = kindOf(said);
  if (whole) return whole;
  // "Привет, как дела?" is a greeting and a how-are-you: greet back once. "Hi, how do I vote" is a question.
  const parts = said.split(/\s(?=как |how |қалай|калай|жағдай|жагдай)/u);
  const kinds = parts.map(kindOf);
  return parts.length === 2 && kinds.every(Boolean) ? kinds[0] : undefined;
}
