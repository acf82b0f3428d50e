'use strict';
// The panel's look. It lives in the overlay's shadow root, so the console's CSS cannot reach it
// and it cannot reach the console.
(() => {
  const bp = globalThis.billingPilot;
  bp.panelStyle = `
.ring { position: fixed; top: 0; left: 0; pointer-events: none; box-sizing: border-box; border: 3px solid #ec7211;
  border-radius: 6px; box-shadow: 0 0 0 4px rgba(236, 114, 17, 0.3); transition: transform 80ms linear; }
.ring[hidden] { display: none; }
.panel { position: fixed; bottom: 16px; width: 340px; max-height: calc(100vh - 32px); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #16191f; background: #fff;
  border: 1px solid #8d99a8; border-radius: 8px; box-shadow: 0 4px 20px rgba(0, 0, 0, 0.25); }
.panel.right { right: 16px; }
.panel.left { left: 16px; }
.panel.top { top: 16px; bottom: auto; }
header { display: flex; align-items: center; gap: 8px; padding: 8px 10px; background: #232f3e; color: #fff; }
header strong { flex: 1; }
.progress { font-size: 12px; }
.body { padding: 10px 12px; }
.body[hidden] { display: none; }
button { font: inherit; cursor: pointer; border: 1px solid #545b64; border-radius: 4px; background: #fff;
  color: #16191f; padding: 2px 8px; }
header button { border-color: #d5dbdb; background: transparent; color: #fff; }
button:focus-visible, textarea:focus-visible { outline: 3px solid #0972d3; outline-offset: 2px; }
p { margin: 0 0 8px; }
.layout { font-size: 12px; color: #5f6b7a; }
.instruction { font-weight: 600; }
.server { padding: 6px 8px; background: #fff7e6; border-left: 4px solid #ec7211; }
.warning { padding: 6px 8px; background: #fdf3f1; border-left: 4px solid #d13212; }
.bucket { display: flex; align-items: center; gap: 6px; margin-bottom: 8px; flex-wrap: wrap; }
code, pre { font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; }
pre { max-height: 160px; overflow: auto; background: #f2f3f3; padding: 6px; white-space: pre-wrap; word-break: break-all; }
textarea { width: 100%; box-sizing: border-box; min-height: 60px; font: 12px ui-monospace, monospace; }
label { display: block; font-size: 12px; margin: 6px 0 2px; }
nav { display: flex; justify-content: space-between; margin-top: 8px; }
[hidden] { display: none !important; }
`;
})();
