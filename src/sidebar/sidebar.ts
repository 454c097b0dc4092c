/**
 * แถบติดตามมาตรการ: division staff see the measures of their unit, update a round's progress, and
 * the coordinator edits, reorders and archives measures. One getTrackerData call loads everything;
 * each save is one small call. Nothing typed is lost: unsaved text is kept per measure and round
 * while the sidebar is open, and a conflicting save shows both texts for the user to choose.
 */
import { FISCAL_ROUNDS, type FiscalRound } from '../core/fiscal';
import { ROUND_LABEL } from '../core/labels';
import { STATUSES as MODEL_STATUSES, type Status } from '../core/model';
import { thaiDigitsInText } from '../core/thai';
import { figurePreview, type FieldErrors, type ProgressFields, type MeasureInput, type MeasureView, type ProgressView, type SaveResult, type TrackerData } from '../core/tracker';
import { byId, h, setChildren } from './dom';
import { field, group, input, select, showFieldErrors, textarea } from './fields';
import { callServer } from './server';

const STATUSES = MODEL_STATUSES;
const ROUNDS = FISCAL_ROUNDS;
/** Responsible text that names every unit ("ทุกสำนัก/กอง") matches every unit filter. */
const ALL_UNITS = /ทุก\s*(สำนัก|กอง|ส่วน|หน่วย)/;

interface Draft {
  fields: ProgressFields;
  baseVersion: number;
  baseFingerprint: string;
}

type MeasureFields = Omit<MeasureInput, 'id' | 'baseVersion' | 'baseFingerprint' | 'fiscalYear'>;

interface MeasureDraft {
  fields: MeasureFields;
  baseVersion: number;
  baseFingerprint: string;
}

type View = { kind: 'list' } | { kind: 'measure'; id: string; round: FiscalRound } | { kind: 'edit'; id: string | null };

const state = {
  data: null as TrackerData | null,
  search: '',
  unit: '',
  status: '' as '' | Status,
  showArchived: false,
  view: { kind: 'list' } as View,
  /** Unsaved progress text by "measureId|round". */
  drafts: new Map<string, Draft>(),
  /** Unsaved measure edits by measure id ('' = new measure). */
  measureDrafts: new Map<string, MeasureDraft>(),
  lastOpened: '',
  /** Whether the measure's details are expanded (kept while moving between measures). */
  detailsOpen: false,
};

// ---------------------------------------------------------------- small helpers

function data(): TrackerData {
  if (!state.data) throw new Error('not loaded');
  return state.data;
}

function say(text: string, kind: 'ok' | 'error' | 'info' = 'info'): void {
  const box = byId('status');
  box.replaceChildren(text ? h('div', { class: `msg ${kind}` }, text) : '');
}

function statusLabel(s: Status): string {
  return data().statusLabels[s];
}

function badge(s: Status, suffix = ''): HTMLElement {
  return h('span', { class: `badge s-${s}` }, statusLabel(s) + suffix);
}

/** The progress that counts for a round (the full year falls back to the 6-month entry, as the report does). */
function progressOf(m: MeasureView, round: FiscalRound): { p: ProgressView | undefined; fromH1: boolean } {
  const own = m.progress[round];
  if (own || round === 'H1') return { p: own, fromH1: false };
  return { p: m.progress.H1, fromH1: !!m.progress.H1 };
}

function statusOf(m: MeasureView, round: FiscalRound): Status {
  return progressOf(m, round).p?.status ?? 'not_started';
}

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

function measureById(id: string): MeasureView | undefined {
  return data().measures.find((m) => m.id === id);
}

function matchesUnit(m: MeasureView, unit: string): boolean {
  return !unit || m.responsible.includes(unit) || ALL_UNITS.test(m.responsible);
}

/** Report order: active measures by order, grouped by section in order of appearance; archived last. */
function sortMeasures(list: MeasureView[]): MeasureView[] {
  const active = list.filter((m) => !m.archived).sort((a, b) => a.order - b.order);
  const sections: string[] = [];
  for (const m of active) if (!sections.includes(m.section)) sections.push(m.section);
  return [...sections.flatMap((s) => active.filter((m) => m.section === s)), ...list.filter((m) => m.archived)];
}

function replaceMeasure(v: MeasureView): void {
  const d = data();
  const old = d.measures.find((m) => m.id === v.id);
  const merged = { ...v, progress: { ...(old?.progress ?? {}), ...v.progress } };
  d.measures = sortMeasures(old ? d.measures.map((m) => (m.id === v.id ? merged : m)) : [...d.measures, merged]);
}

function failMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// ---------------------------------------------------------------- loading

async function load(year?: number, focusId?: string): Promise<void> {
  say('กำลังโหลด…');
  try {
    const d = await callServer('getTrackerData', year);
    state.data = d;
    state.unit = d.units.includes(d.unitFilter) ? d.unitFilter : '';
    say('');
    if (state.view.kind === 'measure' && !measureById(state.view.id)) state.view = { kind: 'list' };
    render();
    if (focusId) document.getElementById(focusId)?.focus();
  } catch (err) {
    say(`โหลดข้อมูลไม่สำเร็จ: ${failMessage(err)}`, 'error');
    byId('app').replaceChildren(h('p', {}, h('button', { type: 'button', onclick: () => void load(year) }, 'ลองโหลดใหม่')));
  }
}

function render(): void {
  const v = state.view;
  if (v.kind === 'list') renderList();
  else if (v.kind === 'measure') renderMeasure(v.id, v.round);
  else renderMeasureEditor(v.id);
}

function go(view: View, focus?: string): void {
  state.view = view;
  render();
  window.scrollTo(0, 0);
  if (focus) document.getElementById(focus)?.focus();
}

// ---------------------------------------------------------------- the list

function visibleMeasures(): MeasureView[] {
  const d = data();
  const q = state.search.trim().toLowerCase();
  return d.measures.filter(
    (m) =>
      (state.showArchived || !m.archived) &&
      matchesUnit(m, state.unit) &&
      (!state.status || statusOf(m, d.currentRound) === state.status) &&
      (!q || m.title.toLowerCase().includes(q)),
  );
}

function card(m: MeasureView, n: number): HTMLElement {
  const d = data();
  const round = d.currentRound;
  const { fromH1 } = progressOf(m, round);
  const hasDraft = ROUNDS.some((r) => state.drafts.has(`${m.id}|${r}`));
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: 'card',
        id: `open-${m.id}`,
        'data-id': m.id,
        onclick: () => {
          state.lastOpened = m.id;
          go({ kind: 'measure', id: m.id, round }, 'measure-title');
        },
      },
      h('span', { class: 't' }, `${m.archived ? '' : `${n}. `}${m.title}`),
      m.responsible ? h('span', { class: 'u' }, m.responsible) : null,
      h(
        'span',
        { class: 'meta' },
        badge(statusOf(m, round), fromH1 ? ' (จากรอบ 6 เดือน)' : ''),
        hasDraft ? h('span', { class: 'tag draft' }, 'มีข้อความยังไม่บันทึก') : null,
        m.archived ? h('span', { class: 'tag arch' }, 'เก็บถาวร') : null,
      ),
    ),
  );
}

function renderList(): void {
  const d = data();
  const listEl = h('ul', { class: 'measures', id: 'measure-list', 'aria-label': 'รายการมาตรการ' });
  const countEl = h('p', { class: 'muted count', id: 'measure-count' });
  const refreshList = (): void => {
    const shown = visibleMeasures();
    const activeIndex = new Map(d.measures.filter((m) => !m.archived).map((m, i) => [m.id, i + 1]));
    listEl.replaceChildren(...shown.map((m) => card(m, activeIndex.get(m.id) ?? 0)));
    const total = d.measures.filter((m) => state.showArchived || !m.archived).length;
    const filtered = !!(state.search.trim() || state.unit || state.status);
    setChildren(
      countEl,
      shown.length === total && !filtered ? `ทั้งหมด ${total} มาตรการ` : `แสดง ${shown.length} จาก ${total} มาตรการ `,
      filtered ? h('button', { type: 'button', class: 'link', id: 'clear-filters', onclick: clearFilters }, 'ล้างตัวกรอง') : null,
    );
    if (!shown.length) listEl.append(h('li', { class: 'muted' }, total ? 'ไม่พบมาตรการที่ตรงกับตัวกรอง' : 'ยังไม่มีมาตรการในปีนี้'));
  };

  const clearFilters = (): void => {
    if (state.unit) callServer('rememberUnitFilter', '').catch(() => undefined);
    state.search = '';
    state.unit = '';
    state.status = '';
    renderList();
    byId('f-search').focus();
  };
  const year = select(d.fiscalYears.map((y) => ({ value: String(y), label: `พ.ศ. ${y}` })), String(d.fiscalYear));
  year.id = 'f-year';
  year.addEventListener('change', () => void load(Number(year.value)));
  const search = input(state.search, { type: 'search', placeholder: 'พิมพ์บางคำของชื่อมาตรการ' });
  search.addEventListener('input', () => {
    state.search = search.value;
    refreshList();
  });
  const unit = select([{ value: '', label: 'ทุกหน่วยงาน' }, ...d.units.map((u) => ({ value: u, label: u }))], state.unit);
  unit.addEventListener('change', () => {
    state.unit = unit.value;
    refreshList();
    callServer('rememberUnitFilter', unit.value).catch(() => undefined);
  });
  const status = select([{ value: '', label: 'ทุกสถานะ' }, ...STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))], state.status);
  status.addEventListener('change', () => {
    state.status = status.value as '' | Status;
    refreshList();
  });
  const archived = h('input', { type: 'checkbox', id: 'f-archived' });
  archived.checked = state.showArchived;
  archived.addEventListener('change', () => {
    state.showArchived = archived.checked;
    refreshList();
  });
  const hasArchived = d.measures.some((m) => m.archived);

  setChildren(
    byId('app'),
    h(
      'div',
      { class: 'top' },
      h('div', {}, h('label', { for: 'f-year' }, 'ปีงบประมาณ'), year),
      h('button', { type: 'button', id: 'reload', 'aria-label': 'โหลดข้อมูลใหม่จากชีต', title: 'โหลดข้อมูลใหม่จากชีต', onclick: () => void load(d.fiscalYear, 'reload') }, '↻ โหลดใหม่'),
    ),
    d.problems.length
      ? h(
          'details',
          { class: 'box warn' },
          h('summary', {}, `ชีตมีแถวที่ต้องแก้ ${d.problems.length} รายการ`),
          h('ul', {}, ...d.problems.slice(0, 20).map((p) => h('li', {}, p))),
        )
      : null,
    h(
      'div',
      { class: 'filters', role: 'search' },
      field('search', 'f', 'ค้นหาชื่อมาตรการ', search),
      field('unit', 'f', 'หน่วยงานที่รับผิดชอบ', unit),
      field('status', 'f', `สถานะ (${ROUND_LABEL[d.currentRound]})`, status),
      hasArchived || d.canEditMeasures ? h('label', { class: 'check', for: 'f-archived' }, archived, 'แสดงมาตรการที่เก็บถาวร') : null,
    ),
    countEl,
    listEl,
    d.canEditMeasures ? h('button', { type: 'button', id: 'add-measure', onclick: () => go({ kind: 'edit', id: null }, 'm-title') }, '+ เพิ่มมาตรการ') : null,
    h('p', { class: 'muted' }, `ผู้ใช้: ${d.user || '(ไม่ทราบ)'}${d.canEditMeasures ? ' · ผู้ประสานงาน' : ''}`),
  );
  refreshList();
}

// ---------------------------------------------------------------- a measure and its progress form

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

function coordinatorTools(m: MeasureView): HTMLElement | null {
  if (!data().canEditMeasures) return null;
  const group = data().measures.filter((x) => !x.archived && x.section === m.section);
  const at = group.findIndex((x) => x.id === m.id);
  return h(
    'div',
    { class: 'tools', role: 'group', 'aria-label': 'จัดการมาตรการ (ผู้ประสานงาน)' },
    h('button', { type: 'button', id: 'edit-measure', onclick: () => go({ kind: 'edit', id: m.id }, 'm-title') }, 'แก้ไขมาตรการ'),
    m.archived ? null : h('button', { type: 'button', id: 'move-up', disabled: at <= 0, 'aria-label': 'เลื่อนลำดับขึ้น', onclick: () => void move(m, -1) }, '▲ ขึ้น'),
    m.archived ? null : h('button', { type: 'button', id: 'move-down', disabled: at < 0 || at >= group.length - 1, 'aria-label': 'เลื่อนลำดับลง', onclick: () => void move(m, 1) }, '▼ ลง'),
    h('button', { type: 'button', id: 'archive', onclick: () => void archive(m, !m.archived) }, m.archived ? 'นำกลับมาใช้' : 'เก็บถาวร'),
  );
}

async function move(m: MeasureView, direction: -1 | 1): Promise<void> {
  say('กำลังเลื่อนลำดับ…');
  try {
    const r = await callServer('moveMeasure', m.id, direction);
    if (!r.ok) {
      say(r.message, 'error');
      if (r.kind === 'conflict') await load(data().fiscalYear);
      return;
    }
    for (const v of r.value) replaceMeasure(v);
    render();
    say(direction < 0 ? 'เลื่อนขึ้นแล้ว' : 'เลื่อนลงแล้ว', 'ok');
    document.getElementById(direction < 0 ? 'move-up' : 'move-down')?.focus();
  } catch (err) {
    say(`เลื่อนลำดับไม่สำเร็จ: ${failMessage(err)}`, 'error');
  }
}

async function archive(m: MeasureView, archived: boolean): Promise<void> {
  say(archived ? 'กำลังเก็บถาวร…' : 'กำลังนำกลับมา…');
  try {
    const r = await callServer('archiveMeasure', m.id, archived, m.version, m.fingerprint);
    if (!r.ok) {
      say(r.kind === 'conflict' ? `${r.message} — โหลดข้อมูลล่าสุดแล้ว ลองอีกครั้ง` : r.message, 'error');
      if (r.kind === 'conflict') await load(data().fiscalYear);
      return;
    }
    replaceMeasure(r.value);
    render();
    say(archived ? 'เก็บถาวรแล้ว: ไม่แสดงในรายการและรายงาน (ข้อมูลยังอยู่ในชีต นำกลับมาได้)' : 'นำกลับมาใช้แล้ว', 'ok');
    document.getElementById('archive')?.focus();
  } catch (err) {
    say(`ไม่สำเร็จ: ${failMessage(err)}`, 'error');
  }
}

const PROGRESS_LABELS: Record<keyof ProgressFields, string> = {
  status: 'สถานะ',
  result: 'ผลการดำเนินการ',
  outcome: 'ผลลัพธ์/ความสำเร็จ',
  actual: 'ผลที่ทำได้ (ตัวเลข)',
  suggestions: 'ข้อเสนอแนะ',
  evidence: 'หลักฐาน (ลิงก์)',
};

function renderMeasure(id: string, round: FiscalRound): void {
  const d = data();
  const m = measureById(id);
  if (!m) return go({ kind: 'list' });
  say('');
  const key = `${m.id}|${round}`;
  const { p: loaded, fromH1 } = progressOf(m, round);
  const own = m.progress[round];
  const draft = state.drafts.get(key);
  const start = draft?.fields ?? fieldsOf(loaded);
  let base = draft ? { version: draft.baseVersion, fingerprint: draft.baseFingerprint } : { version: own?.version ?? 0, fingerprint: own?.fingerprint ?? '' };

  const roundSel = select(ROUNDS.map((r) => ({ value: r, label: ROUND_LABEL[r] + (r === d.currentRound ? ' (รอบปัจจุบัน)' : '') })), round);
  roundSel.addEventListener('change', () => go({ kind: 'measure', id, round: roundSel.value as FiscalRound }, 'p-round'));
  const status = select(STATUSES.map((s) => ({ value: s, label: statusLabel(s) })), start.status);
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

  const values = (): ProgressFields => ({
    status: status.value as Status,
    result: result.value,
    outcome: outcome.value,
    actual: actual.value,
    suggestions: suggestions.value,
    evidence: evidence.value,
  });
  const setValues = (f: ProgressFields): void => {
    status.value = f.status;
    result.value = f.result;
    outcome.value = f.outcome;
    actual.value = f.actual;
    suggestions.value = f.suggestions;
    evidence.value = f.evidence;
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
    savedBy.textContent = cur ? (who || when ? `บันทึกล่าสุด ${[who, when].filter(Boolean).join(' ')}` : 'มีข้อมูลรอบนี้ในชีตแล้ว (กรอกในชีตโดยตรง)') : fromH1 ? 'รอบนี้ยังไม่มีการบันทึก — ข้อความด้านล่างยกมาจากรอบ 6 เดือน แก้แล้วกดบันทึก' : 'รอบนี้ยังไม่มีการบันทึก';
  };
  const remember = (): void => {
    const f = values();
    const pristine = fieldsOf(progressOf(measureById(id) ?? m, round).p);
    if (sameFields(f, pristine) && base.version === (measureById(id)?.progress[round]?.version ?? 0)) state.drafts.delete(key);
    else state.drafts.set(key, { fields: f, baseVersion: base.version, baseFingerprint: base.fingerprint });
  };

  const form = h('form', { id: 'progress-form', novalidate: true, 'aria-labelledby': 'progress-heading' });
  const actualLabel = m.target !== null ? `${m.targetLabel || 'ผลที่ทำได้'} ที่ทำได้ (เป้าหมาย ${m.target.toLocaleString('en-US')} ${m.targetUnit})`.replace(/\s+\)/, ')') : PROGRESS_LABELS.actual;
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
    field('evidence', 'p', PROGRESS_LABELS.evidence, evidence, 'ลิงก์ละหนึ่งบรรทัด ขึ้นต้นด้วย https:// (ไฟล์ในเครื่องใช้ไม่ได้ — อัปโหลดขึ้น Drive หรือเว็บไซต์ก่อน)'),
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
      r = await callServer('saveProgress', { measureId: m.id, round, ...mine, baseVersion: onBase.version, baseFingerprint: onBase.fingerprint });
    } catch (err) {
      msg.replaceChildren(h('div', { class: 'msg error', role: 'alert' }, `บันทึกไม่สำเร็จ: ${failMessage(err)} — ข้อความที่พิมพ์ยังอยู่ กดบันทึกอีกครั้งได้`));
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
    keepMine.addEventListener('click', () => void submit(values(), { version: theirs?.version ?? 0, fingerprint: theirs?.fingerprint ?? '' }));
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

// ---------------------------------------------------------------- the coordinator's measure editor

const MEASURE_LABELS: Record<keyof MeasureFields, string> = {
  title: 'ชื่อมาตรการ/โครงการ/กิจกรรม',
  section: 'หมวด/ประเด็นการวิเคราะห์',
  itaTags: 'ตัวชี้วัด/ข้อ ITA',
  issue: 'ประเด็นที่ต้องปรับปรุง/พัฒนา',
  steps: 'ขั้นตอน/วิธีการ',
  responsible: 'ผู้รับผิดชอบ',
  period: 'ระยะเวลา',
  monitoring: 'การติดตาม/กำหนดเวลาแล้วเสร็จ',
  targetLabel: 'สิ่งที่นับ',
  target: 'ค่าเป้าหมาย',
  targetUnit: 'หน่วยนับ',
};

function measureFieldsOf(m: MeasureView | undefined): MeasureFields {
  return {
    title: m?.title ?? '',
    section: m?.section ?? '',
    itaTags: m?.itaTags ?? '',
    issue: m?.issue ?? '',
    steps: m?.steps ?? '',
    responsible: m?.responsible ?? '',
    period: m?.period ?? '',
    monitoring: m?.monitoring ?? '',
    targetLabel: m?.targetLabel ?? '',
    target: m?.target === null || m?.target === undefined ? '' : String(m.target),
    targetUnit: m?.targetUnit ?? '',
  };
}

function splitUnits(text: string, units: string[]): { chosen: string[]; other: string } {
  const parts = text.split(/[,\n]+/).map((s) => s.trim()).filter(Boolean);
  return { chosen: parts.filter((p) => units.includes(p)), other: parts.filter((p) => !units.includes(p)).join(', ') };
}

function renderMeasureEditor(id: string | null): void {
  const d = data();
  const m = id ? measureById(id) : undefined;
  if (id && !m) return go({ kind: 'list' });
  say('');
  const draftKey = id ?? '';
  const draft = state.measureDrafts.get(draftKey);
  const start = draft?.fields ?? measureFieldsOf(m);
  let base = draft ? { version: draft.baseVersion, fingerprint: draft.baseFingerprint } : { version: m?.version ?? 0, fingerprint: m?.fingerprint ?? '' };

  const sections = [...new Set(d.measures.map((x) => x.section).filter(Boolean))];
  const title = textarea(start.title, 2);
  const section = input(start.section, { list: 'section-list' });
  const itaTags = input(start.itaTags, { placeholder: 'เช่น ตัวชี้วัดที่ 1, O9' });
  const issue = textarea(start.issue, 2);
  const steps = textarea(start.steps, 4);
  const period = input(start.period, { placeholder: 'เช่น ต.ค. 2567 – ก.ย. 2568' });
  const monitoring = textarea(start.monitoring, 2);
  const targetLabel = input(start.targetLabel, { placeholder: 'เช่น ผู้เข้าร่วมกิจกรรม' });
  const target = input(start.target, { inputmode: 'decimal' });
  const targetUnit = input(start.targetUnit, { placeholder: 'เช่น คน' });
  const split = splitUnits(start.responsible, d.units);
  const unitBoxes = d.units.map((u, i) => {
    const box = h('input', { type: 'checkbox', id: `m-unit-${i}`, value: u });
    box.checked = split.chosen.includes(u);
    return { box, el: h('label', { class: 'check', for: `m-unit-${i}` }, box, u) };
  });
  const other = input(split.other);
  const responsible = (): string => [...unitBoxes.filter((u) => u.box.checked).map((u) => u.box.value), ...(other.value.trim() ? [other.value.trim()] : [])].join(', ');

  const values = (): MeasureFields => ({
    title: title.value,
    section: section.value,
    itaTags: itaTags.value,
    issue: issue.value,
    steps: steps.value,
    responsible: responsible(),
    period: period.value,
    monitoring: monitoring.value,
    targetLabel: targetLabel.value,
    target: target.value,
    targetUnit: targetUnit.value,
  });
  const setValues = (f: MeasureFields): void => {
    title.value = f.title;
    section.value = f.section;
    itaTags.value = f.itaTags;
    issue.value = f.issue;
    steps.value = f.steps;
    period.value = f.period;
    monitoring.value = f.monitoring;
    targetLabel.value = f.targetLabel;
    target.value = f.target;
    targetUnit.value = f.targetUnit;
    const s = splitUnits(f.responsible, d.units);
    for (const u of unitBoxes) u.box.checked = s.chosen.includes(u.box.value);
    other.value = s.other;
  };
  const msg = h('div', { id: 'm-msg', 'aria-live': 'polite' });
  const conflictBox = h('div', { id: 'm-conflict' });
  const saveBtn = h('button', { type: 'submit', class: 'primary', id: 'm-save' }, m ? 'บันทึกมาตรการ' : 'เพิ่มมาตรการ');
  const backTo = (): void => (m ? go({ kind: 'measure', id: m.id, round: d.currentRound }, 'edit-measure') : go({ kind: 'list' }, 'add-measure'));

  const form = h('form', { id: 'measure-form', novalidate: true, 'aria-labelledby': 'edit-heading' });
  setChildren(
    form,
    h('h2', { id: 'edit-heading', tabindex: '-1' }, m ? 'แก้ไขมาตรการ' : `เพิ่มมาตรการ ปีงบประมาณ ${d.fiscalYear}`),
    draft ? h('p', { class: 'msg info' }, 'มีข้อความที่คุณพิมพ์ไว้และยังไม่ได้บันทึก แสดงอยู่ด้านล่าง') : null,
    field('title', 'm', `${MEASURE_LABELS.title} *`, title),
    field('section', 'm', MEASURE_LABELS.section, section, 'มาตรการหมวดเดียวกันอยู่ด้วยกันในรายงาน'),
    h('datalist', { id: 'section-list' }, ...sections.map((s) => h('option', { value: s }))),
    field('steps', 'm', MEASURE_LABELS.steps, steps, 'หนึ่งขั้นตอนต่อบรรทัด รายงานจะใส่เลขข้อให้'),
    group(
      'responsible',
      'm',
      MEASURE_LABELS.responsible,
      h('div', { class: 'units-box' }, ...unitBoxes.map((u) => u.el)),
      split.other ? field('responsibleOther', 'm', 'ผู้รับผิดชอบอื่น (ข้อความเดิมในชีต)', other) : null,
    ),
    field('period', 'm', MEASURE_LABELS.period, period),
    field('monitoring', 'm', MEASURE_LABELS.monitoring, monitoring),
    h(
      'fieldset',
      {},
      h('legend', {}, 'ตัวเลขเป้าหมาย (ถ้ามี)'),
      field('targetLabel', 'm', MEASURE_LABELS.targetLabel, targetLabel),
      h('div', { class: 'pair' }, h('div', {}, field('target', 'm', MEASURE_LABELS.target, target)), h('div', { class: 'narrow' }, field('targetUnit', 'm', MEASURE_LABELS.targetUnit, targetUnit))),
    ),
    field('itaTags', 'm', MEASURE_LABELS.itaTags, itaTags),
    field('issue', 'm', MEASURE_LABELS.issue, issue),
    h('p', { class: 'muted' }, `ปีงบประมาณ ${m?.fiscalYear ?? d.fiscalYear}${m ? ` · รหัส ${m.id}` : ''}`),
    conflictBox,
    h('div', { class: 'save-row' }, h('button', { type: 'button', id: 'm-cancel', onclick: backTo }, 'กลับ'), saveBtn),
    msg,
  );
  const remember = (): void => {
    const f = values();
    const pristine = measureFieldsOf(m);
    if ((Object.keys(f) as (keyof MeasureFields)[]).every((k) => f[k].trim() === pristine[k].trim())) state.measureDrafts.delete(draftKey);
    else state.measureDrafts.set(draftKey, { fields: f, baseVersion: base.version, baseFingerprint: base.fingerprint });
  };
  form.addEventListener('input', remember);
  form.addEventListener('change', remember);
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  const submit = async (mine: MeasureFields, onBase: { version: number; fingerprint: string }): Promise<void> => {
    saveBtn.disabled = true;
    msg.replaceChildren(h('div', { class: 'msg info' }, 'กำลังบันทึก…'));
    let r: SaveResult<MeasureView>;
    try {
      r = await callServer('saveMeasure', { ...mine, id: m?.id, fiscalYear: m?.fiscalYear ?? d.fiscalYear, baseVersion: onBase.version, baseFingerprint: onBase.fingerprint });
    } catch (err) {
      msg.replaceChildren(h('div', { class: 'msg error', role: 'alert' }, `บันทึกไม่สำเร็จ: ${failMessage(err)} — ข้อความที่พิมพ์ยังอยู่ กดบันทึกอีกครั้งได้`));
      return;
    } finally {
      saveBtn.disabled = false;
    }
    showFieldErrors(form, 'm', {}, false);
    if (r.ok) {
      state.measureDrafts.delete(draftKey);
      replaceMeasure(r.value);
      state.lastOpened = r.value.id;
      go({ kind: 'measure', id: r.value.id, round: d.currentRound }, 'measure-title');
      say(m ? 'บันทึกมาตรการแล้ว' : 'เพิ่มมาตรการแล้ว', 'ok');
      return;
    }
    if (r.kind === 'invalid') {
      const rest = showFieldErrors(form, 'm', r.fieldErrors as FieldErrors);
      msg.replaceChildren(h('div', { class: 'msg error', role: 'alert' }, [r.message, ...rest].join(' — ')));
      return;
    }
    if (r.kind === 'conflict') {
      const theirs = r.theirs;
      const tf = measureFieldsOf(theirs ?? undefined);
      const keys = (Object.keys(MEASURE_LABELS) as (keyof MeasureFields)[]).filter((k) => tf[k].trim() !== mine[k].trim());
      msg.replaceChildren(h('div', { class: 'msg error' }, 'ยังไม่ได้บันทึก — เลือกด้านล่าง'));
      const keepMine = h('button', { type: 'button', class: 'primary', id: 'keep-mine' }, 'ใช้ของฉัน (บันทึกทับของเขา)');
      const useTheirs = h('button', { type: 'button', id: 'use-theirs' }, theirs ? 'ใช้ของเขา (ทิ้งข้อความของฉัน)' : 'กลับไปรายการ');
      keepMine.addEventListener('click', () => void submit(values(), { version: theirs?.version ?? 0, fingerprint: theirs?.fingerprint ?? '' }));
      useTheirs.addEventListener('click', () => {
        state.measureDrafts.delete(draftKey);
        if (!theirs) return void load(d.fiscalYear);
        replaceMeasure(theirs);
        base = { version: theirs.version, fingerprint: theirs.fingerprint };
        setValues(tf);
        conflictBox.replaceChildren();
        msg.replaceChildren(h('div', { class: 'msg ok' }, 'ใช้ข้อความของเขาแล้ว'));
        title.focus();
      });
      conflictBox.replaceChildren(
        h(
          'div',
          { class: 'conflict', role: 'alert' },
          h('h4', { id: 'conflict-title', tabindex: '-1', style: 'margin:0 0 4px' }, theirs ? 'มีผู้อื่นแก้มาตรการนี้ก่อนคุณ' : 'ไม่พบมาตรการนี้ในชีตแล้ว'),
          h('p', {}, r.message),
          ...keys.map((k) =>
            h(
              'div',
              { class: 'diff', 'data-field': k },
              h('div', { class: 'f' }, MEASURE_LABELS[k]),
              h('div', { class: 'v theirs' }, h('span', { class: 'who' }, 'ในชีตตอนนี้'), tf[k] || '(ว่าง)'),
              h('div', { class: 'v mine' }, h('span', { class: 'who' }, 'ของคุณ (ยังไม่บันทึก)'), mine[k] || '(ว่าง)'),
            ),
          ),
          h('div', { class: 'tools' }, theirs ? keepMine : null, useTheirs),
        ),
      );
      byId('conflict-title').focus();
      return;
    }
    msg.replaceChildren(h('div', { class: 'msg error', role: 'alert' }, `${r.message} — ข้อความที่พิมพ์ยังอยู่`));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (saveBtn.disabled) return;
    remember();
    void submit(values(), base);
  });
  byId('app').replaceChildren(form);
}

void load();
