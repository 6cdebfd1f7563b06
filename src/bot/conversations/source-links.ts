import { escapeHtml, langOf, type TFunction } from "../../i18n.js";
import { sourceHref } from "../../knowledge/source-url.js";
import { SOURCES, type SourceId } from "../../rules/sources.js";

// Official legal texts on adilet.zan.kz: linked in the reader's language, as an answer's sources are.
export function sourceLinks(ids: readonly SourceId[], t: TFunction): string {
  return ids
    .map((id) => `<a href="${escapeHtml(sourceHref(SOURCES[id], langOf(t)))}">${t(`flow.source.${id}`)}</a>`)
    .join("; ");
}
