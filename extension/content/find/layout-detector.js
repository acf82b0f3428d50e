'use strict';
// Which of the Billing Preferences layouts (A, B, C in the label table) the page shows, told
// apart by texts that appear in one layout only.
(() => {
  const bp = globalThis.billingPilot;
  const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

  /** The text a node shows: its text nodes, without the source of scripts and styles. */
  function shownText(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      return node.parentElement && NOT_SHOWN.has(node.parentElement.tagName) ? '' : node.data;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || NOT_SHOWN.has(node.tagName)) {
      return '';
    }
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (current) => {
        if (current.nodeType === Node.TEXT_NODE) {
          return NodeFilter.FILTER_ACCEPT;
        }
        return NOT_SHOWN.has(current.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
    const parts = [];
    while (walker.nextNode()) {
      parts.push(walker.currentNode.data);
    }
    return parts.join(' ');
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
