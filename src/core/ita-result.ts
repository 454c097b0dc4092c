/**
 * Last year's ITA result (ผลการประเมิน ITA): the indicator scores the coordinator typed, and every
 * figure computed from them — tool scores (mean of the tool's indicators), the total with the
 * year's weights, the level by the year's rules, the change from the year before and the
 * indicators below the pass mark. Typed tool scores and totals are only checked, never used.
 */
import { cleanText, isBlank, normalizeLabel, parseYear } from './cells';
import { fill, ITA_RESULT_TEXT, SHEET } from './labels';
import type { Problem } from './problems';
import type { RawSheet } from './read-workbook';
import { ITA_RESULT_COLUMNS, YEAR_SETTING_COLUMNS, columnOf, type ColumnDef } from './schema';
import { parseNumber } from './thai';
import type { Settings } from './model';

/** Column index by key, found by header (-1 when missing); read-workbook's reader calls this module. */
function headerIndex<D extends readonly ColumnDef[]>(header: readonly unknown[], defs: D): Record<D[number]['key'], number> {
  const at = header.map((h) => normalizeLabel(String(h)));
  const out = {} as Record<D[number]['key'], number>;
  for (const d of defs) out[d.key as D[number]['key']] = at.indexOf(normalizeLabel(d.header));
  return out;
}

export type ItaTool = 'IIT' | 'EIT' | 'OIT';
export const ITA_TOOLS: readonly ItaTool[] = ['IIT', 'EIT', 'OIT'];

export interface Indicator {
  fiscalYear: number;
  tool: ItaTool;
  number: number;
  name: string;
  /** null: not entered yet (the row is the framework's default, waiting for the score). */
  score: number | null;
  row: number;
}

/** A level and the lowest score that reaches it; min null = shipped without a threshold. */
export interface LevelRule {
  name: string;
  min: number | null;
}

export interface ScoringRules {
  weights: Record<ItaTool, number>;
  passMark: number;
  levels: LevelRule[];
}

export interface ItaYearResult {
  fiscalYear: number;
  indicators: Indicator[];
  /** Mean of the tool's scored indicators, rounded to 2 decimals; null when it has none. */
  toolScores: Record<ItaTool, number | null>;
  /** Weighted total, rounded to 2 decimals; null unless every tool has a score. */
  total: number | null;
  /** '' when no rule applies or a rule has no threshold. */
  level: string;
  /** total − the year before's total; null when either is missing. */
  change: number | null;
  belowPass: Indicator[];
  rules: ScoringRules;
}

export interface ItaResults {
  byYear: Map<number, ItaYearResult>;
  /** Warnings: the report still prints the computed figures. */
  problems: Problem[];
}

export const DEFAULT_WEIGHTS: Readonly<Record<ItaTool, number>> = { IIT: 30, EIT: 30, OIT: 40 };
export const DEFAULT_PASS_MARK = 85;

/** Shipped level rules, one "name: min" per line; a blank min is a rule the agency fills in. */
export function defaultLevelRules(year: number): string {
  if (year <= 2565) return 'AA: 95\nA: 85\nB: 75\nC: 65\nD: 55\nE: 50\nF: 0';
  if (year <= 2567) return 'ผ่าน: 85';
  return 'ผ่านดีเยี่ยม:\nผ่านดี:\nผ่าน:\nไม่ผ่าน:\nต้องปรับปรุงโดยด่วน:';
}

/** "AA: 95" per line (":" optional); a line without a number is a level without a threshold. */
export function parseLevelRules(text: string): { rules: LevelRule[]; bad: string[] } {
  const rules: LevelRule[] = [];
  const bad: string[] = [];
  for (const raw of text.split(/\r?\n|;/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(.*?)\s*[:：]?\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)?)?\s*$/.exec(line);
    const name = m?.[1].replace(/[:：]\s*$/, '').trim() ?? '';
    const min = m?.[2] !== undefined ? parseNumber(m[2]) : null;
    if (!m || !name) bad.push(line);
    else rules.push({ name, min });
  }
  return { rules, bad };
}

/** The level a score reaches; '' if any rule lacks its threshold (a blank rule prints no level). */
export function levelOf(score: number, rules: readonly LevelRule[]): string {
  if (rules.some((r) => r.min === null)) return '';
  const sorted = [...rules].sort((a, b) => (b.min ?? 0) - (a.min ?? 0));
  return sorted.find((r) => score >= (r.min ?? 0))?.name ?? '';
}

export const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;

/** The scoring rules of each year from ค่ากำหนดรายปี; a blank cell or a missing year takes the default. */
export function readScoringRules(raw: RawSheet | null | undefined, problems: Problem[]): (year: number) => ScoringRules {
  const typed = new Map<number, Partial<ScoringRules>>();
  if (raw && raw.values.length) {
    const index = headerIndex(raw.values[0], YEAR_SETTING_COLUMNS);
    raw.values.slice(1).forEach((row, i) => {
      const year = index.fiscalYear < 0 ? null : parseYear(row[index.fiscalYear]);
      if (year === null || typed.has(year)) return;
      const num = (k: 'weightIIT' | 'weightEIT' | 'weightOIT' | 'passMark'): number | null =>
        index[k] < 0 || isBlank(row[index[k]]) ? null : parseNumber(row[index[k]]);
      const entry: Partial<ScoringRules> = {};
      const w = { IIT: num('weightIIT'), EIT: num('weightEIT'), OIT: num('weightOIT') };
      if (w.IIT !== null || w.EIT !== null || w.OIT !== null) {
        const weights = { IIT: w.IIT ?? DEFAULT_WEIGHTS.IIT, EIT: w.EIT ?? DEFAULT_WEIGHTS.EIT, OIT: w.OIT ?? DEFAULT_WEIGHTS.OIT };
        const sum = weights.IIT + weights.EIT + weights.OIT;
        if (Math.abs(sum - 100) > 1e-9) {
          problems.push({
            sheet: SHEET.yearSettings,
            row: i + 2,
            column: columnOf(YEAR_SETTING_COLUMNS, 'weightIIT').header,
            columnIndex: index.weightIIT + 1,
            message: fill(ITA_RESULT_TEXT.badWeights, { year, sum }),
          });
        } else entry.weights = weights;
      }
      const pass = num('passMark');
      if (pass !== null) entry.passMark = pass;
      const rulesText = index.levelRules < 0 || isBlank(row[index.levelRules]) ? '' : String(row[index.levelRules]);
      if (rulesText.trim()) {
        const { rules, bad } = parseLevelRules(rulesText);
        for (const line of bad)
          problems.push({
            sheet: SHEET.yearSettings,
            row: i + 2,
            column: columnOf(YEAR_SETTING_COLUMNS, 'levelRules').header,
            columnIndex: index.levelRules + 1,
            message: fill(ITA_RESULT_TEXT.badRule, { line }),
          });
        entry.levels = rules;
      }
      typed.set(year, entry);
    });
  }
  return (year) => {
    const t = typed.get(year) ?? {};
    return {
      weights: t.weights ?? { ...DEFAULT_WEIGHTS },
      passMark: t.passMark ?? DEFAULT_PASS_MARK,
      levels: t.levels ?? parseLevelRules(defaultLevelRules(year)).rules,
    };
  };
}

const fmt = (n: number): string => n.toFixed(2);

/** Reads ผลการประเมิน ITA and computes every year's figures with the rules of that year. */
export function readItaResults(raw: RawSheet | null | undefined, rulesOf: (year: number) => ScoringRules): ItaResults {
  const problems: Problem[] = [];
  const byYear = new Map<number, ItaYearResult>();
  if (!raw || !raw.values.length) return { byYear, problems };
  const sheet = SHEET.itaResults;
  const index = headerIndex(raw.values[0], ITA_RESULT_COLUMNS);
  const at = (row: number, key: (typeof ITA_RESULT_COLUMNS)[number]['key']) => ({
    sheet,
    row,
    column: columnOf(ITA_RESULT_COLUMNS, key).header,
    columnIndex: index[key] + 1,
  });
  const cell = (values: readonly unknown[], i: number): unknown => (i < 0 ? '' : (values[i] ?? ''));
  const typedTools = new Map<string, { value: number; row: number }>();
  const typedTotals = new Map<number, { value: number; row: number }>();
  const indicators = new Map<number, Indicator[]>();
  const seen = new Map<string, number>();
  raw.values.slice(1).forEach((values, i) => {
    const row = i + 2;
    const formulas = raw.formulas[i + 1] ?? [];
    if (values.every(isBlank) && formulas.every((f) => !f)) return;
    const year = parseYear(cell(values, index.fiscalYear));
    if (year === null) return; // a row without a year is a note, not a score
    const toolText = normalizeLabel(String(cell(values, index.tool))).toUpperCase();
    const tool = ITA_TOOLS.find((t) => t === toolText);
    if (!tool) {
      problems.push({ ...at(row, 'tool'), message: fill(ITA_RESULT_TEXT.badTool, { value: String(cell(values, index.tool)) }) });
      return;
    }
    const number = parseNumber(cell(values, index.number));
    const scoreCell = cell(values, index.score);
    const score = isBlank(scoreCell) ? null : parseNumber(scoreCell);
    if (!isBlank(scoreCell) && (score === null || score < 0 || score > 100)) {
      problems.push({ ...at(row, 'score'), message: fill(ITA_RESULT_TEXT.badScore, { value: String(scoreCell) }) });
      return;
    }
    const key = `${year}|${tool}|${number ?? row}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ ...at(row, 'number'), message: fill(ITA_RESULT_TEXT.duplicate, { number: number ?? '', tool, year, first }) });
      return;
    }
    seen.set(key, row);
    const list = indicators.get(year) ?? [];
    list.push({ fiscalYear: year, tool, number: number ?? list.length + 1, name: cleanText(String(cell(values, index.name))), score, row });
    indicators.set(year, list);
    const toolTyped = parseNumber(cell(values, index.toolScore));
    if (toolTyped !== null && !typedTools.has(`${year}|${tool}`)) typedTools.set(`${year}|${tool}`, { value: toolTyped, row });
    const totalTyped = parseNumber(cell(values, index.total));
    if (totalTyped !== null && !typedTotals.has(year)) typedTotals.set(year, { value: totalTyped, row });
  });

  for (const year of [...indicators.keys()].sort((a, b) => a - b)) {
    const list = indicators.get(year)!.sort((a, b) => ITA_TOOLS.indexOf(a.tool) - ITA_TOOLS.indexOf(b.tool) || a.number - b.number);
    if (!list.some((x) => x.score !== null)) continue; // the shipped framework, not filled in yet
    const rules = rulesOf(year);
    const toolScores = {} as Record<ItaTool, number | null>;
    for (const tool of ITA_TOOLS) {
      const scores = list.filter((x) => x.tool === tool && x.score !== null).map((x) => x.score!);
      toolScores[tool] = scores.length ? round2(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
      const typed = typedTools.get(`${year}|${tool}`);
      if (typed && toolScores[tool] !== null && round2(typed.value) !== toolScores[tool]) {
        problems.push({
          ...at(typed.row, 'toolScore'),
          message: fill(ITA_RESULT_TEXT.toolMismatch, { tool, year, typed: fmt(typed.value), computed: fmt(toolScores[tool]!) }),
        });
      }
    }
    const missing = ITA_TOOLS.filter((t) => toolScores[t] === null && rules.weights[t] > 0);
    for (const tool of missing) problems.push({ sheet, message: fill(ITA_RESULT_TEXT.toolMissing, { year, tool }) });
    const total = missing.length ? null : round2(ITA_TOOLS.reduce((sum, t) => sum + ((toolScores[t] ?? 0) * rules.weights[t]) / 100, 0));
    const typedTotal = typedTotals.get(year);
    if (typedTotal && total !== null && round2(typedTotal.value) !== total) {
      problems.push({
        ...at(typedTotal.row, 'total'),
        message: fill(ITA_RESULT_TEXT.totalMismatch, { year, typed: fmt(typedTotal.value), computed: fmt(total) }),
      });
    }
    const before = byYear.get(year - 1)?.total ?? null;
    byYear.set(year, {
      fiscalYear: year,
      indicators: list,
      toolScores,
      total,
      level: total === null ? '' : levelOf(total, rules.levels),
      change: total !== null && before !== null ? round2(total - before) : null,
      belowPass: list.filter((x) => x.score !== null && x.score < rules.passMark),
      rules,
    });
  }
  return { byYear, problems };
}

/** The ITA framework shipped as an editable default indicator list (assessment years 2566–2567). */
export const DEFAULT_FRAMEWORK: readonly { tool: ItaTool; number: number; name: string }[] = [
  { tool: 'IIT', number: 1, name: 'การปฏิบัติหน้าที่' },
  { tool: 'IIT', number: 2, name: 'การใช้งบประมาณ' },
  { tool: 'IIT', number: 3, name: 'การใช้อำนาจ' },
  { tool: 'IIT', number: 4, name: 'การใช้ทรัพย์สินของราชการ' },
  { tool: 'IIT', number: 5, name: 'การแก้ไขปัญหาการทุจริต' },
  { tool: 'EIT', number: 6, name: 'คุณภาพการดำเนินงาน' },
  { tool: 'EIT', number: 7, name: 'ประสิทธิภาพการสื่อสาร' },
  { tool: 'EIT', number: 8, name: 'การปรับปรุงการทำงาน' },
  { tool: 'OIT', number: 9, name: 'การเปิดเผยข้อมูล' },
  { tool: 'OIT', number: 10, name: 'การป้องกันการทุจริต' },
];
export const DEFAULT_FRAMEWORK_YEARS: readonly number[] = [2566, 2567];

/** Both sheets read together: what the workbook snapshot carries. */
export function readItaFromSheets(results: RawSheet | null | undefined, yearSettings: RawSheet | null | undefined): ItaResults {
  const ruleProblems: Problem[] = [];
  const read = readItaResults(results, readScoringRules(yearSettings, ruleProblems));
  return { byYear: read.byYear, problems: [...ruleProblems, ...read.problems] };
}

/**
 * The score and level the opening paragraph of year `year`'s documents cites: the computed result
 * of year − 1 when it was entered, else the settings rows (agencies that don't enter the result).
 */
export function lastYearScore(
  settings: Pick<Settings, 'lastScore' | 'lastGrade'>,
  results: ReadonlyMap<number, ItaYearResult> | undefined,
  year: number,
): { score: number | null; level: string } {
  const r = results?.get(year - 1);
  if (r && r.total !== null) return { score: r.total, level: r.level };
  return { score: settings.lastScore, level: settings.lastGrade };
}
