// The bench scenario (option bench=true), for scripts/bench-extension: the page around the
// Cloudscape form grows to about 20,000 elements with a steady stream of DOM changes (5 table
// rows replaced every 20 ms, a clock every 100 ms), switches on the extension's measurements
// (<html data-billing-pilot-debug>, read when the content script starts) and offers
// window.bench to take the current step's field away and bring it back.
import { options } from './options.js';
import { update } from './store.js';

const ROWS = 1900;

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text) {
    node.textContent = text;
  }
  return node;
}

function row(i) {
  const tr = element('tr');
  const cells = [
    element('input', null, { type: 'checkbox', 'aria-label': `Select resource ${i}` }),
    element('span', `i-${(1e8 + i * 7919).toString(16)}`),
    element('a', `Resource ${i}`, { href: '#/resources' }),
    element('span', 'us-east-1'),
    element('button', 'Details', { type: 'button' }),
  ];
  for (const cell of cells) {
    const td = element('td');
    td.append(cell);
    tr.append(td);
  }
  return tr;
}

export function setUpBench() {
  if (!options.bench) {
    return;
  }
  document.documentElement.setAttribute('data-billing-pilot-debug', '');
  const clock = element('span');
  const tbody = element('tbody');
  for (let i = 0; i < ROWS; i += 1) {
    tbody.append(row(i));
  }
  const table = element('table');
  table.append(tbody);
  const around = element('div', null, { id: 'bench-resources' });
  around.append(clock, table);
  document.body.append(around);
  let next = ROWS;
  // When the page's own ResizeObserver first saw the returned field: the end of the browser's
  // layout of the frame that first shows it.
  let laidOutAt = 0;
  const firstLayoutOf = (node) => {
    const sizes = new ResizeObserver(() => {
      sizes.disconnect();
      laidOutAt = performance.now();
    });
    sizes.observe(node);
  };
  window.bench = {
    elements: () => document.getElementsByTagName('*').length,
    startStream() {
      setInterval(() => {
        for (let k = 0; k < 5; k += 1) {
          tbody.children[Math.floor(Math.random() * tbody.children.length)].replaceWith(row(next++));
        }
      }, 20);
      setInterval(() => { clock.textContent = new Date().toISOString(); }, 100);
    },
    /** Takes the field of the current step (options.benchField, e.g. exportName) off the page. */
    removeTarget() {
      update((s) => { s.hidden[options.benchField] = true; });
    },
    /**
     * Brings it back; returns when (performance.now()) that was asked for. When the browser first
     * lays out what came back is kept for targetLaidOutAt().
     */
    addTarget() {
      const at = performance.now();
      laidOutAt = 0;
      const arrivals = new MutationObserver((records) => {
        const node = records.flatMap((record) => [...record.addedNodes])
          .find((added) => added.nodeType === 1 && !around.contains(added));
        if (node) {
          arrivals.disconnect();
          firstLayoutOf(node);
        }
      });
      arrivals.observe(document.body, { childList: true, subtree: true });
      update((s) => { s.hidden[options.benchField] = false; });
      return at;
    },
    targetLaidOutAt: () => laidOutAt,
    highlightedAt: () => Number(document.documentElement.getAttribute('data-billing-pilot-highlight-at') || 0),
    stats() {
      document.dispatchEvent(new Event('billing-pilot:stats'));
      return JSON.parse(document.documentElement.getAttribute('data-billing-pilot-stats') || 'null');
    },
  };
}
