import type { UserFromGetMe } from "grammy/types";
import { contractProblem } from "./telegram-contract.js";

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: "Saylau",
  username: "saylau_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  result?: unknown;
}

export type Responder = (call: ApiCall) => unknown;

const MAX_REMEMBERED_QUERIES = 10_000;

export interface Violation {
  method: string;
  problem: string;
}

// A Bot API stand-in at the fetch level, so calls made by conversations (through their own Api) are seen too.
export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  /** Calls the real Bot API would have rejected (telegram-contract.ts); each was answered with its 400. */
  readonly violations: Violation[] = [];
  private nextMessageId = 1;
  private readonly answeredQueries = new Set<string>();
  private readonly contract: boolean;

  /** `contract: false` skips the Bot API rules, for the bench, whose fake should cost what Telegram's network does. */
  constructor(options: { contract?: boolean } = {}) {
    this.contract = options.contract ?? true;
  }
  private readonly overrides: Responder[] = [];

  readonly fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = url.slice(url.lastIndexOf("/") + 1);
    const body = init?.body;
    const payload = typeof body === "string" && body.length > 0 ? (JSON.parse(body) as Record<string, unknown>) : {};
    const call = { method, payload };
    for (const respond of this.overrides) {
      const custom = respond(call);
      if (custom instanceof Response) return custom;
      if (custom !== undefined) return this.json({ ok: true, result: custom });
    }
    const problem = this.problem(call);
    if (problem) {
      this.violations.push({ method, problem });
      return this.json({ ok: false, error_code: 400, description: `Bad Request: ${problem}` }, 400);
    }
    const result = this.result(call);
    this.calls.push({ ...call, result });
    return this.json({ ok: true, result });
  }) as typeof fetch;

  /** Lets a test answer some calls itself: return a Response, a result, or undefined for the default. */
  intercept(responder: Responder): void {
    this.overrides.push(responder);
  }

  take(): ApiCall[] {
    return this.calls.splice(0, this.calls.length);
  }

  private json(body: unknown, status = 200): Response {
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  }

  private problem({ method, payload }: ApiCall): string | undefined {
    if (!this.contract) return undefined;
    if (method === "answerCallbackQuery") {
      const id = String(payload.callback_query_id ?? "");
      if (this.answeredQueries.has(id)) return "query is too old and response timeout expired or query ID is invalid";
      this.answeredQueries.add(id);
      // Telegram forgets a query after a few minutes; a long terminal chat must not keep every id.
      if (this.answeredQueries.size > MAX_REMEMBERED_QUERIES)
        this.answeredQueries.delete(this.answeredQueries.values().next().value!);
    }
    return contractProblem(method, payload);
  }

  private result({ method, payload }: ApiCall): unknown {
    const now = Math.floor(Date.now() / 1000);
    const chat = { id: Number(payload.chat_id ?? 0), type: "private" as const };
    switch (method) {
      case "getMe":
        return LOCAL_BOT_INFO;
      case "sendMessage":
        return { message_id: this.nextMessageId++, date: now, chat, text: payload.text, from: LOCAL_BOT_INFO };
      case "editMessageText":
        return { message_id: Number(payload.message_id ?? 0), date: now, chat, text: payload.text };
      default:
        return true;
    }
  }
}
