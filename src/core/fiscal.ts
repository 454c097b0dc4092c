/** Thai fiscal years (ปีงบประมาณ) and the two reporting rounds. */
import { BE_OFFSET } from './thai';

/** H1 = รอบ ๖ เดือน (1 Oct – 31 Mar), FY = รอบ ๑๒ เดือน / ประจำปี (1 Oct – 30 Sep). */
export type FiscalRound = 'H1' | 'FY';

export const FISCAL_ROUNDS: readonly FiscalRound[] = ['H1', 'FY'];

export interface RoundPeriod {
  start: Date;
  end: Date;
}

/** Fiscal year Y (BE) runs 1 Oct (Y−544) – 30 Sep (Y−543) in the Gregorian calendar. */
export function roundPeriod(fiscalYearBE: number, round: FiscalRound): RoundPeriod {
  const startCE = fiscalYearBE - BE_OFFSET - 1;
  const start = new Date(startCE, 9, 1);
  const end = round === 'H1' ? new Date(startCE + 1, 2, 31) : new Date(startCE + 1, 8, 30);
  return { start, end };
}

export function fiscalYearOf(date: Date): number {
  const ce = date.getMonth() >= 9 ? date.getFullYear() + 1 : date.getFullYear();
  return ce + BE_OFFSET;
}

/** The round whose report is due next on `date`: H1 until the end of March, FY after. */
export function currentRound(date: Date): FiscalRound {
  const m = date.getMonth();
  return m >= 9 || m <= 2 ? 'H1' : 'FY';
}
