/**
 * ITA › เริ่มปีงบประมาณใหม่: the current year's measures with a tick each (the server ticks the
 * ones not done and those marked ต่อเนื่อง); the coordinator adjusts and confirms.
 */
import { fill, NEW_YEAR_DIALOG, STATUS_LABEL } from '../core/labels';
import type { NewYearDialogData } from '../server/new-year-service';
import { byId, h, setChildren } from './dom';
import { callServer, closeDialog, failMessage } from './server';

function render(data: NewYearDialogData): void {
  const app = byId('app');
  if (data.error) {
    setChildren(app, h('p', { class: 'box error', role: 'alert' }, data.error));
    return;
  }
  const boxes = data.measures.map((m) =>
    h('input', { type: 'checkbox', value: m.id, 'data-id': m.id, checked: m.preselected, disabled: Boolean(m.carriedAs) }),
  );
  const go = h('button', { type: 'button', id: 'start', class: 'primary' }, fill(NEW_YEAR_DIALOG.start, { toYear: data.toYear }));
  const cancel = h('button', { type: 'button', id: 'cancel' }, NEW_YEAR_DIALOG.cancel);
  const out = h('p', { id: 'result', role: 'status' });
  cancel.addEventListener('click', closeDialog);
  go.addEventListener('click', () => {
    go.disabled = true;
    out.textContent = NEW_YEAR_DIALOG.working;
    callServer('startNewYear', { fromYear: data.fromYear, ids: boxes.filter((b) => b.checked).map((b) => b.value) })
      .then((r) => {
        out.className = `box ${r.ok ? 'ok' : 'error'}`;
        out.textContent = r.message;
        if (!r.ok) go.disabled = false;
      })
      .catch((e: unknown) => {
        out.className = 'box error';
        out.textContent = failMessage(e);
        go.disabled = false;
      });
  });
  setChildren(
    app,
    h('p', {}, fill(NEW_YEAR_DIALOG.intro, { fromYear: data.fromYear, toYear: data.toYear })),
    data.measures.length
      ? h(
          'ul',
          { class: 'measures', 'aria-label': NEW_YEAR_DIALOG.listLabel },
          ...data.measures.map((m, i) =>
            h(
              'li',
              {},
              h(
                'label',
                {},
                boxes[i],
                ` ${m.title} `,
                h(
                  'span',
                  { class: 'meta' },
                  `(${STATUS_LABEL[m.status]}${m.continuing ? ` · ${NEW_YEAR_DIALOG.continuing}` : ''}${m.carriedAs ? ` · ${fill(NEW_YEAR_DIALOG.carried, { id: m.carriedAs })}` : ''})`,
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, NEW_YEAR_DIALOG.none),
    out,
    h('div', { class: 'actions' }, cancel, go),
  );
}

callServer('getNewYearDialogData')
  .then(render)
  .catch((e: unknown) => setChildren(byId('app'), h('p', { class: 'box error', role: 'alert' }, failMessage(e))));
