import pino from "pino";

export type Logger = pino.Logger;

export interface LogSink {
  write(line: string): void;
}

function scrubber(secrets: readonly string[], sink: LogSink): LogSink {
  const needles = [...new Set(secrets.flatMap((s) => [s, encodeURIComponent(s), s.split(":")[1] ?? ""]))]
    .filter((s) => s.length >= 8)
    .sort((a, b) => b.length - a.length);
  if (needles.length === 0) return sink;
  return {
    // Scrubbing the serialized line catches secrets wherever they hide: messages, nested errors, URLs.
    write(line) {
      let clean = line;
      for (const n of needles) if (clean.includes(n)) clean = clean.split(n).join("[redacted]");
      sink.write(clean);
    },
  };
}

export function createLogger(
  level: string = process.env.LOG_LEVEL ?? "info",
  secrets: string | readonly (string | undefined)[] = [],
  sink: LogSink = process.stdout,
): Logger {
  const list = (typeof secrets === "string" ? [secrets] : secrets).filter((s): s is string => !!s);
  return pino(
    {
      level,
      redact: { paths: ["token", "*.token", "config.BOT_TOKEN", "config.WEBHOOK_SECRET"], censor: "[redacted]" },
      serializers: { err: pino.stdSerializers.err },
    },
    scrubber(list, sink),
  );
}

const IIN = /(?<!\d)\d{12}(?!\d)/g;
const PHONE = /(?<!\d)\+?\d(?:[\s().-]{0,2}\d){9,13}(?!\d)/g;

/** IINs and phone numbers never reach a log, even when texts are logged for debugging. */
export function maskPersonalData(text: string): string {
  return text.replace(IIN, "[iin]").replace(PHONE, "[phone]");
}

/** The text to log for a user's message: nothing unless LOG_TEXTS is on, and masked when it is. */
export function loggableText(text: string | undefined, enabled: boolean): string | undefined {
  if (!enabled || text === undefined) return undefined;
  // Masked before it is cut, so an IIN across the cut cannot leave its first digits (a birth date) behind.
  const masked = maskPersonalData(text);
  return masked.length > 500 ? `${masked.slice(0, 500)}…` : masked;
}
