'use strict';
// Where to look after a DOM change: only in the parts of what changed that can hold a control
// the guide still wants, judged by their text, so that rows of an unrelated table, a ticking
// clock or a spinner cost one look at their text and nothing more.
(() => {
  const bp = globalThis.billingPilot;
  // How far up from a text without a control to look for the control it labels.
  const WRAPPER_LEVELS = 3;

  /** Whether a normalised text mentions one of the targets' (normalised) labels. */
  function mentions(text, targets) {
    return targets.some((target) => target.labels.some((label) => text.includes(label)));
  }

  function hasControls(element, selector) {
    return element.matches(selector) || element.querySelector(selector) !== null;
  }

  /** A wrapper a few levels up: where text rendered after its control meets that control. */
  function wrapperAround(element) {
    let scope = element;
    const body = element.ownerDocument ? element.ownerDocument.body : null;
    for (let level = 0; level < WRAPPER_LEVELS && scope.parentElement && scope.parentElement !== body; level += 1) {
      scope = scope.parentElement;
    }
    return scope;
  }

  /**
   * The elements to search, given the changed nodes, each one's normalised text, the targets
   * still wanted and the selector of their controls. A node whose text mentions a wanted label
   * is searched (when it holds no control itself, the label arrived after its control: its
   * wrapper is searched); a node without text that holds controls is searched too (re-rendered
   * alone, labelled from outside or by aria-label). A control labelled only by aria-label inside
   * text that does not mention it is left to the next look at the whole page.
   */
  function scopesFor(nodes, texts, wanted, selector) {
    const scopes = new Set();
    nodes.forEach((node, index) => {
      const element = node.nodeType === 1 ? node : node.parentElement;
      const text = texts[index];
      if (!element) {
        return;
      }
      if (mentions(text, wanted)) {
        scopes.add(hasControls(element, selector) ? element : wrapperAround(element));
      } else if (!text && hasControls(element, selector)) {
        scopes.add(element);
      }
    });
    return [...scopes];
  }

  bp.scanScopes = { mentions, scopesFor, wrapperAround };
})();
