'use strict';
// Which of the Billing Preferences layouts (A, B, C in the label table) the page shows, told
// apart by texts that appear in one layout only.
(() => {
  const bp = globalThis.billingPilot;
  /** The first layout one of whose detect texts occurs in the given nodes' text, or null. */
  function detect(layouts, nodes) {
    const texts = nodes.filter((node) => node && node.isConnected).map((node) => bp.text.normalize(node.textContent));
    for (const layout of layouts) {
      if (layout.detect.some((needle) => texts.some((text) => text.includes(needle)))) {
        return layout;
      }
    }
    return null;
  }
  bp.layoutDetector = { detect };
})();
