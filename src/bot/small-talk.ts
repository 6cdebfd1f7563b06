/** A greeting or a thank-you, said on its own: the bot greets back or says "you're welcome" instead of searching. */
export type SmallTalk = "greeting" | "thanks";

const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

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

export function smallTalk(text: string): SmallTalk | undefined {
  const said = plain(text);
  if (GREETINGS.has(said)) return "greeting";
  if (THANKS.has(said)) return "thanks";
  return undefined;
}
