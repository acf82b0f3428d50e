'use strict';
// Whether a person can see a control: the guide marks, rings and fills only those. Not shown:
// anything under display:none, visibility:hidden, content-visibility:hidden, the hidden
// attribute or aria-hidden, inside an inert subtree or a closed <dialog>, or in a container
// that has no size and clips what overflows it.
(() => {
  const bp = globalThis.billingPilot;
  const HIDDEN = '[hidden], [aria-hidden="true"], template, [inert], dialog:not([open])';
  const MAX_CLIP_LEVELS = 12;

  /** The cheap part, without layout: styles and attributes only. */
  function styleShown(element) {
    if (!element.isConnected || element.closest(HIDDEN)) {
      return false;
    }
    return typeof element.checkVisibility === 'function'
      ? element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })
      : element.getClientRects().length > 0;
  }

  function zeroSize(rect) {
    return rect.width === 0 || rect.height === 0;
  }

  /** A zero-size ancestor that clips its content hides the control (a collapsed section, say). */
  function clippedAway(element) {
    let node = element.parentElement;
    for (let level = 0; node && node !== document.body && level < MAX_CLIP_LEVELS; level += 1, node = node.parentElement) {
      if (zeroSize(node.getBoundingClientRect())) {
        const style = getComputedStyle(node);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Shown to a person. A control of no size counts when its wrapper has one (consoles draw their
   * own checkbox over a tiny or transparent native one).
   */
  function isShown(element) {
    if (!styleShown(element)) {
      return false;
    }
    const own = element.getBoundingClientRect();
    if (zeroSize(own) && (!element.parentElement || zeroSize(element.parentElement.getBoundingClientRect()))) {
      return false;
    }
    return !clippedAway(element);
  }

  bp.visibility = { isShown, styleShown };
})();
