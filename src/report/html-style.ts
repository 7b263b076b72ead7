/**
 * The stylesheet and the filter script of the HTML report, inlined into the
 * page so that it needs no network. Every rule is scoped under `.cd`, so a
 * fragment dropped into a notebook does not restyle the notebook around it.
 *
 * @module
 */
import { createHash } from 'node:crypto';

/**
 * CSS of the report, scoped under `.cd`.
 *
 * @example
 * REPORT_CSS.includes('.cd-matrix'); // true
 */
export const REPORT_CSS = `
.cd{--ink:#1d232b;--muted:#5d6673;--line:#dcd9d2;--paper:#fff;--bg:#f5f3ee;
--red:#b3261e;--red-bg:#fbe9e7;--amber:#8a5a00;--amber-bg:#fff3d6;--green:#23663a;--green-bg:#e6f4ea;
--blue:#2f5d8a;--blue-bg:#e8f0f8;--grey:#6b7280;--grey-bg:#f0efeb;
color:var(--ink);font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","DejaVu Sans",sans-serif;
background:var(--bg);padding:24px 28px 40px;max-width:1180px;margin:0 auto;box-sizing:border-box}
.cd *,.cd *::before,.cd *::after{box-sizing:inherit}
.cd h1{font:700 28px/1.2 Georgia,"Times New Roman","DejaVu Serif",serif;margin:0 0 6px}
.cd h2{font:700 20px/1.3 Georgia,"Times New Roman","DejaVu Serif",serif;margin:36px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--ink)}
.cd h3{font-size:17px;margin:0 0 4px;line-height:1.35}
.cd a{color:var(--blue)}
.cd small,.cd .cd-muted{color:var(--muted)}
.cd-stats{margin:0 0 10px;color:var(--muted)}
.cd-stats b{color:var(--ink)}
.cd-nav{display:flex;gap:16px;flex-wrap:wrap;font-size:14px;margin:8px 0 0}
.cd-legend{display:flex;flex-wrap:wrap;gap:8px 14px;font-size:13px;color:var(--muted);margin:0 0 12px}
.cd-chip{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap;border:1px solid transparent}
.cd-chip.contested,.cd-chip.contradict{background:var(--red-bg);color:var(--red);border-color:#f1c1bb}
.cd-chip.mixed,.cd-chip.qualify{background:var(--amber-bg);color:var(--amber);border-color:#f0d79a}
.cd-chip.agreement,.cd-chip.agree{background:var(--green-bg);color:var(--green);border-color:#b9dcc4}
.cd-chip.single-source,.cd-chip.says{background:var(--blue-bg);color:var(--blue);border-color:#c4d6ea}
.cd-chip.silent,.cd-chip.plain{background:var(--grey-bg);color:var(--grey);border-color:var(--line)}
.cd-card{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:16px 18px;margin:0 0 16px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.cd-filter{display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin:0 0 10px;font-size:14px}
.cd-filter input[type=search]{padding:5px 9px;border:1px solid var(--line);border-radius:6px;min-width:220px;font:inherit}
.cd-filter label{display:inline-flex;gap:4px;align-items:center}
.cd-matrix-wrap{overflow-x:auto;background:var(--paper);border:1px solid var(--line);border-radius:8px}
.cd-matrix{border-collapse:collapse;width:100%;font-size:14px}
.cd-matrix th,.cd-matrix td{border-bottom:1px solid var(--line);padding:8px 10px;vertical-align:top;text-align:left}
.cd-matrix thead th{background:#faf9f6;font-size:13px;position:sticky;top:0}
.cd-matrix thead th.cd-col{text-align:center;min-width:110px}
.cd-matrix tbody th{font-weight:500;width:38%;min-width:260px}
.cd-matrix tbody th a{color:var(--ink);text-decoration:none;font-weight:600}
.cd-matrix tbody th a:hover{text-decoration:underline}
.cd-why{display:block;margin-top:3px;font-size:13px;color:var(--red)}
.cd-why.qualify{color:var(--amber)}
.cd-cell{text-align:center!important;font-size:13px;font-weight:600;border-left:1px solid var(--line)}
.cd-cell a{color:inherit;text-decoration:none}
.cd-cell q{display:block;font-weight:400;font-style:italic;margin-top:2px;quotes:"\\201C" "\\201D"}
.cd-cell.agree{background:var(--green-bg);color:var(--green)}
.cd-cell.contradict{background:var(--red-bg);color:var(--red)}
.cd-cell.qualify{background:var(--amber-bg);color:var(--amber)}
.cd-cell.says{background:var(--blue-bg);color:var(--blue)}
.cd-cell.silent{color:#9aa0a8;font-weight:400;background:repeating-linear-gradient(135deg,#fafaf8 0 6px,#f0efeb 6px 12px)}
.cd-matrix tfoot td,.cd-matrix tfoot th{font-size:12px;color:var(--muted);text-align:center;border-bottom:0}
.cd-matrix tfoot th{text-align:right}
.cd-point{border-left:5px solid var(--grey)}
.cd-point.contested{border-left-color:var(--red)}
.cd-point.mixed{border-left-color:#d69e2e}
.cd-point.agreement{border-left-color:#3f9a5a}
.cd-point.single-source{border-left-color:#7aa2c9}
.cd-position{margin:0 0 12px}
.cd-position h4{margin:0 0 6px;font-size:14px}
.cd-position h4 small{font-weight:400;color:var(--muted)}
.cd-letter{display:inline-block;min-width:20px;text-align:center;border-radius:4px;background:var(--grey-bg);color:var(--ink);font-weight:700;margin-right:6px;padding:0 4px}
.cd-pair{margin:10px 0 6px;font-size:13px;font-weight:600}
.cd-meta{font-size:13px;color:var(--muted);margin:0 0 10px}
.cd-claims{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:10px}
.cd-claim{border:1px solid var(--line);border-radius:6px;padding:10px 12px;background:#fcfbf9}
.cd-who{font-size:13px;color:var(--muted);margin:0 0 4px}
.cd-who b{color:var(--ink)}
.cd-quote{font:16px/1.5 Georgia,"Times New Roman","DejaVu Serif",serif;margin:0}
.cd-quote::before{content:"\\201C"}.cd-quote::after{content:"\\201D"}.cd-quote.cd-own::before,.cd-quote.cd-own::after{content:none}
.cd mark{background:#ffe58a;color:inherit;padding:0 2px;border-radius:2px;box-shadow:0 0 0 1px #f2cc4d inset}
.cd-tag{display:inline-block;font-size:11px;text-transform:uppercase;letter-spacing:.04em;padding:0 6px;border-radius:4px;background:var(--grey-bg);color:var(--grey);margin-right:4px;font-weight:600}
.cd-tag.neg{background:var(--red-bg);color:var(--red)}
.cd-tag.mod{background:var(--amber-bg);color:var(--amber)}
.cd-tensions{margin-top:14px}
.cd-tensions h4{margin:0 0 8px;font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.cd-tension{display:grid;grid-template-columns:1fr 170px 1fr;gap:10px;align-items:stretch;margin:0 0 10px}
.cd-side{border-radius:6px;padding:10px 12px;background:#fffdf7;border:1px solid var(--line)}
.cd-tension.contradict .cd-side{border-color:#efc2bc}
.cd-tension.qualify .cd-side{border-color:#ecd59c}
.cd-vs{display:flex;flex-direction:column;justify-content:center;align-items:center;text-align:center;font-size:13px;gap:4px}
.cd-vs .cd-reason{color:var(--ink)}
.cd-vs .cd-score{color:var(--muted);font-size:12px}
.cd-article .cd-text{white-space:pre-wrap;font:16px/1.65 Georgia,"Times New Roman","DejaVu Serif",serif;margin:10px 0 0;max-height:560px;overflow:auto;padding-right:6px}
.cd-hl{text-decoration:none;color:inherit;border-bottom:2px solid;padding:1px 0}
.cd-hl.contested{background:var(--red-bg);border-color:var(--red)}
.cd-hl.mixed{background:var(--amber-bg);border-color:#d69e2e}
.cd-hl.agreement{background:var(--green-bg);border-color:#3f9a5a}
.cd-hl.single-source{background:var(--blue-bg);border-color:#9bbbe0}
.cd-hl:hover{filter:brightness(.95)}
.cd-table{border-collapse:collapse;width:100%;background:var(--paper);border:1px solid var(--line);font-size:14px}
.cd-table th,.cd-table td{border-bottom:1px solid var(--line);padding:7px 10px;text-align:left;vertical-align:top}
.cd-table th{background:#faf9f6;font-size:13px}
.cd-table td.n{text-align:right;font-variant-numeric:tabular-nums}
.cd details summary{cursor:pointer;font-weight:600;margin:0 0 8px}
.cd-single li{margin:0 0 6px}
.cd-messages li{font-size:14px;margin:0 0 4px}
.cd-empty{color:var(--muted);font-style:italic}
.cd-footer{margin-top:40px;font-size:12px;color:var(--muted);text-align:center}
.cd [hidden]{display:none!important}
@media (max-width:760px){.cd{padding:14px}.cd-tension{grid-template-columns:1fr}.cd-matrix tbody th{min-width:180px}}
@media print{.cd{background:#fff}.cd-filter{display:none}.cd-article .cd-text{max-height:none}}
`;

/**
 * CSS for the whole-page mode only: the page background around the report.
 *
 * @example
 * PAGE_CSS.startsWith('html'); // true
 */
export const PAGE_CSS = 'html,body{margin:0;background:#f5f3ee}';

/**
 * The filter script: a search box and consensus checkboxes that hide matrix
 * rows and point cards. It only reads `data-*` attributes, never text from
 * the input, and the page is complete without it.
 *
 * @example
 * FILTER_SCRIPT.includes('data-consensus'); // true
 */
export const FILTER_SCRIPT = `(function(){
var root=document.querySelector('.cd');if(!root)return;
var bar=root.querySelector('.cd-filter');if(!bar)return;bar.hidden=false;
var q=bar.querySelector('input[type=search]');var boxes=bar.querySelectorAll('input[type=checkbox]');
function apply(){var want={};for(var i=0;i<boxes.length;i++){want[boxes[i].value]=boxes[i].checked;}
var term=(q&&q.value||'').toLowerCase().trim();
var items=root.querySelectorAll('[data-consensus]');
for(var j=0;j<items.length;j++){var el=items[j];var ok=want[el.getAttribute('data-consensus')]!==false;
if(ok&&term){ok=(el.getAttribute('data-search')||'').indexOf(term)>=0;}el.hidden=!ok;}}
bar.addEventListener('input',apply);bar.addEventListener('change',apply);})();`;

/**
 * The Content-Security-Policy of the page: nothing may load from the network
 * and the only script allowed is {@link FILTER_SCRIPT}, by its hash, so an
 * injected handler would not run even if escaping ever failed.
 *
 * @example
 * PAGE_CSP.startsWith("default-src 'none'"); // true
 */
export const PAGE_CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${createHash('sha256').update(FILTER_SCRIPT).digest('base64')}'; base-uri 'none'; form-action 'none'`;
