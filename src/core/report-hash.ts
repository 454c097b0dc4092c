/**
 * A fingerprint of what a report says, so "the data changed since the report was made" is decided
 * by the report's content, not by edits: saving the same data again gives the same hash. The memo
 * date (today's date when the setting is blank) and the coordinator's notes are left out.
 */
import type { ReportContent } from './report-content';

/** cyrb53: a fast 53-bit string hash; collisions matter only as a missed "stale" notice. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * `extra` is what a report prints besides its content: the plan's ITA result and analysis
 * (plan-content's planParts), so editing a score makes the plan stale too.
 */
export function reportContentHash(content: ReportContent, extra?: unknown): string {
  const stable: ReportContent = { ...content, memo: content.memo && { ...content.memo, date: '' }, notes: [] };
  return cyrb53(JSON.stringify(extra === undefined ? stable : { content: stable, extra }));
}
