// A tile map of the 31 provinces: each a square at its approximate place (no boundary geometry),
// shaded by a share (adoption coverage or targets met), with a legend, the numbers on hover and
// focus, and the same numbers in a table.
import { el, table } from './dom.js';
import { t } from './i18n.js';

/**
 * [GB/T 2260 code, row, column]: north at the top, west on the left.
 * @type {[string, number, number][]}
 */
export const TILES = [
  ['230000', 0, 8],
  ['650000', 1, 0], ['150000', 1, 5], ['110000', 1, 6], ['210000', 1, 7], ['220000', 1, 8],
  ['630000', 2, 1], ['620000', 2, 2], ['640000', 2, 3], ['140000', 2, 4], ['130000', 2, 5], ['120000', 2, 6],
  ['540000', 3, 0], ['610000', 3, 3], ['410000', 3, 4], ['370000', 3, 5],
  ['510000', 4, 2], ['500000', 4, 3], ['420000', 4, 4], ['340000', 4, 5], ['320000', 4, 6], ['310000', 4, 7],
  ['530000', 5, 2], ['520000', 5, 3], ['430000', 5, 4], ['360000', 5, 5], ['330000', 5, 6],
  ['450000', 6, 3], ['440000', 6, 4], ['350000', 6, 5],
  ['460000', 7, 4],
];

/** Five bins of a share (0–1); a province without a value is shown apart. */
const BINS = [0.2, 0.4, 0.6, 0.8, 1];

export function bin(share) {
  return share === null || share === undefined ? 'none' : String(BINS.findIndex((limit) => share <= limit + 1e-9));
}

/**
 * values: code → { share, text } (text: the numbers shown on hover/focus and in the table);
 * names: code → the province's name; noValue: the legend's words for a province without a value.
 */
export function tileMap({ kind, caption, values, names, noValue }) {
  const tiles = TILES.map(([code, row, column]) => {
    const value = values[code];
    const numbers = value ? value.text : noValue;
    // the accessible name is the visible text followed by the numbers (WCAG 2.5.3); hovering shows them too
    return el('a', {
      className: `tile tile-${bin(value?.share)}`, href: `#/provinces/${code}`, title: `${names[code] ?? code}: ${numbers}`,
      dataset: { province: code, bin: bin(value?.share), share: value ? String(value.share) : '' },
      style: `grid-row: ${row + 1}; grid-column: ${column + 1}`,
    }, el('span', { className: 'tile-name' }, shortName(names[code] ?? code)),
    value ? el('span', { className: 'tile-value' }, ` ${Math.round(value.share * 100)}%`) : null,
    el('span', { className: 'visually-hidden' }, `: ${numbers}`));
  });
  const legend = el('ul', { className: 'legend', 'aria-label': t('tiles.legend') },
    BINS.map((limit, index) => el('li', {}, el('span', { className: `swatch tile-${index}`, 'aria-hidden': 'true' }),
      `${index === 0 ? 0 : Math.round(BINS[index - 1] * 100) + 1}–${Math.round(limit * 100)}%`)),
    el('li', {}, el('span', { className: 'swatch tile-none', 'aria-hidden': 'true' }), noValue));
  const rows = TILES.map(([code]) => code).filter((code) => values[code])
    .map((code) => el('tr', { dataset: { province: code } },
      el('th', { scope: 'row' }, el('a', { href: `#/provinces/${code}` }, names[code] ?? code)),
      el('td', { dataset: { col: 'share' } }, `${Math.round(values[code].share * 100)}%`),
      el('td', {}, values[code].text)));
  return el('figure', { className: 'tilemap', dataset: { tilemap: kind } },
    el('div', { className: 'tiles', role: 'group', 'aria-label': caption }, tiles),
    legend,
    el('details', {}, el('summary', {}, t('tiles.asTable')),
      table({ dataset: { table: `tiles-${kind}` }, className: 'numbers' }, [t('province'), t('tiles.share'), t('tiles.numbers')], rows)));
}

/** 内蒙古自治区 → 内蒙古, Inner Mongolia → Inner Mongolia: the tile shows the name without its administrative suffix. */
function shortName(name) {
  return name.replace(/(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/, '');
}
