/** How many unanswered questions a storage keeps: the newest ones. */
export const MAX_GAPS = 50_000;
