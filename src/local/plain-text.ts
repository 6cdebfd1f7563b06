const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"' };

export function htmlToPlain(html: string): string {
  return html
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (_, url: string, title: string) => `${title} (${url})`)
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|amp|quot);/g, (m) => ENTITIES[m] ?? m);
}
