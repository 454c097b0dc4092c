/** The coordinator's measure editor: add a measure or edit one, with the both-texts choice when the row changed meanwhile. */
import type { FieldErrors, MeasureView, SaveResult } from '../core/tracker';
import { byId, h, setChildren } from './dom';
import { field, formRecord, group, input, showFieldErrors, textarea } from './fields';
import { go, load } from './router';
import { callServer } from './server';
import { data, failMessage, measureById, replaceMeasure, say, state, type MeasureFields } from './state';

const MEASURE_LABELS: Record<keyof MeasureFields, string> = {
  title: 'ชื่อมาตรการ/โครงการ/กิจกรรม',
  section: 'หมวด/ประเด็นการวิเคราะห์',
  itaTags: 'ตัวชี้วัด/ข้อ ITA',
  issue: 'ประเด็นที่ต้องปรับปรุง/พัฒนา',
  steps: 'ขั้นตอน/วิธีการ',
  responsible: 'ผู้รับผิดชอบ',
  period: 'ระยะเวลา',
  monitoring: 'การติดตาม/กำหนดเวลาแล้วเสร็จ',
  targetLabel: 'สิ่งที่นับ',
  target: 'ค่าเป้าหมาย',
  targetUnit: 'หน่วยนับ',
};

function measureFieldsOf(m: MeasureView | undefined): MeasureFields {
  return {
    title: m?.title ?? '',
    section: m?.section ?? '',
    itaTags: m?.itaTags ?? '',
    issue: m?.issue ?? '',
    steps: m?.steps ?? '',
    responsible: m?.responsible ?? '',
    period: m?.period ?? '',
    monitoring: m?.monitoring ?? '',
    targetLabel: m?.targetLabel ?? '',
    target: m?.target === null || m?.target === undefined ? '' : String(m.target),
    targetUnit: m?.targetUnit ?? '',
  };
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
  const m = id ? measureById(id) : undefined;
  if (id && !m) return go({ kind: 'list' });
  say('');
  const draftKey = id ?? '';
  const draft = state.measureDrafts.get(draftKey);
  const start = draft?.fields ?? measureFieldsOf(m);
  let base = draft
    ? { version: draft.baseVersion, fingerprint: draft.baseFingerprint }
    : { version: m?.version ?? 0, fingerprint: m?.fingerprint ?? '' };

  const sections = [...new Set(d.measures.map((x) => x.section).filter(Boolean))];
  const title = textarea(start.title, 2);
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
  const values = (): MeasureFields => ({ ...record.get(), responsible: responsible() });
  const setValues = (f: MeasureFields): void => {
    record.set(f);
    const s = splitUnits(f.responsible, d.units);
    for (const u of unitBoxes) u.box.checked = s.chosen.includes(u.box.value);
    other.value = s.other;
  };
  const msg = h('div', { id: 'm-msg', 'aria-live': 'polite' });
  const conflictBox = h('div', { id: 'm-conflict' });
  const saveBtn = h('button', { type: 'submit', class: 'primary', id: 'm-save' }, m ? 'บันทึกมาตรการ' : 'เพิ่มมาตรการ');
  const backTo = (): void =>
    m ? go({ kind: 'measure', id: m.id, round: d.currentRound }, 'edit-measure') : go({ kind: 'list' }, 'add-measure');

  const form = h('form', { id: 'measure-form', novalidate: true, 'aria-labelledby': 'edit-heading' });
  setChildren(
    form,
    h('h2', { id: 'edit-heading', tabindex: '-1' }, m ? 'แก้ไขมาตรการ' : `เพิ่มมาตรการ ปีงบประมาณ ${d.fiscalYear}`),
    draft ? h('p', { class: 'msg info' }, 'มีข้อความที่คุณพิมพ์ไว้และยังไม่ได้บันทึก แสดงอยู่ด้านล่าง') : null,
    field('title', 'm', `${MEASURE_LABELS.title} *`, title),
    field('section', 'm', MEASURE_LABELS.section, section, 'มาตรการหมวดเดียวกันอยู่ด้วยกันในรายงาน'),
    h('datalist', { id: 'section-list' }, ...sections.map((s) => h('option', { value: s }))),
    field('steps', 'm', MEASURE_LABELS.steps, steps, 'หนึ่งขั้นตอนต่อบรรทัด รายงานจะใส่เลขข้อให้'),
    group(
      'responsible',
      'm',
      MEASURE_LABELS.responsible,
      h('div', { class: 'units-box' }, ...unitBoxes.map((u) => u.el)),
      split.other ? field('responsibleOther', 'm', 'ผู้รับผิดชอบอื่น (ข้อความเดิมในชีต)', other) : null,
    ),
    field('period', 'm', MEASURE_LABELS.period, period),
    field('monitoring', 'm', MEASURE_LABELS.monitoring, monitoring),
    h(
      'fieldset',
      {},
      h('legend', {}, 'ตัวเลขเป้าหมาย (ถ้ามี)'),
      field('targetLabel', 'm', MEASURE_LABELS.targetLabel, targetLabel),
      h(
        'div',
        { class: 'pair' },
        h('div', {}, field('target', 'm', MEASURE_LABELS.target, target)),
        h('div', { class: 'narrow' }, field('targetUnit', 'm', MEASURE_LABELS.targetUnit, targetUnit)),
      ),
    ),
    field('itaTags', 'm', MEASURE_LABELS.itaTags, itaTags),
    field('issue', 'm', MEASURE_LABELS.issue, issue),
    h('p', { class: 'muted' }, `ปีงบประมาณ ${m?.fiscalYear ?? d.fiscalYear}${m ? ` · รหัส ${m.id}` : ''}`),
    conflictBox,
    h('div', { class: 'save-row' }, h('button', { type: 'button', id: 'm-cancel', onclick: backTo }, 'กลับ'), saveBtn),
    msg,
  );
  const remember = (): void => {
    const f = values();
    const pristine = measureFieldsOf(m);
    if ((Object.keys(f) as (keyof MeasureFields)[]).every((k) => f[k].trim() === pristine[k].trim())) state.measureDrafts.delete(draftKey);
    else state.measureDrafts.set(draftKey, { fields: f, baseVersion: base.version, baseFingerprint: base.fingerprint });
  };
  form.addEventListener('input', remember);
  form.addEventListener('change', remember);
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  const submit = async (mine: MeasureFields, onBase: { version: number; fingerprint: string }): Promise<void> => {
    saveBtn.disabled = true;
    msg.replaceChildren(h('div', { class: 'msg info' }, 'กำลังบันทึก…'));
    let r: SaveResult<MeasureView>;
    try {
      r = await callServer('saveMeasure', {
        ...mine,
        id: m?.id,
        fiscalYear: m?.fiscalYear ?? d.fiscalYear,
        baseVersion: onBase.version,
        baseFingerprint: onBase.fingerprint,
      });
    } catch (err) {
      msg.replaceChildren(
        h('div', { class: 'msg error', role: 'alert' }, `บันทึกไม่สำเร็จ: ${failMessage(err)} — ข้อความที่พิมพ์ยังอยู่ กดบันทึกอีกครั้งได้`),
      );
      return;
    } finally {
      saveBtn.disabled = false;
    }
    showFieldErrors(form, 'm', {}, false);
    if (r.ok) {
      state.measureDrafts.delete(draftKey);
      replaceMeasure(r.value);
      state.lastOpened = r.value.id;
      go({ kind: 'measure', id: r.value.id, round: d.currentRound }, 'measure-title');
      say(m ? 'บันทึกมาตรการแล้ว' : 'เพิ่มมาตรการแล้ว', 'ok');
      return;
    }
    if (r.kind === 'invalid') {
      const rest = showFieldErrors(form, 'm', r.fieldErrors as FieldErrors);
      msg.replaceChildren(h('div', { class: 'msg error', role: 'alert' }, [r.message, ...rest].join(' — ')));
      return;
    }
    if (r.kind === 'conflict') {
      const theirs = r.theirs;
      const tf = measureFieldsOf(theirs ?? undefined);
      const keys = (Object.keys(MEASURE_LABELS) as (keyof MeasureFields)[]).filter((k) => tf[k].trim() !== mine[k].trim());
      msg.replaceChildren(h('div', { class: 'msg error' }, 'ยังไม่ได้บันทึก — เลือกด้านล่าง'));
      const keepMine = h('button', { type: 'button', class: 'primary', id: 'keep-mine' }, 'ใช้ของฉัน (บันทึกทับของเขา)');
      const useTheirs = h('button', { type: 'button', id: 'use-theirs' }, theirs ? 'ใช้ของเขา (ทิ้งข้อความของฉัน)' : 'กลับไปรายการ');
      keepMine.addEventListener(
        'click',
        () => void submit(values(), { version: theirs?.version ?? 0, fingerprint: theirs?.fingerprint ?? '' }),
      );
      useTheirs.addEventListener('click', () => {
        state.measureDrafts.delete(draftKey);
        if (!theirs) return void load(d.fiscalYear);
        replaceMeasure(theirs);
        base = { version: theirs.version, fingerprint: theirs.fingerprint };
        setValues(tf);
        conflictBox.replaceChildren();
        msg.replaceChildren(h('div', { class: 'msg ok' }, 'ใช้ข้อความของเขาแล้ว'));
        title.focus();
      });
      conflictBox.replaceChildren(
        h(
          'div',
          { class: 'conflict', role: 'alert' },
          h(
            'h4',
            { id: 'conflict-title', tabindex: '-1', style: 'margin:0 0 4px' },
            theirs ? 'มีผู้อื่นแก้มาตรการนี้ก่อนคุณ' : 'ไม่พบมาตรการนี้ในชีตแล้ว',
          ),
          h('p', {}, r.message),
          ...keys.map((k) =>
            h(
              'div',
              { class: 'diff', 'data-field': k },
              h('div', { class: 'f' }, MEASURE_LABELS[k]),
              h('div', { class: 'v theirs' }, h('span', { class: 'who' }, 'ในชีตตอนนี้'), tf[k] || '(ว่าง)'),
              h('div', { class: 'v mine' }, h('span', { class: 'who' }, 'ของคุณ (ยังไม่บันทึก)'), mine[k] || '(ว่าง)'),
            ),
          ),
          h('div', { class: 'tools' }, theirs ? keepMine : null, useTheirs),
        ),
      );
      byId('conflict-title').focus();
      return;
    }
    msg.replaceChildren(h('div', { class: 'msg error', role: 'alert' }, `${r.message} — ข้อความที่พิมพ์ยังอยู่`));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (saveBtn.disabled) return;
    remember();
    void submit(values(), base);
  });
  byId('app').replaceChildren(form);
}
