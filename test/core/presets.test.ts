/** Report columns come from the schema: each prints one schema field and is picked by that field's words too. */
import { COLUMN_CATALOG, columnNames, customPreset, isResultColumn, PRESETS, type ColumnKey } from '../../src/core/presets';
import { MEASURE_FIELDS, PROGRESS_FIELDS } from '../../src/core/schema';

const KEYS = Object.keys(COLUMN_CATALOG) as ColumnKey[];

describe('report columns derive from the schema', () => {
  it('each column prints a field the schema declares, on the sheet it says', () => {
    for (const k of KEYS) {
      const { source } = COLUMN_CATALOG[k];
      const fields: Record<string, unknown> = source.sheet === 'measures' ? MEASURE_FIELDS : PROGRESS_FIELDS;
      expect(fields[source.field]).toBeDefined();
    }
  });

  it("a coordinator may type the schema's header or the sidebar's label of the field", () => {
    expect(customPreset([MEASURE_FIELDS.title.header]).preset.columns.map((c) => c.key)).toEqual(['measure']);
    expect(customPreset([MEASURE_FIELDS.title.label]).preset.columns.map((c) => c.key)).toEqual(['measure']);
    expect(customPreset([PROGRESS_FIELDS.evidence.header]).preset.columns.map((c) => c.key)).toEqual(['evidence']);
    expect(customPreset(['ประเด็นที่ต้องปรับปรุง', 'ลิงก์']).preset.columns.map((c) => c.key)).toEqual(['issue', 'evidence']);
  });

  it('no word picks two different columns', () => {
    const seen = new Map<string, ColumnKey>();
    for (const k of KEYS)
      for (const n of columnNames(k)) {
        const other = seen.get(n);
        expect(other === undefined || other === k ? k : `${n}: ${other} and ${k}`).toBe(k);
        seen.set(n, k);
      }
  });

  it('a table with a progress column reports a round; without one it is the plan', () => {
    expect(KEYS.filter(isResultColumn).sort()).toEqual(['evidence', 'outcome', 'result', 'status', 'suggestions']);
    expect(customPreset(['มาตรการ', 'ขั้นตอน', 'สถานะ']).preset.kind).toBe('report');
    expect(customPreset(['มาตรการ', 'ขั้นตอน', 'ระยะเวลา']).preset.kind).toBe('plan');
    for (const p of PRESETS) expect(p.kind).toBe(p.columns.some((c) => isResultColumn(c.key)) ? 'report' : 'plan');
  });

  it('names the unknown words', () => {
    expect(customPreset('มาตรการ, งบประมาณ').unknown).toEqual(['งบประมาณ']);
  });
});
