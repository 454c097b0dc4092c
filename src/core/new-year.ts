/**
 * ITA › เริ่มปีงบประมาณใหม่: which measures of a year are offered for the next one, and the rows
 * a carry-over adds. Pure: the server reads the sheets, calls this, and writes the rows in one go.
 */
import type { Cell } from './read-workbook';
import { measuresForYear, progressFor } from './measure-scope';
import type { Measure, Status, Workbook } from './model';
import { MEASURE_FIELDS, type MeasureKey } from './schema';
import { NO, YES } from './labels';

export interface CarryCandidate {
  id: string;
  title: string;
  section: string;
  /** The status the year ended with (12-month entry, else the 6-month one). */
  status: Status;
  continuing: boolean;
  /** Offered ticked: not done, or marked ต่อเนื่อง. */
  preselected: boolean;
  /** Already carried into the next year (its ID is a มาจากรหัส there): not carried again. */
  carriedAs: string;
}

export function carryCandidates(wb: Workbook, fromYear: number): CarryCandidate[] {
  const carried = new Map<string, string>();
  for (const m of wb.measures) if (m.fiscalYear === fromYear + 1 && m.fromId) carried.set(m.fromId, m.id);
  return measuresForYear(wb.measures, fromYear).map((m) => {
    const status = progressFor(m.id, 'FY', wb.progress)?.status ?? 'not_started';
    const continuing = m.continuing === true;
    const carriedAs = carried.get(m.id) ?? '';
    return {
      id: m.id,
      title: m.title,
      section: m.section,
      status,
      continuing,
      preselected: !carriedAs && (status !== 'done' || continuing),
      carriedAs,
    };
  });
}

/** The plan columns copied into the new year; progress, identity and bookkeeping are not. */
const COPIED: readonly MeasureKey[] = [...(Object.keys(MEASURE_FIELDS) as MeasureKey[]), 'continuing'];

/**
 * The new rows for the chosen measures not carried yet, in the old year's order, numbered after
 * the new year's existing measures. `newId` makes the IDs (the server's generator).
 */
export function carryOverRows(
  wb: Workbook,
  fromYear: number,
  chosenIds: readonly string[],
  newId: () => string,
): { rows: Partial<Record<MeasureKey, Cell>>[]; skipped: string[] } {
  const chosen = new Set(chosenIds);
  const candidates = carryCandidates(wb, fromYear).filter((c) => chosen.has(c.id));
  const byId = new Map<string, Measure>(wb.measures.map((m) => [m.id, m]));
  let order = Math.max(0, ...wb.measures.filter((m) => m.fiscalYear === fromYear + 1).map((m) => m.order));
  const rows: Partial<Record<MeasureKey, Cell>>[] = [];
  const skipped: string[] = [];
  for (const c of candidates) {
    if (c.carriedAs) {
      skipped.push(c.id);
      continue;
    }
    const m = byId.get(c.id)!;
    const row: Partial<Record<MeasureKey, Cell>> = {};
    for (const key of COPIED) {
      const v = m[key as keyof Measure];
      row[key] = typeof v === 'boolean' ? (v ? YES : NO) : v === null || v === undefined ? '' : (v as Cell);
    }
    order += 1;
    rows.push({ ...row, id: newId(), fiscalYear: fromYear + 1, order, archived: NO, version: 1, fromId: m.id });
  }
  return { rows, skipped };
}
