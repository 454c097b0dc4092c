/**
 * One measure's page: its details, the coordinator's tools and the progress form for a round, with
 * the live report preview of the figure and the both-texts choice when someone saved first.
 */
import { FISCAL_ROUNDS as ROUNDS, type FiscalRound } from '../core/fiscal';
import { ROUND_LABEL } from '../core/labels';
import { STATUSES } from '../core/model';
import { MEASURE_FIELDS, PROGRESS_FIELDS } from '../core/schema';
import { thaiDigitsInText } from '../core/thai';
import { figurePreview, suspiciousActual, type MeasureView, type ProgressFields, type ProgressView } from '../core/tracker';
import { byId, h, setChildren } from './dom';
import { field, formRecord, input, labelsOf, schemaField, select, textarea } from './fields';
import { coordinatorTools } from './measure-tools';
import { go, needFullMeasure } from './navigation';
import { callServer } from './server';
import { badge, data, measureById, progressOf, say, setSummaryStatus, state, statusLabel, statusOf, summaryById } from './state';
import { startFrom, versionedForm } from './versioned-form';

const BLANK: ProgressFields = { status: 'not_started', result: '', outcome: '', actual: '', suggestions: '', evidence: '' };

/** The form's texts of an entry: each cell exactly as stored (see core rowForm). */
function fieldsOf(p: ProgressView | undefined): ProgressFields {
  return p ? { ...p.form } : { ...BLANK };
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
  if (!summaryById(id)) return go({ kind: 'list' });
  if (!needFullMeasure(id)) return;
  const m = measureById(id);
  if (!m) return go({ kind: 'list' });
  say('');
  const key = `${m.id}|${round}`;
  const { p: loaded, fromH1 } = progressOf(m, round);
  const start = startFrom(state.drafts, key, fieldsOf(loaded));
  // What the form cannot show exactly is shown read-only and never sent (kept byte for byte).
  const readOnly = (m.progress[round]?.readOnly ?? {}) as Partial<Record<keyof ProgressFields, string>>;

  const roundSel = select(
    ROUNDS.map((r) => ({ value: r, label: ROUND_LABEL[r] + (r === d.currentRound ? ' (รอบปัจจุบัน)' : '') })),
    round,
  );
  roundSel.addEventListener('change', () => go({ kind: 'measure', id, round: roundSel.value as FiscalRound }, 'p-round'));
  const status: HTMLSelectElement | HTMLInputElement = readOnly.status
    ? input(start.fields.status)
    : select(
        STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
        start.fields.status,
      );
  const result = textarea(start.fields.result, 4);
  const outcome = textarea(start.fields.outcome, 3);
  const actual = input(start.fields.actual, { inputmode: 'decimal' });
  const suggestions = textarea(start.fields.suggestions, 2);
  const evidence = textarea(start.fields.evidence, 2, { placeholder: 'https://… หรือคำอธิบาย บรรทัดละหนึ่งรายการ', spellcheck: 'false' });
  const preview = h('p', { class: 'preview', id: 'p-preview', 'aria-live': 'polite' });
  for (const [k, el] of Object.entries({ status, result, outcome, actual, suggestions, evidence }))
    if (readOnly[k as keyof ProgressFields]) el.setAttribute('readonly', '');
  const statusHint = h('p', { class: 'hint warn', id: 'p-status-hint', 'aria-live': 'polite' });
  const msg = h('div', { id: 'p-msg', class: 'save-msg', 'aria-live': 'polite' });
  const conflictBox = h('div', { id: 'p-conflict' });
  const saveBtn = h('button', { type: 'submit', class: 'primary', id: 'p-save' }, 'บันทึก');
  if (d.yearClosed) {
    // The server refuses it too; the button says why before anyone types.
    saveBtn.setAttribute('disabled', '');
    saveBtn.textContent = 'ปีนี้ปิดรับบันทึกผลแล้ว';
  }
  const savedBy = h('p', { class: 'muted saved-by', id: 'p-saved-by' });

  const record = formRecord({ status, result, outcome, actual, suggestions, evidence });
  const updatePreview = (): void => {
    const odd = readOnly.actual ? null : suspiciousActual(actual.value, m.target);
    const text = m.target === null || odd ? '' : figurePreview(m, actual.value);
    preview.textContent = odd ? `ตรวจสอบตัวเลข: ${odd}` : text ? `ในรายงาน: ${d.thaiDigits ? thaiDigitsInText(text) : text}` : '';
    statusHint.textContent =
      status.value === 'not_started' && result.value.trim()
        ? `มีผลการดำเนินการแล้ว แต่สถานะยังเป็น "${statusLabel('not_started')}" — เปลี่ยนสถานะให้ตรงกับผล`
        : '';
  };
  const updateSavedBy = (): void => {
    const cur = measureById(id)?.progress[round];
    if (cur?.editedInGrid) {
      savedBy.textContent = 'แก้ไขในชีตโดยตรง (หลังการบันทึกจากแถบนี้ครั้งล่าสุด)';
      return;
    }
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
    if (p) setSummaryStatus(id, round, p.status);
    updateSavedBy();
    badgeSlot.replaceChildren(badge(statusOf(cur ?? m, round)));
  };

  const form = h('form', { id: 'progress-form', novalidate: true, 'aria-labelledby': 'progress-heading' });
  const note = (k: keyof ProgressFields): { hint?: string } => (readOnly[k] ? { hint: readOnly[k] } : {});
  const actualLabel =
    m.target !== null
      ? `${m.targetLabel || 'ผลที่ทำได้'} ที่ทำได้ (เป้าหมาย ${m.target.toLocaleString('en-US')} ${m.targetUnit})`.replace(/\s+\)/, ')')
      : PROGRESS_FIELDS.actual.label;
  setChildren(
    form,
    h('h3', { id: 'progress-heading' }, 'บันทึกผลการดำเนินการ'),
    field('round', 'p', 'รอบการรายงาน', roundSel),
    start.fromDraft ? h('p', { class: 'msg info', id: 'p-draft' }, 'มีข้อความที่คุณพิมพ์ไว้และยังไม่ได้บันทึก แสดงอยู่ด้านล่าง — กดบันทึกเพื่อเก็บลงชีต') : null,
    schemaField(PROGRESS_FIELDS, 'status', 'p', status, note('status')),
    statusHint,
    schemaField(PROGRESS_FIELDS, 'result', 'p', result, { label: `${PROGRESS_FIELDS.result.label} (สิ่งที่ทำแล้ว)`, ...note('result') }),
    schemaField(PROGRESS_FIELDS, 'outcome', 'p', outcome, note('outcome')),
    schemaField(PROGRESS_FIELDS, 'actual', 'p', actual, {
      label: actualLabel,
      hint: readOnly.actual ?? (m.target === null ? 'มาตรการนี้ไม่ได้กำหนดค่าเป้าหมาย ใส่ได้ถ้ามีตัวเลข' : undefined),
    }),
    preview,
    schemaField(PROGRESS_FIELDS, 'suggestions', 'p', suggestions, note('suggestions')),
    schemaField(PROGRESS_FIELDS, 'evidence', 'p', evidence, note('evidence')),
    conflictBox,
    savedBy,
    h('div', { class: 'save-row' }, saveBtn, msg),
  );
  updatePreview();
  updateSavedBy();
  actual.addEventListener('input', updatePreview);
  result.addEventListener('input', updatePreview);
  status.addEventListener('change', updatePreview);

  versionedForm<ProgressFields, ProgressView>({
    form,
    prefix: 'p',
    labels: labelsOf(PROGRESS_FIELDS),
    saveButton: saveBtn,
    msg,
    conflictBox,
    drafts: state.drafts,
    draftKey: key,
    loaded: start.loaded,
    // The status control only offers Status values (or shows a read-only cell, never sent).
    read: () => record.get() as ProgressFields,
    write: (f) => {
      record.set(f);
      updatePreview();
    },
    show: (k, f) => (k === 'status' && f.status in d.statusLabels ? statusLabel(f.status) : f[k] || '(ว่าง)'),
    ignore: [roundSel],
    confirm: (values, changes) => (changes.actual ? suspiciousActual(values.actual, m.target) : null),
    save: (values, changes, requestId) => callServer('saveProgress', { measureId: m.id, round, requestId, fields: values, changes }),
    onSaved: (saved, note) => {
      setOwn(saved);
      msg.replaceChildren(
        h('div', { class: 'msg ok', role: 'status' }, `✓ บันทึกแล้ว (${ROUND_LABEL[round]}: ${statusLabel(saved.status)})`),
        note ? h('div', { class: 'msg info', id: 'p-note' }, note) : '',
      );
    },
    onTheirs: (theirs) => setOwn(theirs),
    conflict: {
      notice: 'บางช่องยังไม่ได้บันทึก: มีผู้อื่นแก้ช่องเดียวกันก่อน — เลือกด้านบนทีละช่อง',
      heading: () => 'มีผู้อื่นแก้ช่องเดียวกันก่อนคุณ',
      theirsWho: (theirs) => `ของเขา (${theirs?.updatedBy || 'ในชีต'})`,
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
