/**
 * ITA › เลือกโฟลเดอร์/ไฟล์รายงานใน Google Drive…: the Google Picker, pre-filtered to the recorded
 * report folder and Docs, so this user's add-on may reach them under drive.file (setAppId is what
 * makes the Picker grant that). The server then confirms each picked ID with Drive.Files.get.
 * Starting a new folder is a separate button with its own confirmation.
 *
 * Picker reference: https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder
 */
import type { AdoptResult, PickerConfig } from '../server/api';
import { byId, h, setChildren } from './dom';
import { callServer, closeDialog } from './server';

/** The parts of google.picker this page uses (api.js has no bundled typings). */
interface PickerDocsView {
  setIncludeFolders(v: boolean): PickerDocsView;
  setSelectFolderEnabled(v: boolean): PickerDocsView;
  setFileIds(ids: string): PickerDocsView;
  setMode(mode: unknown): PickerDocsView;
}
interface PickerBuilder {
  addView(view: PickerDocsView): PickerBuilder;
  enableFeature(feature: unknown): PickerBuilder;
  setAppId(id: string): PickerBuilder;
  setOAuthToken(token: string): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setLocale(locale: string): PickerBuilder;
  setTitle(title: string): PickerBuilder;
  setCallback(cb: (data: Record<string, unknown>) => void): PickerBuilder;
  build(): { setVisible(v: boolean): void };
}
interface PickerNamespace {
  DocsView: new (viewId?: unknown) => PickerDocsView;
  PickerBuilder: new () => PickerBuilder;
  ViewId: { DOCS: unknown };
  DocsViewMode: { LIST: unknown };
  Feature: { MULTISELECT_ENABLED: unknown; SUPPORT_DRIVES: unknown };
  Action: { PICKED: string; CANCEL: string };
  Response: { ACTION: string; DOCUMENTS: string };
  Document: { ID: string };
}
declare const gapi: { load(name: string, opts: { callback: () => void; onerror?: () => void }): void } | undefined;
declare const google: { picker?: PickerNamespace; script: { host: { origin: string } } };

function box(kind: 'ok' | 'warn' | 'error', title: string, lines: string[] = []): HTMLElement {
  return h(
    'div',
    { class: `box ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('strong', {}, title),
    lines.length ? h('ul', {}, ...lines.map((l) => h('li', {}, l))) : null,
  );
}

function newFolderButton(status: HTMLElement): HTMLElement {
  const button = h('button', { type: 'button', id: 'new-folder' }, 'เริ่มโฟลเดอร์รายงานใหม่');
  button.addEventListener('click', () => {
    const sure = window.confirm('สร้างโฟลเดอร์ "รายงาน ITA" ใหม่ในบัญชีของคุณ? ไฟล์รายงานเดิมยังอยู่ที่เดิม ลิงก์เดิมไม่เปลี่ยน');
    if (!sure) return;
    button.setAttribute('disabled', '');
    callServer('startNewReportFolder')
      .then((r) => status.replaceChildren(box(r.ok ? 'ok' : 'error', r.message)))
      .catch((e: Error) => status.replaceChildren(box('error', e.message)))
      .finally(() => button.removeAttribute('disabled'));
  });
  return button;
}

function showAdopted(status: HTMLElement, r: AdoptResult): void {
  setChildren(
    status,
    r.adopted.length ? box('ok', 'ส่วนเสริมเข้าถึงไฟล์ต่อไปนี้ได้แล้ว — สร้างรายงานได้ตามปกติ', r.adopted) : null,
    r.problems.length ? box('warn', 'ยังใช้ไม่ได้', r.problems) : null,
  );
}

function openPicker(cfg: Extract<PickerConfig, { ok: true }>, status: HTMLElement): void {
  const picker = google.picker;
  if (!picker) {
    status.replaceChildren(box('error', 'โหลดหน้าต่างเลือกไฟล์ของ Google ไม่ได้ — ตรวจการเชื่อมต่ออินเทอร์เน็ต แล้วเปิดเมนูนี้ใหม่'));
    return;
  }
  const view = new picker.DocsView(picker.ViewId.DOCS)
    .setIncludeFolders(true)
    .setSelectFolderEnabled(true)
    .setMode(picker.DocsViewMode.LIST);
  if (cfg.fileIds.length) view.setFileIds(cfg.fileIds.join(','));
  new picker.PickerBuilder()
    .addView(view)
    .enableFeature(picker.Feature.MULTISELECT_ENABLED)
    .enableFeature(picker.Feature.SUPPORT_DRIVES)
    .setAppId(cfg.appId)
    .setOAuthToken(cfg.oauthToken)
    .setDeveloperKey(cfg.developerKey)
    .setOrigin(google.script.host.origin)
    .setLocale('th')
    .setTitle('เลือกโฟลเดอร์และไฟล์รายงาน ITA')
    .setCallback((data) => {
      const action = data[picker.Response.ACTION];
      if (action === picker.Action.CANCEL) status.replaceChildren(box('warn', 'ยกเลิกการเลือกแล้ว'));
      if (action !== picker.Action.PICKED) return;
      const docs = (data[picker.Response.DOCUMENTS] as Record<string, unknown>[] | undefined) ?? [];
      const ids = docs.map((d) => String(d[picker.Document.ID]));
      status.replaceChildren(h('p', { class: 'muted' }, 'กำลังตรวจไฟล์ที่เลือก…'));
      callServer('adoptPickedFiles', ids)
        .then((r) => showAdopted(status, r))
        .catch((e: Error) => status.replaceChildren(box('error', e.message)));
    })
    .build()
    .setVisible(true);
}

function render(cfg: PickerConfig): void {
  const status = h('div', { id: 'status', 'aria-live': 'polite' });
  const choose = h('button', { type: 'button', class: 'primary', id: 'choose', disabled: !cfg.ok }, 'เลือกไฟล์ใน Google Drive');
  if (cfg.ok)
    choose.addEventListener('click', () => {
      if (typeof gapi === 'undefined') {
        status.replaceChildren(box('error', 'โหลดหน้าต่างเลือกไฟล์ของ Google ไม่ได้ — ตรวจการเชื่อมต่ออินเทอร์เน็ต แล้วเปิดเมนูนี้ใหม่'));
        return;
      }
      gapi.load('picker', { callback: () => openPicker(cfg, status) });
    });
  setChildren(
    byId('app'),
    h('h1', {}, 'เลือกโฟลเดอร์และไฟล์รายงาน ITA'),
    h(
      'p',
      {},
      'ไฟล์รายงานที่ผู้ประสานงานคนอื่นสร้างไว้ ส่วนเสริมในบัญชีของคุณจะเข้าถึงได้หลังจากคุณเลือกไฟล์นั้นที่นี่ ' +
        '(ต้องได้รับแชร์เป็นผู้แก้ไขก่อน) ติ๊กเลือกโฟลเดอร์และไฟล์ทั้งหมดที่แสดง แล้วกด "Select"',
    ),
    cfg.ok ? null : box('error', cfg.message),
    status,
    h('div', { class: 'actions' }, newFolderButton(status), h('button', { type: 'button', onclick: () => closeDialog() }, 'ปิด'), choose),
  );
  if (cfg.ok) choose.focus();
}

callServer('getPickerConfig')
  .then(render)
  .catch((err: Error) => byId('app').replaceChildren(box('error', `เปิดหน้าต่างไม่สำเร็จ: ${err.message}`)));
