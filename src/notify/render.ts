import { dateAsReported, formatEventDate } from "../calendar/format.js";
import { electionOf } from "../calendar/schema.js";
import { escapeHtml, type TFunction } from "../i18n.js";
import { type Lang, sourceTitle } from "../knowledge/schema.js";
import type { Notice } from "./schedule.js";

/** A notice's text in one language: what was called or what is coming, its date, and where the calendar is. */
export function renderNotice(notice: Notice, lang: Lang, t: TFunction): string {
  const calendar = escapeHtml(notice.calendar.title[lang]);
  const raw = { interpolation: { escapeValue: false } };
  if (notice.kind === "called") {
    const election = electionOf(notice.calendar);
    // "Election called: the Kurultai election", not the block's title ("2026: the new Constitution and the Kurultai").
    const named = escapeHtml(notice.calendar.name?.[lang] ?? notice.calendar.title[lang]);
    const date = formatEventDate(election.date, election.time, lang);
    // A day only one report gives is announced with that report's name, as /calendar gives it.
    const source = escapeHtml(sourceTitle(election.source, lang));
    const when = dateAsReported(date, election, source, t);
    return t("notify.called", { calendar: named, date: when, ...raw });
  }
  const { event } = notice;
  return t("notify.reminder", {
    calendar,
    event: escapeHtml(event.title[lang]),
    date: formatEventDate(event.date, event.time, lang),
    ...raw,
  });
}
