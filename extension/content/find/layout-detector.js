'use strict';
// Which of the Billing Preferences layouts (A, B, C in the label table) the page shows, told
// apart by texts that appear in one layout only.
(() => {
  const bp = globalThis.billingPilot;
  const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const NOT_SHOWN_SELECTOR = 'script, style, noscript, template';

  /** The text a node shows: its text, without the source of the scripts and styles inside it. */
  function shownText(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      return node.parentElement && NOT_SHOWN.has(node.parentElement.tagName) ? '' : node.data;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || NOT_SHOWN.has(node.tagName)) {
      return '';
    }
    let text = node.textContent;
    for (const hidden of node.querySelectorAll(NOT_SHOWN_SELECTOR)) {
      text = text.replace(hidden.textContent, ' ');
    }
    return text;
  }

  /** The first layout one of whose detect texts occurs in the given nodes' text, or null. */
  function detect(layouts, nodes) {
    const texts = nodes.filter((node) => node && node.isConnected).map((node) => bp.text.normalize(shownText(node)));
    for (const layout of layouts) {
      if (layout.detect.some((needle) => texts.some((text) => text.includes(needle)))) {
        return layout;
      }
    }
    return null;
  }
  bp.layoutDetector = { detect };
})();
