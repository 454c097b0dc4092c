/** A problem found in the user's sheets, said in Thai with where to fix it. */
export interface Problem {
  sheet: string;
  /** 1-based sheet row, when the problem is in a row. */
  row?: number;
  /** Header text of the column, when the problem is in a column. */
  column?: string;
  /** 1-based column number, for the A1 letter. */
  columnIndex?: number;
  message: string;
}

export function columnLetter(index1: number): string {
  let n = index1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** ชีต "มาตรการ" แถว 5 คอลัมน์ G (มาตรการ/โครงการ/กิจกรรม): … */
export function describeProblem(p: Problem): string {
  const where = [`ชีต "${p.sheet}"`];
  if (p.row !== undefined) where.push(`แถว ${p.row}`);
  if (p.column !== undefined) {
    const letter = p.columnIndex ? `${columnLetter(p.columnIndex)} ` : '';
    where.push(`คอลัมน์ ${letter}(${p.column})`);
  }
  return `${where.join(' ')}: ${p.message}`;
}

/** Thrown by the server when a job cannot go on; the message is shown to the user as is. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
