/** Multi-line cell text as the report shows it: numbered steps, one per line. */

const MARKER = /^\s*(?:[0-9๐-๙]+\s*[.)]|\([0-9๐-๙]+\)|[-•*–])/;

/**
 * Lines of a steps/result cell. Two or more lines without their own numbers or bullets get
 * numbered 1. 2. 3.; a single line, or lines the person numbered or bulleted, stay as typed.
 */
export function formatSteps(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2 || lines.some((l) => MARKER.test(l))) return lines.join('\n');
  return lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
}

/**
 * Any other multi-line cell: the person's own lines and numbering, as typed (each line trimmed,
 * blank lines dropped). Only the steps column is numbered automatically.
 */
export function keepLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
