/**
 * A paste of many lines becomes one note per line: what a co-facilitator copies from a chat,
 * a shared document or a list of « prochains petits pas ». Blank lines go; list markers
 * (-, •, *, 1., 2), a)) are dropped; spaces are tidied.
 */
const LIST_MARKER = /^(?:[-–—•*·▪◦‣>]+|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/iu;

export function pastedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/\s+/g, ' ').trim().replace(LIST_MARKER, '').trim())
    .filter((line) => line.length > 0);
}
