/**
 * The sidebar's navigation: which view is showing, and loading the data it shows. Views register
 * their render function here (sidebar.ts wires them) and call go/load/render back; this module
 * imports no view, so nothing imports in a circle.
 */
import { byId, h } from './dom';
import { DraftStore } from './drafts';
import { callServer, failMessage } from './server';
import { say, state, summaryById, type View } from './state';

type ViewKind = View['kind'];
type Renderers = { [K in ViewKind]: (view: Extract<View, { kind: K }>) => void };

let renderers: Renderers | null = null;

/** Called once by the page's entry with a render function for every kind of view. */
export function registerViews(views: Renderers): void {
  renderers = views;
}

function renderView<K extends ViewKind>(view: Extract<View, { kind: K }>): void {
  if (!renderers) throw new Error('sidebar views are not registered');
  (renderers[view.kind] as (v: Extract<View, { kind: K }>) => void)(view);
}

/** Draws the current view again (after the data changed). */
export function render(): void {
  renderView(state.view);
}

/** Shows another view, from the top, and focuses `focus` (an element id) if given. */
export function go(view: View, focus?: string): void {
  state.view = view;
  render();
  window.scrollTo(0, 0);
  if (focus) document.getElementById(focus)?.focus();
}

/** Fetches everything with one getTrackerData call and draws the current view. */
export async function load(year?: number, focusId?: string): Promise<void> {
  say('กำลังโหลด…');
  try {
    const d = await callServer('getTrackerData', year);
    if (!state.data || state.data.user !== d.user) state.drafts = new DraftStore(d.user, undefined, d.drafts);
    state.data = d;
    state.full.clear();
    state.textMatches = null;
    state.unit = d.units.includes(d.unitFilter) ? d.unitFilter : '';
    say('');
    if (state.view.kind === 'measure' && !summaryById(state.view.id)) state.view = { kind: 'list' };
    render();
    if (focusId) document.getElementById(focusId)?.focus();
  } catch (err) {
    say(`โหลดข้อมูลไม่สำเร็จ: ${failMessage(err)}`, 'error');
    byId('app').replaceChildren(h('p', {}, h('button', { type: 'button', onclick: () => void load(year) }, 'ลองโหลดใหม่')));
  }
}

/**
 * Draws a measure's page once its full texts are here: one getMeasure call the first time it is
 * opened after the list was loaded. Returns false (and says why) when it cannot be loaded.
 */
export function needFullMeasure(id: string): boolean {
  if (state.full.has(id)) return true;
  byId('app').replaceChildren(h('p', { class: 'muted', role: 'status' }, 'กำลังเปิดมาตรการ…'));
  callServer('getMeasure', id)
    .then((m) => {
      if (!m) {
        say('ไม่พบมาตรการนี้ในชีตแล้ว — โหลดรายการใหม่', 'error');
        return void load(state.data?.fiscalYear);
      }
      state.full.set(id, m);
      const view = state.view;
      if ((view.kind === 'measure' || view.kind === 'edit') && view.id === id) render();
      document.getElementById(view.kind === 'edit' ? 'm-title' : 'measure-title')?.focus();
    })
    .catch((err: unknown) => {
      say(`เปิดมาตรการไม่สำเร็จ: ${failMessage(err)}`, 'error');
      byId('app').replaceChildren(
        h('p', {}, h('button', { type: 'button', id: 'back', onclick: () => go({ kind: 'list' }) }, '← กลับไปรายการ')),
      );
    });
  return false;
}
