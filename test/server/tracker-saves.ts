/** Field-level saves as the sidebar sends them: each changed field with the text it was loaded with. */
import type { FiscalRound } from '../../src/core/fiscal';
import {
  BLANK_MEASURE_FORM,
  type MeasureFormFields,
  type MeasureSave,
  type MeasureView,
  type ProgressFields,
  type ProgressSave,
} from '../../src/core/tracker';

let counter = 0;

/** A request ID as the client makes one (a fresh one per call unless given). */
export function newRequestId(): string {
  counter += 1;
  return `test-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

const BLANK_PROGRESS: ProgressFields = { status: 'not_started', result: '', outcome: '', actual: '', suggestions: '', evidence: '' };

/** The progress form of `m` in `round` as loaded, with `over` typed into it. */
export function progressSave(
  m: MeasureView,
  over: Partial<ProgressFields> = {},
  options: { round?: FiscalRound; requestId?: string; loaded?: ProgressFields } = {},
): ProgressSave {
  const round = options.round ?? 'H1';
  const loaded = options.loaded ?? m.progress[round]?.form ?? BLANK_PROGRESS;
  const fields = { ...loaded, ...over } as ProgressFields;
  const changes: ProgressSave['changes'] = {};
  for (const k of Object.keys(over) as (keyof ProgressFields)[]) changes[k] = { loaded: loaded[k], value: String(fields[k]) };
  return { measureId: m.id, round, requestId: options.requestId ?? newRequestId(), fields, changes };
}

const BLANK_MEASURE: MeasureFormFields = BLANK_MEASURE_FORM;

/** An edit of `m` (or a new measure when `m` is null) with `over` typed into the editor. */
export function measureSave(
  m: MeasureView | null,
  over: Partial<MeasureFormFields>,
  options: { fiscalYear?: number; requestId?: string } = {},
): MeasureSave {
  const loaded = m?.form ?? BLANK_MEASURE;
  const fields = { ...loaded, ...over };
  const changes: MeasureSave['changes'] = {};
  for (const k of Object.keys(over) as (keyof MeasureFormFields)[]) changes[k] = { loaded: loaded[k], value: fields[k] };
  return {
    id: m?.id,
    fiscalYear: options.fiscalYear ?? m?.fiscalYear ?? 2568,
    requestId: options.requestId ?? newRequestId(),
    fields,
    changes,
  };
}
