// The document-kind registry is the one list every side reads: each kind is generated as a Google
// Doc and regenerated in place, offered by the menu and the sidebar, and written by the CLI.
import type { Fakes } from '../../emulator';
import { DOC_KINDS } from '../../src/core/document';
import { generateKind } from '../../src/gas/documents/generate';
import { DOCUMENT_KINDS } from '../../src/gas/sidebar-api';
import { MENU } from '../../src/gas/menu';
import * as main from '../../src/gas/main';
import { GENERATED } from '../../src/cli/generate';
import { docInput } from '../core/document-fixture';
import { changeableSource, docIdOf, installFakesEach } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

describe('every kind of the registry', () => {
  test.each(DOC_KINDS.map((d) => [d.kind]))('%s: created, then unchanged on a second run', (kind) => {
    const src = changeableSource(docInput());
    const first = generateKind(kind, src);
    expect(first).toMatchObject({ ok: true, action: 'created', kind });
    const second = generateKind(kind, src);
    expect(second).toMatchObject({ ok: true, action: 'unchanged', url: first.url });
  });

  test('the announcement is updated in place when a measure changes', () => {
    const src = changeableSource(docInput());
    const first = generateKind('announcement', src);
    const id = docIdOf(first);
    const changed = docInput().measures.map((m, i) => (i === 0 ? { ...m, measure: `${m.measure} (ปรับปรุง)` } : m));
    src.input = docInput({ measures: changed });
    const again = generateKind('announcement', src);
    expect(again).toMatchObject({ ok: true, action: 'updated', url: first.url });
    expect(fakes.doc(id).body.getText()).toContain('(ปรับปรุง)');
  });

  test('the sidebar, the menu, the server exports and the CLI list exactly the registry', () => {
    expect(DOCUMENT_KINDS.map((d) => d.kind)).toEqual(DOC_KINDS.map((d) => d.kind));
    const fns = MENU.filter((e): e is { label: string; fn: string } => typeof e !== 'string').map((e) => e.fn);
    for (const d of DOC_KINDS) {
      expect(fns).toContain(d.menuFn);
      expect(typeof (main as Record<string, unknown>)[d.menuFn]).toBe('function');
    }
    expect(GENERATED.map((g) => g.file)).toEqual(DOC_KINDS.map((d) => d.file));
  });

  test('an unknown kind is refused naming the kinds that exist', () => {
    const r = generateKind('memo', changeableSource(docInput()));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('announcement');
  });
});
