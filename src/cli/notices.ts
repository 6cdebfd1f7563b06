import { loadCalendars } from "../calendar/load.js";
import { kazakhstanDay, parseInstant } from "../clock.js";
import { createI18n } from "../i18n.js";
import { isLang, type Lang } from "../knowledge/schema.js";
import { htmlToPlain } from "../local/plain-text.js";
import { noticesOnDay } from "../notify/preview.js";
import { renderNotice } from "../notify/render.js";
import { toolArgs } from "./args.js";
import { localConfig } from "./local-config.js";
import { exitQuietlyWhenOutputCloses } from "./quiet-pipe.js";

// Lists the notices a given day would send, without sending anything: a curator's preview of calendar.yaml.
exitQuietlyWhenOutputCloses();
const usage = "usage: npm run --silent notices -- [--at YYYY-MM-DD] [--lang kk|ru|en] [--knowledge DIR]";
const { values } = toolArgs("notices", usage, {
  options: { at: { type: "string" }, lang: { type: "string", default: "en" }, knowledge: { type: "string" } },
});
if (!isLang(values.lang)) {
  console.error(`notices: --lang must be kk, ru or en (got "${values.lang}")\n${usage}`);
  process.exit(2);
}
const lang: Lang = values.lang;
let at: Date | undefined;
if (values.at !== undefined) {
  const parsed = parseInstant(values.at.slice(0, 10));
  if (!parsed) {
    console.error(`notices: --at must be a date such as 2029-03-01 (got "${values.at}")\n${usage}`);
    process.exit(2);
  }
  at = parsed;
}
// Without --at the day is the bot's own: BOT_NOW, else today, both in Kazakhstan time.
const dayText = kazakhstanDay(at ?? localConfig("notices").BOT_NOW ?? new Date());
const day = parseInstant(dayText)!;
const t = createI18n()(lang);
const notices = noticesOnDay(loadCalendars(values.knowledge), day);
if (notices.length === 0) {
  console.log(`${dayText}: no notice would be sent.`);
} else {
  console.log(
    `${dayText}: ${notices.length} notice(s) would be sent to each subscriber who has not had them (nothing is sent here).`,
  );
  for (const notice of notices) {
    const when = notice.kind === "called" ? "once, at the first check of the day" : notice.at.toISOString();
    console.log(`\n• ${notice.id} (${when})\n${htmlToPlain(renderNotice(notice, lang, t))}`);
  }
}
