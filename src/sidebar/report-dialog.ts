/**
 * The สร้างรายงาน dialog: choose year, round, table format; generate; show the PDF to publish and
 * the Doc, each with a copy button, and what to enter in ITAS. Reports whose data changed since
 * they were made are listed on top with a one-click regenerate. The choices
 * come from the server (PRESETS, the column catalog, the reports already made); whether a choice
 * updates an existing Doc is decided with the same reportDocKey the report job uses.
 */
import type { FiscalRound } from '../core/fiscal';
import { MENU, PUBLISH_TEXT, REPORT } from '../core/labels';
import { customTooNarrow } from '../core/column-fit-check';
import { customPreset, type ColumnKey } from '../core/presets';
import { reportDocKey, type ReportKind } from '../core/report-key';
import type { GenerateResult, ReportDialogData } from '../server/api';
import { byId, h } from './dom';
import { copyButton } from './copy-button';
import { staleBanner } from './stale-banner';
import { callServer, closeDialog } from './server';

function problemsBox(title: string, lines: string[], kind: 'error' | 'warn'): HTMLElement {
  return h(
    'div',
    { class: `box ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('strong', {}, title),
    lines.length ? h('ul', {}, ...lines.map((l) => h('li', {}, l))) : null,
  );
}

/** The custom preset's columns, by key, chosen and ordered with checkboxes and ↑/↓ buttons. */
function columnPicker(data: ReportDialogData, onChange: () => void): { el: HTMLElement; value: () => ColumnKey[] } {
  const chosen: ColumnKey[] = [...data.customColumns];
  const list = h('ul', { class: 'cols', 'aria-label': 'คอลัมน์ที่เลือก ตามลำดับ' });
  const render = (): void => {
    list.replaceChildren(
      ...data.columnChoices
        .slice()
        .sort((a, b) => {
          const ia = chosen.indexOf(a.key);
          const ib = chosen.indexOf(b.key);
          return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
        })
        .map(({ key, label }) => {
          const at = chosen.indexOf(key);
          const box = h('input', { type: 'checkbox', id: `col-${key}`, checked: at >= 0 });
          box.addEventListener('change', () => {
            if (box.checked) chosen.push(key);
            else chosen.splice(chosen.indexOf(key), 1);
            render();
            byId(`col-${key}`).focus();
            onChange();
          });
          const move = (d: number) => () => {
            const i = chosen.indexOf(key);
            const j = i + d;
            if (i < 0 || j < 0 || j >= chosen.length) return;
            [chosen[i], chosen[j]] = [chosen[j], chosen[i]];
            render();
          };
          return h(
            'li',
            {},
            box,
            h('label', { for: `col-${key}`, style: 'display:inline;font-weight:400;margin:0;flex:1' }, label),
            at >= 0 ? h('button', { type: 'button', 'aria-label': `เลื่อน ${label} ขึ้น`, onclick: move(-1) }, '↑') : null,
            at >= 0 ? h('button', { type: 'button', 'aria-label': `เลื่อน ${label} ลง`, onclick: move(1) }, '↓') : null,
          );
        }),
    );
  };
  render();
  return { el: h('fieldset', { id: 'custom-columns' }, h('legend', {}, 'คอลัมน์ (ติ๊กเลือกและเรียงลำดับ)'), list), value: () => [...chosen] };
}

/** Opens the Google Picker dialog (it replaces this one) so this account's add-on can reach the report files. */
function pickerButton(): HTMLElement {
  const box = h('p', {});
  const open = (): void =>
    void callServer('menuAdoptReportFiles').catch((err: Error) =>
      box.replaceChildren(problemsBox(`เปิดหน้าต่างเลือกไฟล์ไม่สำเร็จ: ${err.message}`, [], 'error')),
    );
  box.append(h('button', { type: 'button', id: 'open-picker', onclick: open }, MENU.picker));
  return box;
}

/** A link with its copy button; the text says what the link is for. */
function linkRow(label: string, url: string, text: string, id: string): HTMLElement {
  return h(
    'div',
    { class: 'link-row', id },
    h('strong', {}, label),
    h('p', {}, h('a', { href: url, target: '_blank', rel: 'noopener' }, text), ' ', copyButton(url, `ลิงก์${label}`)),
  );
}

/** What to enter in ITAS for the report's item: มี, the URL and the explanation, each copyable. */
function itasBox(r: Extract<GenerateResult, { ok: true }>): HTMLElement {
  const e = r.itas;
  return h(
    'section',
    { class: 'box', id: 'itas', 'aria-label': PUBLISH_TEXT.itasHeading },
    h('strong', {}, e.item ? `${PUBLISH_TEXT.itasHeading} — ข้อ ${e.item}` : PUBLISH_TEXT.itasHeading),
    h('p', {}, `${PUBLISH_TEXT.itasAnswerLabel}: ${e.answer}`),
    e.url ? h('p', {}, `URL: ${e.url} `, copyButton(e.url, ' URL สำหรับ ITAS')) : null,
    h('p', {}, `${PUBLISH_TEXT.itasExplainLabel}: ${e.explanation} `, copyButton(e.explanation, 'คำอธิบายสำหรับ ITAS')),
    e.hints.length ? h('ul', { class: 'muted' }, ...e.hints.map((t) => h('li', {}, t))) : null,
  );
}

function showResult(target: HTMLElement, r: GenerateResult, kind: ReportKind): void {
  if (!r.ok) {
    target.replaceChildren(problemsBox(r.message, r.problems, 'error'), r.offerPicker ? pickerButton() : '');
    return;
  }
  const verb = r.status === 'updated' ? 'ปรับปรุงรายงานฉบับเดิมแล้ว (ลิงก์เดิม)' : 'สร้างรายงานแล้ว';
  target.replaceChildren(
    h(
      'div',
      { class: 'box ok', role: 'status' },
      h('strong', {}, `${verb}: ${r.measureCount} มาตรการ`),
      r.pdf ? linkRow(PUBLISH_TEXT.pdfLabel, r.pdf.url, `${r.name}.pdf`, 'pdf-link') : null,
      r.pdf ? h('p', { class: 'publish' }, PUBLISH_TEXT.publishThis) : null,
      linkRow(PUBLISH_TEXT.docLabel, r.url, r.name, 'doc-link'),
      h('p', { class: 'muted' }, r.pdf ? PUBLISH_TEXT.docNotForPublishing : ''),
      h('p', { class: 'muted' }, kind === 'plan' ? PUBLISH_TEXT.linksStayPlan : PUBLISH_TEXT.linksStayRound),
      r.sharedWith.length ? h('p', {}, `แชร์ให้: ${r.sharedWith.join(', ')}`) : null,
      r.publicLink ? h('p', {}, 'ทุกคนที่มีลิงก์ดูได้') : null,
      h('p', {}, h('a', { href: r.folderUrl, target: '_blank', rel: 'noopener' }, 'เปิดโฟลเดอร์รายงาน')),
    ),
    itasBox(r),
    r.notes.length ? problemsBox('ข้อสังเกต', r.notes, 'warn') : '',
    r.offerPicker ? pickerButton() : '',
  );
}

/** The note under the form: whether generating will rewrite a Doc already made (same link). */
function existingNote(data: ReportDialogData, key: string, kind: ReportKind): string {
  if (!data.existing[key]) return '';
  return kind === 'plan' ? 'มีแผนมาตรการของปีนี้อยู่แล้ว: ระบบจะปรับปรุงไฟล์เดิม ลิงก์ไม่เปลี่ยน' : 'มีรายงานรอบนี้อยู่แล้ว: ระบบจะปรับปรุงไฟล์เดิม ลิงก์ไม่เปลี่ยน';
}

function render(data: ReportDialogData): void {
  const year = h(
    'select',
    { id: 'year' },
    ...data.fiscalYears.map((y) => h('option', { value: y, selected: y === data.defaultYear }, `พ.ศ. ${y}`)),
  );
  const rounds = h(
    'fieldset',
    {},
    h('legend', {}, 'รอบการรายงาน'),
    ...data.rounds.map((r) =>
      h(
        'label',
        { style: 'font-weight:400;margin:2px 0' },
        h('input', { type: 'radio', name: 'round', value: r.id, checked: r.id === data.defaultRound }),
        ` ${r.label}`,
      ),
    ),
  );
  const preset = h(
    'select',
    { id: 'preset' },
    ...data.presets.map((p) => h('option', { value: p.id, selected: p.id === data.defaultPreset }, p.name)),
  );
  const isCustom = (): boolean => preset.value === data.customPresetId;
  const picker = columnPicker(data, () => refresh());
  const memo = h('input', { type: 'checkbox', id: 'memo', checked: data.memoDefault });
  const note = h('p', { class: 'muted', id: 'existing' });
  // Too many columns for A4 landscape (this year's text): warned before generating; the report is still made.
  const narrow = h('p', { class: 'warn hidden', id: 'columns-too-narrow', role: 'status' }, REPORT.columnsTooNarrow);
  const result = h('div', { id: 'result', 'aria-live': 'polite' });
  const go = h('button', { class: 'primary', type: 'submit' }, 'สร้างรายงาน');
  const roundValue = (): FiscalRound => {
    const checked = document.querySelector<HTMLInputElement>('input[name=round]:checked')?.value;
    return data.rounds.find((r) => r.id === checked)?.id ?? data.defaultRound;
  };
  /** A plan or a round's report: the custom preset's kind follows the columns chosen now. */
  const kindValue = (): ReportKind =>
    isCustom() ? customPreset(picker.value()).preset.kind : (data.presets.find((p) => p.id === preset.value)?.kind ?? 'report');
  const keyValue = (): string => reportDocKey(Number(year.value), kindValue(), roundValue());
  const refresh = (): void => {
    picker.el.classList.toggle('hidden', !isCustom());
    note.textContent = existingNote(data, keyValue(), kindValue());
    const tooNarrow = isCustom() ? customTooNarrow(data.columnFit, picker.value()) : data.columnFit.tooNarrowPresets.includes(preset.value);
    narrow.classList.toggle('hidden', !tooNarrow);
  };
  const form = h(
    'form',
    {},
    h('h1', {}, 'สร้างรายงานผลการดำเนินการตามมาตรการ ITA'),
    staleBanner(data.stale, (r, item) => {
      showResult(result, r, item.key.endsWith('.plan') ? 'plan' : 'report');
    }),
    data.problems.length ? problemsBox('ข้อมูลในชีตที่ต้องแก้ก่อนสร้างรายงาน', data.problems, 'warn') : null,
    h('label', { for: 'year' }, 'ปีงบประมาณ'),
    year,
    rounds,
    h('label', { for: 'preset' }, 'รูปแบบตาราง'),
    preset,
    picker.el,
    narrow,
    h('label', { style: 'font-weight:400' }, memo, ' แนบบันทึกข้อความเป็นหน้าแรก'),
    note,
    result,
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => closeDialog() }, 'ปิด'), go),
  );
  form.addEventListener('change', refresh);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go.setAttribute('disabled', '');
    go.textContent = 'กำลังสร้างรายงาน…';
    result.replaceChildren();
    const key = keyValue();
    const kind = kindValue();
    callServer('generateReport', {
      fiscalYear: Number(year.value),
      round: roundValue(),
      presetId: preset.value,
      columns: isCustom() ? picker.value() : undefined,
      includeMemo: memo.checked,
    })
      .then((r) => {
        showResult(result, r, kind);
        if (r.ok) data.existing[key] = true;
      })
      .catch((err: Error) => result.replaceChildren(problemsBox(`สร้างรายงานไม่สำเร็จ: ${err.message}`, [], 'error')))
      .finally(() => {
        go.removeAttribute('disabled');
        go.textContent = 'สร้างรายงาน';
        refresh();
      });
  });
  byId('app').replaceChildren(form);
  refresh();
  year.focus();
}

callServer('getReportDialogData')
  .then(render)
  .catch((err: Error) => byId('app').replaceChildren(problemsBox(`เปิดหน้าต่างไม่สำเร็จ: ${err.message}`, [], 'error')));
