import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info", token?: string): Logger {
  return pino({
    level,
    redact: { paths: ["token", "*.token", "config.BOT_TOKEN"], censor: "[redacted]" },
    hooks: token
      ? {
          logMethod(args, method) {
            // grammY error messages can embed the request URL, which contains the token.
            const clean = args.map((a) => (typeof a === "string" ? a.split(token).join("[token]") : a));
            method.apply(this, clean as Parameters<typeof method>);
          },
        }
      : {},
  });
}
