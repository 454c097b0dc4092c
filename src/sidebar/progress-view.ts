/**
 * One measure's page: its details, the coordinator's tools and the progress form for a round, with
 * the live report preview of the figure and the both-texts choice when someone saved first.
 */
import { FISCAL_ROUNDS as ROUNDS, type FiscalRound } from '../core/fiscal';
import { ROUND_LABEL } from '../core/labels';
import { STATUSES } from '../core/model';
import { thaiDigitsInText } from '../core/thai';
import {
  figurePreview,
  type FieldErrors,
  type MeasureView,
  type ProgressFields,
  type ProgressView,
  type SaveResult,
} from '../core/tracker';
import { byId, h, setChildren } from './dom';
import { field, formRecord, input, select, showFieldErrors, textarea } from './fields';
import { coordinatorTools } from './measure-tools';
import { go } from './router';
import { callServer } from './server';
import { badge, data, failMessage, measureById, progressOf, say, state, statusLabel, statusOf } from './state';

const PROGRESS_LABELS: Record<keyof ProgressFields, string> = {
  status: 'สถานะ',
  result: 'ผลการดำเนินการ',
  outcome: 'ผลลัพธ์/ความสำเร็จ',
  actual: 'ผลที่ทำได้ (ตัวเลข)',
  suggestions: 'ข้อเสนอแนะ',
  evidence: 'หลักฐาน (ลิงก์)',
};

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

function sameFields(a: ProgressFields, b: ProgressFields): boolean {
  return (Object.keys(a) as (keyof ProgressFields)[]).every((k) => a[k].trim() === b[k].trim());
}

function formatWhen(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('th-TH', { dateStyle: 'medium', timeStyle: 'short' });
}

function details(m: MeasureView): HTMLElement {
  const target = m.target !== null ? `${m.targetLabel || 'เป้าหมาย'} ${m.target.toLocaleString('en-US')} ${m.targetUnit}`.trim() : '';
  const rows: [string, string][] = [
    ['หมวด/ประเด็นการวิเคราะห์', m.section],
    ['ตัวชี้วัด/ข้อ ITA', m.itaTags],
    ['ประเด็นที่ต้องปรับปรุง/พัฒนา', m.issue],
    ['ขั้นตอน/วิธีการ', m.steps],
    ['ผู้รับผิดชอบ', m.responsible],
    ['ระยะเวลา', m.period],
    ['การติดตาม', m.monitoring],
    ['ค่าเป้าหมาย', target],
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
  const own = m.progress[round];
  const draft = state.drafts.get(key);
  const start = draft?.fields ?? fieldsOf(loaded);
  let base = draft
    ? { version: draft.baseVersion, fingerprint: draft.baseFingerprint }
    : { version: own?.version ?? 0, fingerprint: own?.fingerprint ?? '' };

  const roundSel = select(
    ROUNDS.map((r) => ({ value: r, label: ROUND_LABEL[r] + (r === d.currentRound ? ' (รอบปัจจุบัน)' : '') })),
    round,
  );
  roundSel.addEventListener('change', () => go({ kind: 'measure', id, round: roundSel.value as FiscalRound }, 'p-round'));
  const status = select(
    STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
    start.status,
  );
  const result = textarea(start.result, 4);
  const outcome = textarea(start.outcome, 3);
  const actual = input(start.actual, { inputmode: 'decimal' });
  const suggestions = textarea(start.suggestions, 2);
  const evidence = textarea(start.evidence, 2, { placeholder: 'https://…', spellcheck: 'false' });
  const preview = h('p', { class: 'preview', id: 'p-preview', 'aria-live': 'polite' });
  const msg = h('div', { id: 'p-msg', 'aria-live': 'polite' });
  const conflictBox = h('div', { id: 'p-conflict' });
  const saveBtn = h('button', { type: 'submit', class: 'primary', id: 'p-save' }, 'บันทึก');
  const savedBy = h('p', { class: 'muted saved-by', id: 'p-saved-by' });

  const record = formRecord({ status, result, outcome, actual, suggestions, evidence });
  // The status select only offers Status values.
  const values = (): ProgressFields => record.get() as ProgressFields;
  const setValues = (f: ProgressFields): void => {
    record.set(f);
    updatePreview();
  };
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
  const remember = (): void => {
    const f = values();
    const pristine = fieldsOf(progressOf(measureById(id) ?? m, round).p);
    if (sameFields(f, pristine) && base.version === (measureById(id)?.progress[round]?.version ?? 0)) state.drafts.delete(key);
    else state.drafts.set(key, { fields: f, baseVersion: base.version, baseFingerprint: base.fingerprint });
  };

  const form = h('form', { id: 'progress-form', novalidate: true, 'aria-labelledby': 'progress-heading' });
  const actualLabel =
    m.target !== null
      ? `${m.targetLabel || 'ผลที่ทำได้'} ที่ทำได้ (เป้าหมาย ${m.target.toLocaleString('en-US')} ${m.targetUnit})`.replace(/\s+\)/, ')')
      : PROGRESS_LABELS.actual;
  setChildren(
    form,
    h('h3', { id: 'progress-heading' }, 'บันทึกผลการดำเนินการ'),
    field('round', 'p', 'รอบการรายงาน', roundSel),
    draft ? h('p', { class: 'msg info' }, 'มีข้อความที่คุณพิมพ์ไว้และยังไม่ได้บันทึก แสดงอยู่ด้านล่าง') : null,
    field('status', 'p', PROGRESS_LABELS.status, status),
    field('result', 'p', 'ผลการดำเนินการ (สิ่งที่ทำแล้ว)', result, 'ขึ้นบรรทัดใหม่สำหรับแต่ละข้อ รายงานจะใส่เลขข้อให้'),
    field('outcome', 'p', PROGRESS_LABELS.outcome, outcome),
    field('actual', 'p', actualLabel, actual, m.target === null ? 'มาตรการนี้ไม่ได้กำหนดค่าเป้าหมาย ใส่ได้ถ้ามีตัวเลข' : undefined),
    preview,
    field('suggestions', 'p', PROGRESS_LABELS.suggestions, suggestions),
    field(
      'evidence',
      'p',
      PROGRESS_LABELS.evidence,
      evidence,
      'ลิงก์ละหนึ่งบรรทัด ขึ้นต้นด้วย https:// (ไฟล์ในเครื่องใช้ไม่ได้ — อัปโหลดขึ้น Drive หรือเว็บไซต์ก่อน)',
    ),
    conflictBox,
    h('div', { class: 'save-row' }, saveBtn),
    msg,
    savedBy,
  );
  updatePreview();
  updateSavedBy();
  actual.addEventListener('input', updatePreview);
  form.addEventListener('input', (e) => {
    if (e.target !== roundSel) remember();
  });
  form.addEventListener('change', (e) => {
    if (e.target !== roundSel) remember();
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  const submit = async (mine: ProgressFields, onBase: { version: number; fingerprint: string }): Promise<void> => {
    saveBtn.disabled = true;
    saveBtn.textContent = 'กำลังบันทึก…';
    msg.replaceChildren(h('div', { class: 'msg info' }, 'กำลังบันทึก…'));
    let r: SaveResult<ProgressView>;
    try {
      r = await callServer('saveProgress', {
        measureId: m.id,
        round,
        ...mine,
        baseVersion: onBase.version,
        baseFingerprint: onBase.fingerprint,
      });
    } catch (err) {
      msg.replaceChildren(
        h('div', { class: 'msg error', role: 'alert' }, `บันทึกไม่สำเร็จ: ${failMessage(err)} — ข้อความที่พิมพ์ยังอยู่ กดบันทึกอีกครั้งได้`),
      );
      return;
    } finally {
      saveBtn.disabled = false;
      saveBtn.textContent = 'บันทึก';
    }
    showFieldErrors(form, 'p', {}, false);
    if (r.ok) {
      const cur = measureById(id);
      if (cur) cur.progress = { ...cur.progress, [round]: r.value };
      base = { version: r.value.version, fingerprint: r.value.fingerprint };
      state.drafts.delete(key);
      conflictBox.replaceChildren();
      setValues(fieldsOf(r.value));
      updateSavedBy();
      badgeSlot.replaceChildren(badge(r.value.status));
      msg.replaceChildren(h('div', { class: 'msg ok' }, `✓ บันทึกแล้ว (${ROUND_LABEL[round]}: ${statusLabel(r.value.status)})`));
      return;
    }
    if (r.kind === 'invalid') {
      const rest = showFieldErrors(form, 'p', r.fieldErrors as FieldErrors);
      msg.replaceChildren(h('div', { class: 'msg error', role: 'alert' }, [r.message, ...rest].join(' — ')));
      return;
    }
    if (r.kind === 'conflict') {
      showConflict(r.message, r.theirs, mine);
      return;
    }
    msg.replaceChildren(h('div', { class: 'msg error', role: 'alert' }, `${r.message} — ข้อความที่พิมพ์ยังอยู่`));
  };

  const showConflict = (message: string, theirs: ProgressView | null, mine: ProgressFields): void => {
    msg.replaceChildren(h('div', { class: 'msg error' }, 'ยังไม่ได้บันทึก: มีผู้อื่นบันทึกรายการนี้ก่อน — เลือกด้านล่าง'));
    const theirFields = fieldsOf(theirs ?? undefined);
    const keys = (Object.keys(PROGRESS_LABELS) as (keyof ProgressFields)[]).filter((k) => theirFields[k].trim() !== mine[k].trim());
    const shown = (k: keyof ProgressFields, f: ProgressFields): string => (k === 'status' ? statusLabel(f.status) : f[k] || '(ว่าง)');
    const keepMine = h('button', { type: 'button', class: 'primary', id: 'keep-mine' }, 'ใช้ของฉัน (บันทึกทับของเขา)');
    const useTheirs = h('button', { type: 'button', id: 'use-theirs' }, 'ใช้ของเขา (ทิ้งข้อความของฉัน)');
    keepMine.addEventListener(
      'click',
      () => void submit(values(), { version: theirs?.version ?? 0, fingerprint: theirs?.fingerprint ?? '' }),
    );
    useTheirs.addEventListener('click', () => {
      const cur = measureById(id);
      if (cur && theirs) cur.progress = { ...cur.progress, [round]: theirs };
      base = { version: theirs?.version ?? 0, fingerprint: theirs?.fingerprint ?? '' };
      state.drafts.delete(key);
      setValues(theirFields);
      conflictBox.replaceChildren();
      updateSavedBy();
      badgeSlot.replaceChildren(badge(statusOf(cur ?? m, round)));
      msg.replaceChildren(h('div', { class: 'msg ok' }, 'ใช้ข้อความของเขาแล้ว (ข้อมูลล่าสุดในชีต)'));
      result.focus();
    });
    conflictBox.replaceChildren(
      h(
        'div',
        { class: 'conflict', role: 'alert' },
        h('h4', { id: 'conflict-title', tabindex: '-1', style: 'margin:0 0 4px' }, 'มีผู้อื่นบันทึกก่อนคุณ'),
        h('p', {}, message),
        ...(keys.length ? keys : (['result'] as const)).map((k) =>
          h(
            'div',
            { class: 'diff', 'data-field': k },
            h('div', { class: 'f' }, PROGRESS_LABELS[k]),
            h('div', { class: 'v theirs' }, h('span', { class: 'who' }, `ของเขา (${theirs?.updatedBy || 'ในชีต'})`), shown(k, theirFields)),
            h('div', { class: 'v mine' }, h('span', { class: 'who' }, 'ของคุณ (ยังไม่บันทึก)'), shown(k, mine)),
          ),
        ),
        h('div', { class: 'tools' }, keepMine, useTheirs),
      ),
    );
    byId('conflict-title').focus();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (saveBtn.disabled) return;
    remember();
    void submit(values(), base);
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
