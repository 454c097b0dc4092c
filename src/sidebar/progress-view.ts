/**
 * One measure's page: its details, the coordinator's tools and the progress form for a round, with
 * the live report preview of the figure and the both-texts choice when someone saved first.
 */
import { FISCAL_ROUNDS as ROUNDS, type FiscalRound } from '../core/fiscal';
import { ROUND_LABEL } from '../core/labels';
import { STATUSES } from '../core/model';
import { MEASURE_FIELDS, PROGRESS_FIELDS } from '../core/schema';
import { thaiDigitsInText } from '../core/thai';
import { figurePreview, type MeasureView, type ProgressFields, type ProgressView } from '../core/tracker';
import { byId, h, setChildren } from './dom';
import { field, formRecord, input, labelsOf, schemaField, select, textarea } from './fields';
import { coordinatorTools } from './measure-tools';
import { go } from './navigation';
import { callServer } from './server';
import { badge, data, measureById, progressOf, say, state, statusLabel, statusOf } from './state';
import { startFrom, versionedForm, type Base } from './versioned-form';

function fieldsOf(p: ProgressView | undefined): ProgressFields {
  return {
    status: p?.status ?? 'not_started',
    result: p?.result ?? '',
    outcome: p?.outcome ?? '',
    actual: p?.actual === null || p?.actual === undefined ? '' : String(p.actual),
    suggestions: p?.suggestions ?? '',
    evidence: (p?.evidence ?? []).join('\n'),
  };
}

function formatWhen(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('th-TH', { dateStyle: 'medium', timeStyle: 'short' });
}

function details(m: MeasureView): HTMLElement {
  const target = m.target !== null ? `${m.targetLabel || 'เป้าหมาย'} ${m.target.toLocaleString('en-US')} ${m.targetUnit}`.trim() : '';
  const f = MEASURE_FIELDS;
  const rows: [string, string][] = [
    [f.section.label, m.section],
    [f.itaTags.label, m.itaTags],
    [f.issue.label, m.issue],
    [f.steps.label, m.steps],
    [f.responsible.label, m.responsible],
    [f.period.label, m.period],
    [f.monitoring.label, m.monitoring],
    [f.target.label, target],
  ];
  const el = h(
    'details',
    { class: 'more', id: 'measure-details' },
    h('summary', {}, 'ดูรายละเอียดมาตรการ'),
    h('dl', { class: 'details' }, ...rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
  );
  el.open = state.detailsOpen;
  el.addEventListener('toggle', () => {
    state.detailsOpen = el.open;
  });
  return el;
}

export function renderMeasure(id: string, round: FiscalRound): void {
  const d = data();
  const m = measureById(id);
  if (!m) return go({ kind: 'list' });
  say('');
  const key = `${m.id}|${round}`;
  const { p: loaded, fromH1 } = progressOf(m, round);
  const ownBase = (): Base => {
    const own = measureById(id)?.progress[round];
    return { version: own?.version ?? 0, fingerprint: own?.fingerprint ?? '' };
  };
  const start = startFrom(state.drafts, key, fieldsOf(loaded), ownBase());

  const roundSel = select(
    ROUNDS.map((r) => ({ value: r, label: ROUND_LABEL[r] + (r === d.currentRound ? ' (รอบปัจจุบัน)' : '') })),
    round,
  );
  roundSel.addEventListener('change', () => go({ kind: 'measure', id, round: roundSel.value as FiscalRound }, 'p-round'));
  const status = select(
    STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
    start.fields.status,
  );
  const result = textarea(start.fields.result, 4);
  const outcome = textarea(start.fields.outcome, 3);
  const actual = input(start.fields.actual, { inputmode: 'decimal' });
  const suggestions = textarea(start.fields.suggestions, 2);
  const evidence = textarea(start.fields.evidence, 2, { placeholder: 'https://…', spellcheck: 'false' });
  const preview = h('p', { class: 'preview', id: 'p-preview', 'aria-live': 'polite' });
  const msg = h('div', { id: 'p-msg', 'aria-live': 'polite' });
  const conflictBox = h('div', { id: 'p-conflict' });
  const saveBtn = h('button', { type: 'submit', class: 'primary', id: 'p-save' }, 'บันทึก');
  const savedBy = h('p', { class: 'muted saved-by', id: 'p-saved-by' });

  const record = formRecord({ status, result, outcome, actual, suggestions, evidence });
  const updatePreview = (): void => {
    const text = m.target === null ? '' : figurePreview(m, actual.value);
    preview.textContent = text ? `ในรายงาน: ${d.thaiDigits ? thaiDigitsInText(text) : text}` : '';
  };
  const updateSavedBy = (): void => {
    const cur = measureById(id)?.progress[round];
    const who = cur?.updatedBy ? `โดย ${cur.updatedBy}` : '';
    const when = cur?.updatedAt ? `เมื่อ ${formatWhen(cur.updatedAt)}` : '';
    savedBy.textContent = cur
      ? who || when
        ? `บันทึกล่าสุด ${[who, when].filter(Boolean).join(' ')}`
        : 'มีข้อมูลรอบนี้ในชีตแล้ว (กรอกในชีตโดยตรง)'
      : fromH1
        ? 'รอบนี้ยังไม่มีการบันทึก — ข้อความด้านล่างยกมาจากรอบ 6 เดือน แก้แล้วกดบันทึก'
        : 'รอบนี้ยังไม่มีการบันทึก';
  };
  /** Keeps the measure in the client's data in step with the row just saved or taken. */
  const setOwn = (p: ProgressView | null): void => {
    const cur = measureById(id);
    if (cur && p) cur.progress = { ...cur.progress, [round]: p };
    updateSavedBy();
    badgeSlot.replaceChildren(badge(statusOf(cur ?? m, round)));
  };

  const form = h('form', { id: 'progress-form', novalidate: true, 'aria-labelledby': 'progress-heading' });
  const actualLabel =
    m.target !== null
      ? `${m.targetLabel || 'ผลที่ทำได้'} ที่ทำได้ (เป้าหมาย ${m.target.toLocaleString('en-US')} ${m.targetUnit})`.replace(/\s+\)/, ')')
      : PROGRESS_FIELDS.actual.label;
  setChildren(
    form,
    h('h3', { id: 'progress-heading' }, 'บันทึกผลการดำเนินการ'),
    field('round', 'p', 'รอบการรายงาน', roundSel),
    start.fromDraft ? h('p', { class: 'msg info' }, 'มีข้อความที่คุณพิมพ์ไว้และยังไม่ได้บันทึก แสดงอยู่ด้านล่าง') : null,
    schemaField(PROGRESS_FIELDS, 'status', 'p', status),
    schemaField(PROGRESS_FIELDS, 'result', 'p', result, { label: `${PROGRESS_FIELDS.result.label} (สิ่งที่ทำแล้ว)` }),
    schemaField(PROGRESS_FIELDS, 'outcome', 'p', outcome),
    schemaField(PROGRESS_FIELDS, 'actual', 'p', actual, {
      label: actualLabel,
      hint: m.target === null ? 'มาตรการนี้ไม่ได้กำหนดค่าเป้าหมาย ใส่ได้ถ้ามีตัวเลข' : undefined,
    }),
    preview,
    schemaField(PROGRESS_FIELDS, 'suggestions', 'p', suggestions),
    schemaField(PROGRESS_FIELDS, 'evidence', 'p', evidence),
    conflictBox,
    h('div', { class: 'save-row' }, saveBtn),
    msg,
    savedBy,
  );
  updatePreview();
  updateSavedBy();
  actual.addEventListener('input', updatePreview);

  versionedForm<ProgressFields, ProgressView>({
    form,
    prefix: 'p',
    labels: labelsOf(PROGRESS_FIELDS),
    saveButton: saveBtn,
    msg,
    conflictBox,
    drafts: state.drafts,
    draftKey: key,
    base: start.base,
    // The status select only offers Status values.
    read: () => record.get() as ProgressFields,
    write: (f) => {
      record.set(f);
      updatePreview();
    },
    fieldsOf: (p) => fieldsOf(p ?? undefined),
    pristine: () => ({ fields: fieldsOf(progressOf(measureById(id) ?? m, round).p), base: ownBase() }),
    show: (k, f) => (k === 'status' ? statusLabel(f.status) : f[k] || '(ว่าง)'),
    alwaysShow: 'result',
    ignore: [roundSel],
    save: (values, base) =>
      callServer('saveProgress', { measureId: m.id, round, ...values, baseVersion: base.version, baseFingerprint: base.fingerprint }),
    onSaved: (saved, note) => {
      setOwn(saved);
      msg.replaceChildren(
        h('div', { class: 'msg ok' }, `✓ บันทึกแล้ว (${ROUND_LABEL[round]}: ${statusLabel(saved.status)})`),
        note ? h('div', { class: 'msg info', id: 'p-note' }, note) : '',
      );
    },
    onUseTheirs: setOwn,
    focusAfterTheirs: result,
    conflict: {
      notice: 'ยังไม่ได้บันทึก: มีผู้อื่นบันทึกรายการนี้ก่อน — เลือกด้านล่าง',
      heading: () => 'มีผู้อื่นบันทึกก่อนคุณ',
      theirsWho: (theirs) => `ของเขา (${theirs?.updatedBy || 'ในชีต'})`,
      useTheirs: () => 'ใช้ของเขา (ทิ้งข้อความของฉัน)',
      keepMineWhenGone: true,
    },
  });

  const badgeSlot = h('span', { id: 'measure-badge' }, badge(statusOf(m, round), fromH1 ? ' (จากรอบ 6 เดือน)' : ''));
  setChildren(
    byId('app'),
    h('button', { type: 'button', class: 'back', id: 'back', onclick: () => go({ kind: 'list' }, `open-${m.id}`) }, '← กลับไปรายการ'),
    h('h2', { id: 'measure-title', tabindex: '-1' }, m.title),
    h('div', { class: 'meta' }, badgeSlot, m.archived ? h('span', { class: 'tag arch' }, ' เก็บถาวร') : null),
    details(m),
    coordinatorTools(m),
    form,
  );
}
