import { escapeHtml, type TFunction } from "../../i18n.js";
import { type AdiletLanguage, adiletIn } from "../../knowledge/source-url.js";
import { SOURCES, type SourceId } from "../../rules/sources.js";

// Official legal texts on adilet.zan.kz: link the reader's language (flow.adiletLanguage is its folder there).
export function sourceLinks(ids: readonly SourceId[], t: TFunction): string {
  const language = t("flow.adiletLanguage") as AdiletLanguage;
  return ids
    .map((id) => `<a href="${escapeHtml(adiletIn(SOURCES[id], language))}">${t(`flow.source.${id}`)}</a>`)
    .join("; ");
}
