/** The explorer page's style: controls on the left, results in the middle, the YAML on the right; readable on a projector. */
export const PAGE_HTML_STYLE = `
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 0; color: #1a1a1a; background: #fff; font-size: 15px; }
header { display: flex; align-items: center; justify-content: space-between; gap: 24px; padding: 10px 20px; border-bottom: 1px solid #ddd; position: sticky; top: 0; background: #fff; z-index: 2; }
h1 { font-size: 20px; margin: 0; font-weight: 600; }
h2 { font-size: 16px; margin: 0 0 8px; }
.status { white-space: nowrap; font-variant-numeric: tabular-nums; }
progress { width: 220px; height: 14px; vertical-align: middle; }
main { display: grid; grid-template-columns: 380px minmax(0, 1fr) 420px; gap: 20px; padding: 16px 20px; align-items: start; }
aside fieldset, fieldset.run { border: 1px solid #ddd; border-radius: 6px; margin: 0 0 12px; padding: 8px 10px; }
legend { font-weight: 600; padding: 0 4px; }
.control { display: grid; grid-template-columns: 118px 1fr 46px; grid-template-rows: auto auto; column-gap: 6px; align-items: center; margin: 6px 0; }
.control label { grid-column: 1; font-size: 14px; }
.control input[type=range] { grid-column: 2; width: 100%; }
.control .factor { grid-column: 3; font-size: 12px; color: #666; text-align: right; }
.control .value { grid-column: 2 / span 1; font-family: "DejaVu Sans Mono", monospace; font-size: 13px; width: 100%; }
.control .unit { grid-column: 3; font-size: 12px; color: #666; }
.control select, .control input[type=number], .control .check { grid-column: 2 / span 2; }
.control .check { font-size: 12px; color: #444; }
.control.swept { opacity: 0.55; }
.results { min-width: 0; }
.results table { border-collapse: collapse; margin-bottom: 12px; font-variant-numeric: tabular-nums; }
.results th, .results td { border-bottom: 1px solid #e4e4e4; padding: 4px 10px; text-align: left; vertical-align: top; }
.results th { font-size: 13px; color: #444; }
.results caption { text-align: left; font-weight: 600; padding: 4px 0; }
.results .ci { color: #777; white-space: nowrap; }
.results .meta { color: #666; font-size: 13px; }
figure.chart { margin: 0 0 16px; }
.view svg { width: 100%; max-width: 1280px; height: auto; display: block; }
.headlines, .panes { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 560px), 1fr)); gap: 16px; align-items: start; }
.pane { min-width: 0; overflow-x: auto; }
body[data-pinned="false"] .pane.before { display: none; }
.pane.before { border-left: 4px solid #bbb; padding-left: 10px; }
.pane-heading { font-size: 15px; font-weight: 600; margin: 0 0 6px; overflow-wrap: anywhere; }
.pane-heading code { font-weight: normal; font-size: 13px; }
.pane-label { margin: 0 0 2px; font-size: 13px; color: #555; }
body[data-pinned="false"] .pane-label { display: none; }
button.png { font-size: 13px; padding: 2px 8px; }
.verdict p { margin: 0 0 8px; }
.assumed, ul.findings { font-size: 14px; }
body[data-stale="true"] #charts, body[data-stale="true"] #headline { opacity: 0.45; }
.stale-note { display: none; color: #b00020; }
body[data-stale="true"] .stale-note { display: block; }
textarea#yaml { width: 100%; height: 560px; font-family: "DejaVu Sans Mono", monospace; font-size: 12px; white-space: pre; }
.error { color: #b00020; font-family: "DejaVu Sans Mono", monospace; font-size: 13px; min-height: 1em; overflow-wrap: anywhere; }
pre { background: #f6f6f6; padding: 10px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px; }
button { font: inherit; font-size: 14px; padding: 4px 10px; margin: 4px 0; }
`;
