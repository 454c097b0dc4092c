/** The coordinator's measure editor: add a measure or edit one, with the both-texts choice when the row changed meanwhile. */
import { BLANK_MEASURE_FORM, type MeasureView } from '../core/tracker';
import { byId, h, setChildren } from './dom';
import { MEASURE_FIELDS } from '../core/schema';
import { field, formRecord, group, input, labelsOf, schemaField, textarea } from './fields';
import { go, load, needFullMeasure } from './navigation';
import { callServer } from './server';
import { data, measureById, replaceMeasure, say, state, summaryById, type MeasureFields } from './state';
import { startFrom, versionedForm } from './versioned-form';

const BLANK: MeasureFields = BLANK_MEASURE_FORM;

/** The editor's texts of a measure: each cell exactly as stored (see core rowForm). */
function measureFieldsOf(m: MeasureView | undefined): MeasureFields {
  return m ? { ...m.form } : { ...BLANK };
}

function splitUnits(text: string, units: string[]): { chosen: string[]; other: string } {
  const parts = text
    .split(/[,\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { chosen: parts.filter((p) => units.includes(p)), other: parts.filter((p) => !units.includes(p)).join(', ') };
}

export function renderMeasureEditor(id: string | null): void {
  const d = data();
  if (id && !summaryById(id)) return go({ kind: 'list' });
  if (id && !needFullMeasure(id)) return;
  const m = id ? measureById(id) : undefined;
  if (id && !m) return go({ kind: 'list' });
  say('');
  const draftKey = `measure|${id ?? ''}`;
  const begin = startFrom(state.drafts, draftKey, measureFieldsOf(m));
  const start = begin.fields;
  const readOnly = (m?.readOnly ?? {}) as Partial<Record<keyof MeasureFields, string>>;

  const sections = [...new Set(d.measures.map((x) => x.section).filter(Boolean))];
  const title = textarea(start.title, 2, { 'aria-required': 'true' });
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
  const responsible = (): string =>
    [...unitBoxes.filter((u) => u.box.checked).map((u) => u.box.value), ...(other.value.trim() ? [other.value.trim()] : [])].join(', ');

  const record = formRecord({ title, section, itaTags, issue, steps, period, monitoring, targetLabel, target, targetUnit });
  const msg = h('div', { id: 'm-msg', 'aria-live': 'polite' });
  const conflictBox = h('div', { id: 'm-conflict' });
  const saveBtn = h('button', { type: 'submit', class: 'primary', id: 'm-save' }, m ? 'บันทึกมาตรการ' : 'เพิ่มมาตรการ');
  const backTo = (): void =>
    m ? go({ kind: 'measure', id: m.id, round: d.currentRound }, 'edit-measure') : go({ kind: 'list' }, 'add-measure');

  const form = h('form', { id: 'measure-form', novalidate: true, 'aria-labelledby': 'edit-heading' });
  setChildren(
    form,
    h('h2', { id: 'edit-heading', tabindex: '-1' }, m ? 'แก้ไขมาตรการ' : `เพิ่มมาตรการ ปีงบประมาณ ${d.fiscalYear}`),
    begin.fromDraft ? h('p', { class: 'msg info' }, 'มีข้อความที่คุณพิมพ์ไว้และยังไม่ได้บันทึก แสดงอยู่ด้านล่าง') : null,
    schemaField(MEASURE_FIELDS, 'title', 'm', title, { label: `${MEASURE_FIELDS.title.label} *` }),
    schemaField(MEASURE_FIELDS, 'section', 'm', section),
    h('datalist', { id: 'section-list' }, ...sections.map((s) => h('option', { value: s }))),
    schemaField(MEASURE_FIELDS, 'steps', 'm', steps),
    group(
      'responsible',
      'm',
      MEASURE_FIELDS.responsible.label,
      h('div', { class: 'units-box' }, ...unitBoxes.map((u) => u.el)),
      split.other ? field('responsibleOther', 'm', 'ผู้รับผิดชอบอื่น (ข้อความเดิมในชีต)', other) : null,
    ),
    schemaField(MEASURE_FIELDS, 'period', 'm', period),
    schemaField(MEASURE_FIELDS, 'monitoring', 'm', monitoring),
    h(
      'fieldset',
      {},
      h('legend', {}, 'ตัวเลขเป้าหมาย (ถ้ามี)'),
      schemaField(MEASURE_FIELDS, 'targetLabel', 'm', targetLabel),
      h(
        'div',
        { class: 'pair' },
        h('div', {}, schemaField(MEASURE_FIELDS, 'target', 'm', target)),
        h('div', { class: 'narrow' }, schemaField(MEASURE_FIELDS, 'targetUnit', 'm', targetUnit)),
      ),
    ),
    schemaField(MEASURE_FIELDS, 'itaTags', 'm', itaTags),
    schemaField(MEASURE_FIELDS, 'issue', 'm', issue),
    h('p', { class: 'muted' }, `ปีงบประมาณ ${m?.fiscalYear ?? d.fiscalYear}${m ? ` · รหัส ${m.id}` : ''}`),
    conflictBox,
    h('div', { class: 'save-row' }, h('button', { type: 'button', id: 'm-cancel', onclick: backTo }, 'กลับ'), saveBtn, msg),
  );

  for (const [k, el] of Object.entries({ title, section, itaTags, issue, steps, period, monitoring, targetLabel, target, targetUnit }))
    if (readOnly[k as keyof MeasureFields]) {
      el.setAttribute('readonly', '');
      el.closest('.field')
        ?.querySelector('.field-error')
        ?.before(h('p', { class: 'hint' }, readOnly[k as keyof MeasureFields] ?? ''));
    }

  versionedForm<MeasureFields, MeasureView>({
    form,
    prefix: 'm',
    labels: labelsOf(MEASURE_FIELDS),
    saveButton: saveBtn,
    msg,
    conflictBox,
    drafts: state.drafts,
    draftKey,
    loaded: begin.loaded,
    read: () => ({ ...record.get(), responsible: responsible() }),
    write: (f) => {
      record.set(f);
      const s = splitUnits(f.responsible, d.units);
      for (const u of unitBoxes) u.box.checked = s.chosen.includes(u.box.value);
      other.value = s.other;
    },
    save: (values, changes, requestId) =>
      callServer('saveMeasure', { id: m?.id, fiscalYear: m?.fiscalYear ?? d.fiscalYear, requestId, fields: values, changes }),
    onSaved: (saved, note) => {
      replaceMeasure(saved);
      state.lastOpened = saved.id;
      go({ kind: 'measure', id: saved.id, round: d.currentRound }, 'measure-title');
      if (note) say(note, 'info');
      else say(m ? 'บันทึกมาตรการแล้ว' : 'เพิ่มมาตรการแล้ว', 'ok');
    },
    onTheirs: (theirs) => (theirs ? replaceMeasure(theirs) : void load(d.fiscalYear)),
    conflict: {
      notice: 'บางช่องยังไม่ได้บันทึก — เลือกด้านบนทีละช่อง',
      heading: (theirs) => (theirs ? 'มีผู้อื่นแก้ช่องเดียวกันของมาตรการนี้ก่อนคุณ' : 'ไม่พบมาตรการนี้ในชีตแล้ว'),
      theirsWho: () => 'ในชีตตอนนี้',
    },
  });
  byId('app').replaceChildren(form);
}
