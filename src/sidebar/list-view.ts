/** The measure list: year, search, unit, status and archived filters, and one card per measure. */
import { FISCAL_ROUNDS as ROUNDS } from '../core/fiscal';
import { ROUND_LABEL } from '../core/labels';
import { STATUSES, type Status } from '../core/model';
import type { MeasureSummary } from '../core/tracker';
import { byId, h, setChildren } from './dom';
import { field, input, select } from './fields';
import { go, load } from './navigation';
import { callServer } from './server';
import { staleBanner } from './stale-banner';
import { badge, data, state, statusLabel, summaryStatus } from './state';

/** Responsible text that names every unit ("ทุกสำนัก/กอง") matches every unit filter. */
const ALL_UNITS = /ทุก\s*(สำนัก|กอง|ส่วน|หน่วย)/;

function matchesUnit(m: MeasureSummary, unit: string): boolean {
  return !unit || m.responsible.includes(unit) || ALL_UNITS.test(m.responsible);
}

/** Titles and units are searched here as the user types; other texts by the server (see renderList). */
function matchesSearch(m: MeasureSummary, q: string): boolean {
  if (!q) return true;
  if (m.title.toLowerCase().includes(q) || m.responsible.toLowerCase().includes(q)) return true;
  const found = state.textMatches;
  return !!found && found.query === q && found.ids.has(m.id);
}

function visibleMeasures(): MeasureSummary[] {
  const d = data();
  const q = state.search.trim().toLowerCase();
  return d.measures.filter(
    (m) =>
      (state.showArchived || !m.archived) &&
      matchesUnit(m, state.unit) &&
      (!state.status || summaryStatus(m, d.currentRound).status === state.status) &&
      matchesSearch(m, q),
  );
}

/** Full-text search: one server call once the user has stopped typing for 400 ms. */
const FULL_TEXT_IDLE_MS = 400;
let fullTextTimer: ReturnType<typeof setTimeout> | undefined;

function card(m: MeasureSummary, n: number): HTMLElement {
  const d = data();
  const round = d.currentRound;
  const { status, fromH1 } = summaryStatus(m, round);
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
        badge(status, fromH1 ? ' (จากรอบ 6 เดือน)' : ''),
        hasDraft ? h('span', { class: 'tag draft' }, 'มีข้อความยังไม่บันทึก') : null,
        m.archived ? h('span', { class: 'tag arch' }, 'เก็บถาวร') : null,
      ),
    ),
  );
}

export function renderList(): void {
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
  const year = select(
    d.fiscalYears.map((y) => ({ value: String(y), label: `พ.ศ. ${y}` })),
    String(d.fiscalYear),
  );
  year.id = 'f-year';
  year.addEventListener('change', () => void load(Number(year.value)));
  const search = input(state.search, { type: 'search', placeholder: 'ชื่อมาตรการ หน่วยงาน หรือข้อความใดก็ได้' });
  search.addEventListener('input', () => {
    state.search = search.value;
    refreshList();
    clearTimeout(fullTextTimer);
    const q = search.value.trim().toLowerCase();
    if (!q) return;
    fullTextTimer = setTimeout(() => {
      callServer('searchMeasures', d.fiscalYear, q)
        .then((ids) => {
          if (state.search.trim().toLowerCase() !== q) return;
          state.textMatches = { query: q, ids: new Set(ids) };
          refreshList();
        })
        .catch(() => undefined);
    }, FULL_TEXT_IDLE_MS);
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
      h(
        'button',
        {
          type: 'button',
          id: 'reload',
          title: 'โหลดข้อมูลใหม่จากชีต',
          onclick: () => void load(d.fiscalYear, 'reload'),
        },
        '↻ โหลดใหม่',
      ),
    ),
    d.problems.length
      ? h(
          'details',
          { class: 'box warn' },
          h('summary', {}, `ชีตมีแถวที่ต้องแก้ ${d.problems.length} รายการ`),
          h('ul', {}, ...d.problems.slice(0, 20).map((p) => h('li', {}, p))),
        )
      : null,
    staleBanner(d.staleReports ?? [], (r) => {
      if (r.ok) void load(d.fiscalYear);
    }),
    d.yearClosed
      ? h(
          'p',
          { class: 'box warn', id: 'year-closed', role: 'status' },
          `ปีงบประมาณ ${d.fiscalYear} ปิดรับบันทึกผลแล้ว — ดูได้อย่างเดียว (ผู้ประสานงานเปิดได้ที่ชีต "ค่ากำหนดรายปี")`,
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
    d.canEditMeasures
      ? h('button', { type: 'button', id: 'add-measure', onclick: () => go({ kind: 'edit', id: null }, 'm-title') }, '+ เพิ่มมาตรการ')
      : null,
    h('p', { class: 'muted' }, `ผู้ใช้: ${d.user || '(ไม่ทราบ)'}${d.canEditMeasures ? ' · ผู้ประสานงาน' : ''}`),
  );
  refreshList();
}
