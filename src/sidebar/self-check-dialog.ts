/**
 * ITA › ตรวจสอบการเชื่อมต่อกับ Google: runs the server's self-check and shows a Thai checklist with
 * ✓/✗/!, the platform's raw error under each failure, and a button that copies the whole result
 * for whoever supports the agency.
 */
import { SELF_CHECK } from '../core/labels';
import { STATUS_MARK, selfCheckText, summary, type SelfCheckReport } from '../core/self-check';
import { byId, h, setChildren } from './dom';
import { callServer, failMessage } from './server';

function copyText(text: string, button: HTMLButtonElement): void {
  const done = (): void => {
    button.textContent = 'คัดลอกแล้ว ✓';
  };
  // The dialog's sandboxed frame may refuse the Clipboard API: fall back to a selected textarea.
  const fallback = (): void => {
    const area = h('textarea', { readonly: true, 'aria-label': 'ผลการตรวจ', rows: 8 }, text);
    button.after(area);
    area.select();
    done();
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(done, fallback);
  else fallback();
}

function render(report: SelfCheckReport): void {
  const failed = report.results.some((r) => r.status === 'fail');
  const copy = h('button', { type: 'button', id: 'copy' }, 'คัดลอกผลการตรวจ');
  copy.addEventListener('click', () => copyText(selfCheckText(report), copy));
  setChildren(
    byId('app'),
    h('p', { class: `box ${failed ? 'error' : 'ok'}`, role: failed ? 'alert' : 'status' }, summary(report)),
    h(
      'ul',
      { class: 'checks', 'aria-label': SELF_CHECK.title },
      ...report.results.map((r) =>
        h(
          'li',
          { class: `check ${r.status}`, 'data-check': r.id },
          h('span', { class: 'mark', 'aria-hidden': 'true' }, STATUS_MARK[r.status]),
          h('strong', {}, r.label),
          r.detail ? h('span', { class: 'detail' }, ` — ${r.detail}`) : null,
          r.error ? h('pre', { class: 'error-text' }, r.error) : null,
        ),
      ),
    ),
    report.leftovers.length ? h('p', { class: 'box warn' }, `${SELF_CHECK.leftovers} ${report.leftovers.join(', ')}`) : null,
    h('div', { class: 'actions' }, copy),
  );
}

function start(): void {
  setChildren(byId('app'), h('p', { class: 'muted' }, 'กำลังตรวจ… (ประมาณ 10–30 วินาที ระบบสร้างไฟล์ทดสอบแล้วลบทิ้ง)'));
  callServer('runSelfCheck')
    .then(render)
    .catch((e: unknown) => setChildren(byId('app'), h('p', { class: 'box error', role: 'alert' }, failMessage(e))));
}

start();
