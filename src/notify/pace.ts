/** Time as the pacer sees it: real by default, virtual in tests so 10,000 messages need no real minutes. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref?.()),
};

/**
 * At most `perSecond` sends in any window of one second (a sliding log, not a bucket, so no second ever holds a
 * burst), at most one per chat per `perChatMs`, and a pause for everyone after a 429.
 *
 * Hand-written rather than a rate-limit library: it must run on the injected clock (the 10,000-subscriber test runs
 * in virtual time) and a 429 must pause every send, not one job; BullMQ's own limiter does the cross-instance part.
 */
export class Pacer {
  private readonly sent: number[] = [];
  private readonly lastByChat = new Map<number, number>();
  private pausedUntil = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly perSecond: number,
    private readonly perChatMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  /** Resolves when a message to `chatId` may go; calls are served in order. */
  take(chatId: number): Promise<void> {
    const turn = this.chain.then(() => this.wait(chatId));
    this.chain = turn.catch(() => {});
    return turn;
  }

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }

  private async wait(chatId: number): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.sent.length > 0 && this.sent[0]! <= now - 1000) this.sent.shift();
      const waits = [this.pausedUntil - now, (this.lastByChat.get(chatId) ?? -Infinity) + this.perChatMs - now];
      if (this.sent.length >= this.perSecond) waits.push(this.sent[0]! + 1000 - now);
      const ms = Math.max(0, ...waits);
      if (ms === 0) break;
      await this.clock.sleep(ms);
    }
    const now = this.clock.now();
    this.sent.push(now);
    this.lastByChat.set(chatId, now);
    // Forget chats whose interval is over, so a broadcast to millions keeps a small map.
    if (this.lastByChat.size > 10_000)
      for (const [chat, at] of this.lastByChat) if (at <= now - this.perChatMs) this.lastByChat.delete(chat);
  }
}
