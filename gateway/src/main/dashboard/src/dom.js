// Builds elements from data without ever parsing it as HTML: every text goes in as a text node,
// so a measure named "<script>…" shows as those characters.

/** el('a', { href: '#/x', dataset: { measure: 'N2020-01' } }, 'text', childNode, [more]) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name === 'className') {
      node.className = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** A table with a header row; rows are arrays of cells (a cell is text, a node, or a <td>). */
export function table(attributes, headers, rows) {
  return el('div', { className: 'table-scroll' },
    el('table', attributes,
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows)));
}

export function section(title, ...children) {
  return el('section', { className: 'card' }, el('h2', {}, title), ...children);
}

/** A key figure: its value (marked data-kpi=key for tests and scripts) above its label. */
export function kpi(key, value, label) {
  return el('div', { className: 'kpi' }, el('span', { className: 'kpi-value', dataset: { kpi: key } }, String(value)),
    el('span', { className: 'kpi-label' }, label));
}
