/**
 * Loading and routing: fetches everything with one getTrackerData call and draws the current view.
 * The views import go/load/render back from here; that cycle is safe because they call them only
 * while rendering or handling events, never while the bundle's modules are being evaluated.
 */
import { byId, h } from './dom';
import { renderList } from './list-view';
import { renderMeasureEditor } from './measure-editor';
import { renderMeasure } from './progress-view';
import { callServer } from './server';
import { failMessage, measureById, say, state, type View } from './state';

export async function load(year?: number, focusId?: string): Promise<void> {
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

export function render(): void {
  const v = state.view;
  if (v.kind === 'list') renderList();
  else if (v.kind === 'measure') renderMeasure(v.id, v.round);
  else renderMeasureEditor(v.id);
}

export function go(view: View, focus?: string): void {
  state.view = view;
  render();
  window.scrollTo(0, 0);
  if (focus) document.getElementById(focus)?.focus();
}
