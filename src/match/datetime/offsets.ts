/** Zone offsets: reading them from matched text and writing them in the forms of `X`, `x`, `Z` and `O`. */

/** The largest offset java.time allows, ±18:00. */
const MAX_OFFSET_SECONDS = 18 * 3600;

/**
 * Reads `Z`, `GMT`, `+08`, `-0730`, `+08:00:15`, `GMT+8:30` as signed seconds; undefined when a part
 * is out of range.
 */
export function readOffset(text: string): number | undefined {
  const body = text.replace(/^(?:GMT|UTC|UT)/, '');
  if (body === '' || body === 'Z') return 0;
  const sign = body.startsWith('-') ? -1 : 1;
  const [hours, minutes = 0, seconds = 0] = splitOffset(body.slice(1));
  if (hours === undefined || minutes > 59 || seconds > 59) return undefined;
  const total = hours * 3600 + minutes * 60 + seconds;
  return total > MAX_OFFSET_SECONDS ? undefined : sign * total;
}

function splitOffset(digits: string): number[] {
  if (digits.includes(':')) return digits.split(':').map(Number);
  if (digits.length <= 2) return [Number(digits)];
  return (digits.match(/\d\d/g) ?? []).map(Number);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** The parts of an offset: sign, hours, minutes, seconds. */
function offsetParts(offsetSeconds: number) {
  const total = Math.abs(offsetSeconds);
  return {
    sign: offsetSeconds < 0 ? '-' : '+',
    hours: Math.floor(total / 3600),
    minutes: Math.floor(total / 60) % 60,
    seconds: total % 60,
  };
}

/**
 * An offset as `X`/`x` print it for a letter count (1: `+08` or `+0830`, 2: `+0830`, 3: `+08:30`,
 * 4: `+0830[15]`, 5: `+08:30[:15]`); `zero` is what a zero offset prints (`Z` for `X`).
 */
export function formatIsoOffset(offsetSeconds: number, count: number, zero?: string): string {
  if (offsetSeconds === 0 && zero !== undefined) return zero;
  const { sign, hours, minutes, seconds } = offsetParts(offsetSeconds);
  const colon = count === 3 || count === 5 ? ':' : '';
  let text = sign + pad2(hours);
  if (count > 1 || minutes > 0) text += colon + pad2(minutes);
  if (count >= 4 && seconds > 0) text += colon + pad2(seconds);
  return text;
}

/** An offset as `O` prints it: `GMT` for zero, `GMT+8`/`GMT+8:30` (short) or `GMT+08:00` (full). */
export function formatGmtOffset(offsetSeconds: number, full: boolean): string {
  if (offsetSeconds === 0) return 'GMT';
  const { sign, hours, minutes, seconds } = offsetParts(offsetSeconds);
  let text = `GMT${sign}${full ? pad2(hours) : hours}`;
  if (full || minutes > 0 || seconds > 0) text += `:${pad2(minutes)}`;
  if (seconds > 0) text += `:${pad2(seconds)}`;
  return text;
}
