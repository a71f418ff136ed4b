package io.interviewcoach.report.html;

/** The report's stylesheet, inlined so the page needs nothing from outside (system fonts only). */
final class Style {
    private Style() {
    }

    static final String CSS = """
            :root{--bg:#f3f5fa;--card:#fff;--ink:#1c2434;--muted:#667085;--line:#e3e7ef;--good:#1f9d5c;\
            --ok:#e09b00;--bad:#dc4a3d;--na:#adb5bd;--accent:#3b5bdb}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);\
            font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            .wrap{max-width:1120px;margin:0 auto;padding:28px 24px 40px}
            h1,h2,h3{line-height:1.25;margin:0}
            h2{font-size:20px;margin:34px 0 14px}
            h3{font-size:16px}
            .cat h3{font-size:17px}
            p{margin:6px 0}
            .muted{color:var(--muted)}
            .small{font-size:13px}
            .card{background:var(--card);border-radius:14px;box-shadow:0 1px 2px rgba(16,24,40,.06),\
            0 4px 14px rgba(16,24,40,.05);padding:18px 20px;border:1px solid var(--line)}
            .hero{display:flex;align-items:center;justify-content:space-between;gap:24px;color:#fff;\
            border-radius:20px;padding:28px 34px;background:linear-gradient(135deg,#1f2f63 0%,#3048b8 55%,#4f6ff0 100%);\
            box-shadow:0 10px 30px rgba(40,60,160,.25)}
            .kicker{text-transform:uppercase;letter-spacing:.12em;font-size:12px;opacity:.8;margin:0 0 6px}
            .hero h1{font-size:28px;word-break:break-all}
            .path{opacity:.7;font-size:13px;word-break:break-all}
            .facts{display:flex;flex-wrap:wrap;gap:10px 28px;margin:16px 0 0}
            .facts div{min-width:90px}
            .facts dt{font-size:12px;opacity:.75;text-transform:uppercase;letter-spacing:.06em}
            .facts dd{margin:0;font-weight:600}
            .hero-gauge{text-align:center;flex:none}
            .hero-gauge p{margin:2px 0 0;font-weight:600;letter-spacing:.04em}
            .gauge .arc{stroke:var(--accent)}
            .gauge.good .arc{stroke:#51cf66}.gauge.ok .arc{stroke:#ffd43b}.gauge.bad .arc{stroke:#ff8787}
            .gauge-num{font-size:34px;font-weight:700;fill:currentColor}
            .cats{display:grid;grid-template-columns:repeat(auto-fit,minmax(250px,1fr));gap:16px}
            .cat{border-top:5px solid var(--na)}
            .cat.good{border-top-color:var(--good)}.cat.ok{border-top-color:var(--ok)}.cat.bad{border-top-color:var(--bad)}
            .cat-head{display:flex;justify-content:space-between;gap:10px;align-items:flex-start}
            .cat-head{align-items:center}
            .cat .desc{font-size:13px;margin-top:4px}
            .cat-score{text-align:right;font-size:34px;font-weight:700;line-height:1;flex:none}
            .cat-score small{font-size:14px;color:var(--muted);font-weight:500}
            .cat .word{display:block;font-size:12px;font-weight:700;margin-top:4px;color:var(--muted);\
            text-transform:uppercase;letter-spacing:.06em}
            .cat.good .word{color:var(--good)}.cat.ok .word{color:#b07a00}.cat.bad .word{color:var(--bad)}
            .na-text{color:var(--na)}
            .subs{list-style:none;margin:14px 0 0;padding:0}
            .subs li{display:grid;grid-template-columns:1fr auto;grid-template-areas:"l v" "b w";gap:2px 8px;\
            padding:6px 0;border-top:1px solid var(--line);font-size:13px}
            .subs .sl{grid-area:l}.subs .sv{grid-area:v;font-weight:600;text-align:right}
            .subs .bar{grid-area:b;height:6px;background:#eef1f6;border-radius:4px;overflow:hidden;align-self:center}
            .subs .bar i{display:block;height:100%;border-radius:4px}
            .subs .sw{grid-area:w;color:var(--muted);font-size:11px;text-align:right}
            .subs li.na{color:var(--na)}.subs li.na .sv{font-weight:400;font-style:italic}
            i.good{background:var(--good)}i.ok{background:var(--ok)}i.bad{background:var(--bad)}
            .cov{font-size:12px;color:var(--muted);margin-top:10px}
            .plan{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));\
            gap:16px;counter-reset:step}
            .plan li{position:relative;padding-left:64px;counter-increment:step}
            .plan li::before{content:counter(step);position:absolute;left:18px;top:18px;width:32px;height:32px;\
            border-radius:50%;background:var(--accent);color:#fff;font-weight:700;display:flex;align-items:center;\
            justify-content:center}
            .plan .target{font-size:13px;color:#364fc7;background:#edf2ff;border-radius:8px;padding:6px 10px;\
            display:inline-block;margin-top:8px}
            .two{display:grid;grid-template-columns:1fr 1.4fr;gap:24px}
            @media (max-width:820px){.two{grid-template-columns:1fr}.hero{flex-direction:column;align-items:flex-start}}
            .strengths{list-style:none;padding:0;margin:0;display:grid;gap:12px}
            .strengths li{display:flex;gap:12px;align-items:flex-start}
            .check{flex:none;width:26px;height:26px;border-radius:50%;background:#d3f9d8;color:#2b8a3e;\
            display:flex;align-items:center;justify-content:center;font-weight:700}
            .tip{margin-bottom:12px;border-left:4px solid var(--ok)}
            .evidence{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px;align-items:center}
            .chip{font-size:12px;border-radius:999px;padding:3px 10px;background:#f1f3f5;white-space:nowrap}
            .chip.measured{background:#fff4e6;color:#a35200;font-weight:600}
            .chip.target{background:#ebfbee;color:#2b8a3e}
            .chip.time{background:#e7f5ff;color:#1864ab;font-variant-numeric:tabular-nums}
            .metric{font-size:11px;color:var(--muted);font-family:ui-monospace,Menlo,Consolas,monospace;margin-left:4px}
            .chart{overflow-x:auto}
            svg.timeline{width:100%;height:auto;min-width:640px;display:block}
            svg text{font-family:inherit}
            svg .lane{font-size:13px;fill:#1c2434;font-weight:600}
            svg .note,svg .tick{font-size:11px;fill:#667085}
            .transcript p{margin:0 0 10px;line-height:1.8}
            .transcript .ts{display:inline-block;min-width:48px;color:var(--muted);font-size:12px;\
            font-variant-numeric:tabular-nums}
            mark.filler{background:#ffe3e3;color:#c92a2a;border-radius:4px;padding:0 3px}
            mark.hedge{background:#fff3bf;color:#8f6b00;border-radius:4px;padding:0 3px}
            .low{text-decoration:underline dotted #adb5bd}
            .legend{font-size:13px;color:var(--muted);margin-bottom:14px}
            table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{text-align:left;padding:7px 8px;border-bottom:1px solid var(--line);vertical-align:top}
            thead th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
            .events td:nth-child(2),.events td:nth-child(3){white-space:nowrap;font-variant-numeric:tabular-nums}
            .measures{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:16px;align-items:start}
            .kv th{font-weight:500;color:var(--muted)}
            .kv td{text-align:right;font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap}
            .kv tr.na td{color:var(--na);font-weight:400;font-style:italic}
            footer{margin-top:36px;color:var(--muted);font-size:12px}
            @media print{body{background:#fff}.card,.hero{box-shadow:none}.hero{color:#000;background:#eef1f8}}
            """;
}
