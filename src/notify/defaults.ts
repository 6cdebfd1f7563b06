/** Every number of reminders and announcements, in one place. */
export const NOTIFY_DEFAULTS = {
  /** Telegram allows about 30 messages a second to different chats; staying under leaves room for replies. */
  messagesPerSecond: 25,
  /**
   * An announcement goes slower than notices: the bot shares Telegram's limit of about 30 a second with it, and
   * voters writing during a broadcast must still get their replies at once.
   */
  broadcastPerSecond: 20,
  /** Telegram allows about one message a second to the same chat. */
  perChatIntervalMs: 1000,
  /** A reminder is still sent this long after its moment (a bot that was down), never later. */
  reminderGraceMs: 12 * 3600_000,
  /** A reminder for an event without a time goes out at this local hour of its day. */
  reminderTime: "09:00",
  /** How often each instance looks for due notices. */
  tickMs: 60_000,
  /** Attempts for a message that fails with a 5xx or a network error, with back-off between them. */
  attempts: 4,
  backoffMs: 1000,
  /** A single 429's retry_after is capped, so a wrong header cannot stall a broadcast for hours. */
  maxRetryAfterMs: 60_000,
  /** A send that hangs is abandoned after this and retried. */
  sendTimeoutMs: 15_000,
  /** Deliveries in flight at once; the rate limit, not this, sets the pace. */
  concurrency: 8,
  /** With Redis: how long a delivery's mark is kept (longer than any notice window or broadcast resume). */
  ledgerTtlSeconds: 180 * 24 * 3600,
} as const;
