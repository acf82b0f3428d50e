// Which scenario a fixture page plays. Tests set window.FIXTURE_OPTIONS (served as
// /__fixtures/options.js before the page's own script); a person opening a page by hand can use
// the URL query instead, e.g. ?fixture.renderDelayMs=3000&fixture.hiddenDialog=true.
const DEFAULTS = {
  // Late rendering: the page shows a spinner this long before its content.
  renderDelayMs: 1000,
  // A dialog kept mounted (Cloudscape Modal with visible=false, display:none) while closed.
  hiddenDialog: false,
  // A dialog's primary button keeps its node while its text changes ("Next" becomes "Save").
  // false renders a new button node for each text instead.
  inPlaceText: true,
  // Layout C: the legacy section's settings are greyed out until its own Edit button is clicked
  // (the other sections have an Edit button too).
  lockedSection: false,
  // Values the page's fields hold when it first renders.
  bucketValue: '',
  exportNameValue: '',
  prefixValue: '',
  // scripts/bench-extension: a 20,000-element page with a stream of changes (see bench.js),
  // and the field whose removal and return it times.
  bench: false,
  benchField: 'exportName',
};

function fromQuery() {
  const found = {};
  for (const [key, raw] of new URLSearchParams(location.search)) {
    if (!key.startsWith('fixture.')) {
      continue;
    }
    let value = raw;
    if (raw === 'true' || raw === 'false') {
      value = raw === 'true';
    } else if (raw !== '' && !Number.isNaN(Number(raw))) {
      value = Number(raw);
    }
    found[key.slice('fixture.'.length)] = value;
  }
  return found;
}

export const options = Object.assign({}, DEFAULTS, window.FIXTURE_OPTIONS || {}, fromQuery());
