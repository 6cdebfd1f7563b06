import { escapeHtml, type TFunction } from "../../i18n.js";
import { SOURCES, type SourceId } from "../../rules/sources.js";

const ADILET_ENGLISH = "https://adilet.zan.kz/eng/";

// Official legal texts on adilet.zan.kz exist in Kazakh, Russian and English: link the reader's language.
function localized(url: string, t: TFunction): string {
  return url.startsWith(ADILET_ENGLISH)
    ? `https://adilet.zan.kz/${t("flow.adiletLanguage")}/${url.slice(ADILET_ENGLISH.length)}`
    : url;
}

export function sourceLinks(ids: readonly SourceId[], t: TFunction): string {
  return ids.map((id) => `<a href="${escapeHtml(localized(SOURCES[id], t))}">${t(`flow.source.${id}`)}</a>`).join("; ");
}
