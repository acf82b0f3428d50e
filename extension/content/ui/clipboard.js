'use strict';
// Copy buttons: the async clipboard API, or a selected textarea and the copy command where the
// page's permissions policy blocks that API.
(() => {
  const bp = globalThis.billingPilot;
  async function copy(text, scratchParent) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      const scratch = document.createElement('textarea');
      scratch.value = text;
      scratch.setAttribute('readonly', '');
      scratch.style.position = 'fixed';
      scratch.style.opacity = '0';
      scratchParent.appendChild(scratch);
      scratch.select();
      const copied = document.execCommand('copy');
      scratch.remove();
      return copied;
    }
  }
  bp.clipboard = { copy };
})();
