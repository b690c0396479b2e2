// Analysis themes of a catalogue.
import { Catalogue } from '../types';
import { Theme, ThemeData, THEMES_2567 } from './themes-2567';
import { oitItemsForTopics } from './topics';

/** Themes known for a survey framework, by framework id. */
const THEMES_BY_FRAMEWORK: Record<string, ThemeData[]> = { '2567-2570': THEMES_2567 };

/** Item codes in catalogue order (o1 before o10), as a report lists them. */
function inCatalogueOrder(catalogue: Catalogue, codes: string[]): string[] {
  const order = new Map(catalogue.questions.map((q, i) => [q.code, i]));
  return [...codes].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/**
 * The analysis themes of a catalogue: the 7 themes of seed 001 for the 2567–2570 framework, their OIT
 * items in the numbering of the catalogue's year (2567 theme 2: o11–o13, o25; 2569: o9, o10, o19).
 * Frameworks without known themes (2561–2566) get one theme per indicator, titled "ตัวชี้วัดที่ n name",
 * holding that indicator's survey questions or OIT items, so a report can always be laid out by theme.
 * Returns fresh copies: callers may edit them.
 */
export function themesFor(catalogue: Catalogue): Theme[] {
  const known = THEMES_BY_FRAMEWORK[catalogue.framework];
  if (known) {
    return known.map((t) => ({
      number: t.number,
      title: t.title,
      questions: [...t.questions],
      oitItems: inCatalogueOrder(catalogue, oitItemsForTopics(catalogue, t.oit)),
    }));
  }
  return catalogue.indicators.map((ind) => ({
    number: ind.number,
    title: `ตัวชี้วัดที่ ${ind.number} ${ind.name}`,
    questions: ind.instrument === 'OIT' ? [] : [...ind.questions],
    oitItems: ind.instrument === 'OIT' ? [...ind.questions] : [],
  }));
}
