// The guide's only script besides htmx. The pages work without it; it adds copy buttons, tells
// fields when text was pasted into them, and moves focus to the new step after htmx swaps a
// page in. It never writes HTML, only text.
(function () {
  'use strict';

  // Copy buttons are hidden in the markup because they need this script; show them.
  function revealCopyButtons(root) {
    root.querySelectorAll('[data-copy-target][hidden]').forEach(function (button) {
      button.hidden = false;
    });
  }

  function say(statusId, message) {
    var status = statusId && document.getElementById(statusId);
    if (status) {
      status.textContent = message;
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-target]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.dataset.copyTarget);
    if (!source || !navigator.clipboard) {
      say(button.dataset.copyStatus, 'Copying is not available here: select the text and copy it.');
      return;
    }
    navigator.clipboard.writeText(source.textContent).then(function () {
      say(button.dataset.copyStatus, 'Copied.');
    }, function () {
      say(button.dataset.copyStatus, 'Could not copy: select the text and copy it.');
    });
  });

  // htmx's own "paste" event comes before the pasted text is in the field, so a request made on
  // it would send the field as it was. Once the text is in, tell the field: hx-trigger="pasted".
  document.addEventListener('paste', function (event) {
    var field = event.target;
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
      setTimeout(function () { field.dispatchEvent(new Event('pasted')); }, 0);
    }
  });

  // Whether the admin (or htmx, keeping the focused field of the same id) already has focus in the
  // new step: settling comes a moment after the swap, and a click and the first letters typed into
  // a field can fall in between. Taking focus away then would send the rest of the typing nowhere.
  function focusIsInStep() {
    var active = document.activeElement;
    var main = document.querySelector('main');
    return Boolean(active && main && active !== main && main.contains(active));
  }

  // After htmx swapped in a whole page (a boosted link or form), start keyboard and screen-reader
  // users at the new step: at the first field refused with reasons, else at the heading.
  document.addEventListener('htmx:afterSettle', function (event) {
    revealCopyButtons(document);
    if (!event.detail || !event.detail.boosted || focusIsInStep()) {
      return;
    }
    var target = document.querySelector('[aria-invalid="true"]') || document.querySelector('main h1');
    if (target) {
      target.focus({ preventScroll: true });
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { revealCopyButtons(document); });
  } else {
    revealCopyButtons(document);
  }
})();
