/**
 * "A report is being made": set in document properties (shared by every user of the sheet) while a
 * generation writes its Doc and PDF outside the document lock, so a second generation of the same
 * report is told instead of run twice. One run lasts at most 6 minutes, so an older marker is a
 * run that died (timeout, closed tab) and is ignored.
 */
type Properties = GoogleAppsScript.Properties.Properties;

export const MARKER_STALE_MS = 6 * 60 * 1000;

export interface ReportMarker {
  who: string;
  key: string;
  since: string;
}

const property = (key: string): string => `ita.inProgress.${key}`;

/** The live marker of another run for this report, or null (none, unreadable, or stale). */
export function liveMarker(props: Properties, key: string, now: Date): ReportMarker | null {
  const raw = props.getProperty(property(key));
  if (!raw) return null;
  try {
    const m = JSON.parse(raw) as ReportMarker;
    const since = Date.parse(m.since);
    return Number.isFinite(since) && now.getTime() - since < MARKER_STALE_MS ? m : null;
  } catch {
    return null;
  }
}

export function setMarker(props: Properties, marker: ReportMarker): void {
  props.setProperty(property(marker.key), JSON.stringify(marker));
}

export function clearMarker(props: Properties, key: string): void {
  props.deleteProperty(property(key));
}
