/** The web UI's one stylesheet, served at `/ui/assets/style.css` (inlined so the build ships it). */

/**
 * The stylesheet: system fonts only, readable widths, status colours paired with words.
 *
 * @example
 * new Response(styleCss, { headers: { 'content-type': 'text/css' } });
 */
export const styleCss = `
:root { --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #fff; --soft: #f6f8fa;
  --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --unknown: #57606a; --link: #0550ae; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .25rem .5rem; }
header { background: #24292f; color: #fff; padding: .5rem 1.5rem; display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: baseline; }
header .brand { font-weight: 700; color: #fff; text-decoration: none; font-size: 1.1rem; }
header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
header nav a { color: #fff; }
header nav a[aria-current="page"] { font-weight: 700; text-decoration: underline; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; overflow-wrap: anywhere; }
h4 { font-size: .95rem; margin: 1rem 0 .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .93rem; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--soft); font-weight: 600; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88rem; }
pre { background: var(--soft); border: 1px solid var(--line); padding: .5rem .75rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.status { display: inline-block; padding: 0 .45rem; border-radius: 1rem; font-weight: 600; font-size: .85rem; border: 1px solid currentColor; }
.status::before { margin-right: .25rem; }
.status-success::before, .status-verified::before { content: "\\2713"; }
.status-failed::before { content: "\\2717"; }
.status-unknown::before, .status-unverified::before, .status-changed::before { content: "?"; }
.status-success, .status-verified { color: var(--ok); }
.status-failed { color: var(--bad); }
.status-changed { color: var(--warn); }
.status-unknown, .status-unverified { color: var(--unknown); }
.answer { border: 2px solid; border-radius: .5rem; padding: .75rem 1rem; margin: 1rem 0; }
.answer-yes { border-color: var(--ok); }
.answer-no { border-color: var(--bad); }
.answer .verdict { margin: 0; font-size: 1.2rem; font-weight: 700; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
.figure { font-size: 2rem; font-weight: 700; margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; min-width: 12rem; }
.card h3 { margin-top: 0; }
form.inline { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: .5rem 0 1rem; }
form label { display: flex; flex-direction: column; font-weight: 600; font-size: .9rem; }
input, select, button { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: .3rem; }
button { background: #1f883d; color: #fff; border-color: #1a7f37; cursor: pointer; }
.interaction { border: 1px solid var(--line); border-radius: .5rem; padding: 0 1rem .75rem; margin: 1rem 0; }
.kind { font-size: .8rem; color: var(--muted); font-weight: 400; margin-left: .5rem; }
.chart, .network { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: .5rem; background: var(--bg); }
.network .node rect { fill: var(--soft); stroke: #57606a; }
.network .node text { font-size: 13px; fill: var(--fg); }
.network .edge { fill: none; stroke-width: 2; }
.network .edge-verified { stroke: var(--ok); }
.network .edge-failed { stroke: var(--bad); stroke-dasharray: 6 3; }
.network .edge-changed { stroke: var(--warn); stroke-dasharray: 2 3; }
.network .edge-unverified { stroke: var(--unknown); stroke-dasharray: 2 3; }
.chart .bar-passed { fill: var(--ok); }
.chart .bar-failed { fill: var(--bad); }
.chart text { font-size: 11px; fill: var(--fg); }
.chart .axis { stroke: var(--muted); }
.legend { list-style: none; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; font-size: .9rem; }
`;
