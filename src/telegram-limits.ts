// Telegram's limits, in one place (https://core.telegram.org/bots/api). Lengths in characters are UTF-16 code units,
// as Telegram and JavaScript's `length` count them; callback data and inline result ids are counted in bytes.

/** sendMessage and editMessageText: the text after entities are parsed. */
export const MESSAGE_TEXT_MAX = 4096;
/** callback_data of an inline button, in UTF-8 bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;
/** answerCallbackQuery's toast text. */
export const CALLBACK_TOAST_MAX = 200;
/** A deep link's start parameter: at most 64 characters from A-Z, a-z, 0-9, _ and -. */
export const START_PAYLOAD_MAX = 64;
/** An inline query result's id, in bytes. */
export const INLINE_RESULT_ID_MAX_BYTES = 64;

export function fitsBytes(text: string, maxBytes: number): boolean {
  return Buffer.byteLength(text, "utf8") <= maxBytes;
}
