import { isLang, type Lang } from "../knowledge/schema.js";
import { START_PAYLOAD_MAX } from "../telegram-limits.js";

const PAYLOAD = new RegExp(`^[A-Za-z0-9_-]{1,${START_PAYLOAD_MAX}}$`);
export const FLOW_PAYLOADS = ["eligibility", "voting"] as const;

export type StartTarget =
  | { kind: "answer"; entryId: string }
  | { kind: "flow"; flow: (typeof FLOW_PAYLOADS)[number] }
  | { kind: "calendar" }
  | { kind: "language"; lang: Lang };

export function answerPayload(entryId: string): string | undefined {
  const payload = `a-${entryId}`;
  return PAYLOAD.test(payload) ? payload : undefined;
}

export function parsePayload(payload: string): StartTarget | undefined {
  if (!PAYLOAD.test(payload)) return undefined;
  if (payload.startsWith("a-")) return { kind: "answer", entryId: payload.slice(2) };
  if (payload.startsWith("lang-")) {
    const lang = payload.slice(5);
    return isLang(lang) ? { kind: "language", lang } : undefined;
  }
  if (payload === "calendar") return { kind: "calendar" };
  const flow = FLOW_PAYLOADS.find((f) => f === payload);
  return flow ? { kind: "flow", flow } : undefined;
}

export function startLink(botUsername: string, payload: string): string {
  return `https://t.me/${botUsername}?start=${payload}`;
}

export function shareLink(url: string, text: string): string {
  return `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}`;
}
