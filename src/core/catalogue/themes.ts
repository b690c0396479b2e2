// Analysis themes of a catalogue.
import { Catalogue } from '../types';
import { Theme, THEMES_2567 } from './themes-2567';

/** Themes known for a framework, by catalogue id. */
const THEMES_BY_CATALOGUE: Record<string, Theme[]> = { '2567-2570': THEMES_2567 };

/**
 * The analysis themes of a catalogue: the 7 themes of seed 001 for 2567–2570. Frameworks without
 * known themes (2561–2566) get one theme per indicator, titled "ตัวชี้วัดที่ n name", holding that
 * indicator's survey questions or OIT items, so a report can always be laid out by theme.
 * Returns fresh copies: callers may edit them.
 */
export function themesFor(catalogue: Catalogue): Theme[] {
  const known = THEMES_BY_CATALOGUE[catalogue.id];
  if (known) return known.map((t) => ({ ...t, questions: [...t.questions], oitItems: [...t.oitItems] }));
  return catalogue.indicators.map((ind) => ({
    number: ind.number,
    title: `ตัวชี้วัดที่ ${ind.number} ${ind.name}`,
    questions: ind.instrument === 'OIT' ? [] : [...ind.questions],
    oitItems: ind.instrument === 'OIT' ? [...ind.questions] : [],
  }));
}
