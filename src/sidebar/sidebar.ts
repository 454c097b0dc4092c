/**
 * แถบติดตามมาตรการ: division staff see the measures of their unit, update a round's progress, and
 * the coordinator edits, reorders and archives measures. One getTrackerData call loads the list
 * (titles, units, status); opening a measure is one getMeasure call for its full texts;
 * each save is one small call. Nothing typed is lost: unsaved text is kept per measure and round
 * while the sidebar is open, and a conflicting save shows both texts for the user to choose.
 *
 * The page's entry: it registers the views with the navigation and loads. The parts: state.ts
 * (client state, shared helpers), navigation.ts (load, go, render), list-view.ts (the list and its
 * filters), progress-view.ts (a measure and its progress form), measure-tools.ts (coordinator's
 * edit/move/archive buttons), measure-editor.ts (add/edit a measure), versioned-form.ts (the save →
 * invalid/conflict → resolve flow both forms share).
 */
import { renderList } from './list-view';
import { renderMeasureEditor } from './measure-editor';
import { load, registerViews } from './navigation';
import { renderMeasure } from './progress-view';

registerViews({
  list: () => renderList(),
  measure: (v) => renderMeasure(v.id, v.round),
  edit: (v) => renderMeasureEditor(v.id),
});
void load();
