/** The coordinator's buttons on a measure's page: edit, move up/down within its section, archive or restore. */
import type { MeasureView } from '../core/tracker';
import { h } from './dom';
import { go, load, render } from './navigation';
import { callServer, failMessage } from './server';
import { data, replaceMeasure, say } from './state';

export function coordinatorTools(m: MeasureView): HTMLElement | null {
  if (!data().canEditMeasures) return null;
  const group = data().measures.filter((x) => !x.archived && x.section === m.section);
  const at = group.findIndex((x) => x.id === m.id);
  return h(
    'div',
    { class: 'tools', role: 'group', 'aria-label': 'จัดการมาตรการ (ผู้ประสานงาน)' },
    h('button', { type: 'button', id: 'edit-measure', onclick: () => go({ kind: 'edit', id: m.id }, 'm-title') }, 'แก้ไขมาตรการ'),
    m.archived
      ? null
      : h('button', { type: 'button', id: 'move-up', disabled: at <= 0, title: 'เลื่อนลำดับขึ้น', onclick: () => void move(m, -1) }, '▲ เลื่อนขึ้น'),
    m.archived
      ? null
      : h(
          'button',
          {
            type: 'button',
            id: 'move-down',
            disabled: at < 0 || at >= group.length - 1,
            title: 'เลื่อนลำดับลง',
            onclick: () => void move(m, 1),
          },
          '▼ เลื่อนลง',
        ),
    h(
      'button',
      { type: 'button', id: 'archive', onclick: () => (m.archived ? void archive(m, false) : confirmArchive(m)) },
      m.archived ? 'นำกลับมาใช้' : 'เก็บถาวร',
    ),
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

/** Archiving hides a measure from the list and the report: asked once more, next to the button. */
function confirmArchive(m: MeasureView): void {
  const yes = h('button', { type: 'button', id: 'archive-confirm', class: 'primary' }, 'ยืนยัน เก็บถาวร');
  const no = h('button', { type: 'button', id: 'archive-cancel' }, 'ยกเลิก');
  const box = h(
    'div',
    { class: 'msg info', role: 'alertdialog', 'aria-labelledby': 'archive-question' },
    h('p', { id: 'archive-question' }, `เก็บถาวร "${m.title}"? มาตรการจะไม่แสดงในรายการและรายงาน (ข้อมูลยังอยู่ในชีต นำกลับมาได้)`),
    yes,
    ' ',
    no,
  );
  yes.addEventListener('click', () => {
    box.remove();
    void archive(m, true);
  });
  no.addEventListener('click', () => {
    box.remove();
    document.getElementById('archive')?.focus();
  });
  document.getElementById('archive-confirm')?.closest('.msg')?.remove();
  document.getElementById('archive')?.closest('.tools')?.after(box);
  yes.focus();
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
