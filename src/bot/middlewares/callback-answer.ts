import type { Context, MiddlewareFn } from "grammy";

const answered = new WeakSet<Context>();

/**
 * Remembers whether a button press was answered (answerCallbackQuery), so whatever comes last (the error boundary,
 * the flood limit) answers it only if nothing did: a press answered twice loses the second toast, one never
 * answered keeps its button spinning.
 */
export const trackCallbackAnswers: MiddlewareFn<Context> = (ctx, next) => {
  if (ctx.callbackQuery) {
    const answer = ctx.answerCallbackQuery.bind(ctx);
    ctx.answerCallbackQuery = (...args: Parameters<typeof answer>) => {
      answered.add(ctx);
      return answer(...args);
    };
  }
  return next();
};

export const wasAnswered = (ctx: Context): boolean => answered.has(ctx);
