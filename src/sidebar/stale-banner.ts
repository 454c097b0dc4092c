/**
 * "ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ …": one line per report whose Doc no longer matches the data,
 * each with a one-click regenerate that sends back the request the log recorded. Used by the
 * report dialog and the sidebar.
 */
import type { StaleReport } from '../core/report-log';
import type { GenerateResult } from '../server/api';
import { PUBLISH_TEXT } from '../core/labels';
import { h } from './dom';
import { callServer, failMessage } from './server';

export function staleBanner(stale: readonly StaleReport[], onDone: (r: GenerateResult, item: StaleReport) => void): HTMLElement | null {
  if (!stale.length) return null;
  const items = stale.map((s) => {
    const button = h(
      'button',
      { type: 'button', class: 'regenerate', 'aria-label': `${PUBLISH_TEXT.regenerate} ${s.name}` },
      PUBLISH_TEXT.regenerate,
    );
    const status = h('span', { class: 'muted', role: 'status' });
    button.addEventListener('click', () => {
      button.setAttribute('disabled', '');
      status.textContent = 'กำลังสร้างรายงาน…';
      callServer('generateReport', s.request)
        .then((r) => {
          status.textContent = r.ok ? 'สร้างใหม่แล้ว' : r.message;
          if (r.ok) li.classList.add('done');
          onDone(r, s);
        })
        .catch((err: unknown) => {
          status.textContent = failMessage(err);
        })
        .finally(() => button.removeAttribute('disabled'));
    });
    const li = h('li', {}, h('span', {}, s.message), ' ', button, ' ', status);
    return li;
  });
  return h('div', { class: 'box warn stale', role: 'status', id: 'stale' }, h('ul', {}, ...items));
}
