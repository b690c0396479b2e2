// Thai digits (๐–๙) <-> Arabic digits (0–9).

const THAI_ZERO = 0x0e50;

/** Replace every Thai digit with its Arabic digit; other characters are kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Replace every Arabic digit with its Thai digit; other characters are kept. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** Apply the digit setting of a document: Thai digits when `thai` is true, else unchanged. */
export function withDigits(text: string, thai: boolean): string {
  return thai ? toThaiDigits(text) : toArabicDigits(text);
}
