/// The hand-written design system, served at `/assets/app.css` (no framework, no inline styles).
/// System fonts that carry Vietnamese diacritics well; colours meet WCAG AA contrast on white.
enum Stylesheet {
    static let css = """
    :root {
      --ink: #1b2430; --muted: #4a5565; --line: #d6dbe3; --surface: #ffffff; --canvas: #f4f6f9;
      --brand: #0b5394; --brand-dark: #083d6e; --accent: #c0392b; --ok: #1e6b3a; --warn: #8a5a00;
      --radius: 8px; --space: 1rem;
      font-family: "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
      font-size: 16px; line-height: 1.55; color: var(--ink); background: var(--canvas);
    }
    * { box-sizing: border-box; }
    body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
    main { flex: 1; padding: 1.5rem 0 3rem; }
    main:focus { outline: none; }
    .container { width: min(1120px, 100% - 2rem); margin-inline: auto; }
    h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 1rem; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
    a { color: var(--brand); text-underline-offset: 2px; }
    a:hover { color: var(--brand-dark); }
    :focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
    code, .code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
    .lead { font-size: 1.075rem; color: var(--muted); max-width: 70ch; }
    .skip-link { position: absolute; left: -9999px; top: 0; background: var(--brand); color: #fff; padding: .5rem 1rem; z-index: 10; }
    .skip-link:focus { left: 1rem; top: .5rem; }

    .site-header { background: var(--surface); border-bottom: 1px solid var(--line); }
    .header-row { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem 1.5rem; padding: .75rem 0; }
    .brand { display: flex; align-items: center; gap: .6rem; color: var(--ink); text-decoration: none; }
    .brand-mark { display: grid; place-items: center; width: 2.4rem; height: 2.4rem; border-radius: var(--radius);
      background: var(--brand); color: #fff; font-weight: 700; letter-spacing: .02em; }
    .brand-text { display: flex; flex-direction: column; line-height: 1.2; }
    .brand-text span { font-size: .8rem; color: var(--muted); }
    .main-nav ul { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; margin: 0; padding: 0; }
    .main-nav a { display: block; padding: .4rem .7rem; border-radius: var(--radius); text-decoration: none; color: var(--ink); }
    .main-nav a:hover { background: var(--canvas); }
    .main-nav a[aria-current="page"] { background: #e3ecf7; color: var(--brand-dark); font-weight: 600; }
    .header-tools { margin-left: auto; display: flex; flex-wrap: wrap; align-items: center; gap: .75rem; }
    .user-box { display: flex; align-items: center; gap: .5rem; font-size: .9rem; color: var(--muted); }
    .inline-form { display: inline; margin: 0; }
    .demo-banner { background: #fff4d6; color: #5c4000; border-bottom: 1px solid #f0d58c; padding: .5rem 1rem; text-align: center; font-size: .95rem; }
    .site-footer { border-top: 1px solid var(--line); background: var(--surface); color: var(--muted); font-size: .9rem; }
    .api-op { border-top: 1px solid var(--line); padding-top: .8rem; margin-top: 1.2rem; }
    .api-method { display: inline-block; min-width: 4.2rem; padding: .1rem .5rem; border-radius: var(--radius);
      background: var(--brand); color: #fff; font-size: .85rem; text-align: center; }
    pre { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: .7rem; overflow-x: auto; }

    .button { display: inline-block; border: 1px solid var(--brand); background: var(--brand); color: #fff; border-radius: var(--radius);
      padding: .55rem 1.1rem; font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; }
    .button:hover { background: var(--brand-dark); color: #fff; }
    .button-small { padding: .3rem .75rem; font-size: .9rem; }
    .button-quiet { background: transparent; color: var(--brand); }
    .button-quiet:hover { background: #e3ecf7; color: var(--brand-dark); }

    .narrow { max-width: 28rem; }
    .stack { display: grid; gap: 1rem; max-width: 36rem; }
    .stack > .button { justify-self: start; }
    .filters { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: flex-end; background: var(--surface);
      border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem; margin: 1rem 0; }
    .field { display: grid; gap: .3rem; }
    .field-grow { flex: 1 1 16rem; }
    label { font-weight: 600; font-size: .95rem; }
    input, select { font: inherit; padding: .5rem .65rem; border: 1px solid #8a94a3; border-radius: 6px; background: #fff; color: var(--ink); min-height: 2.6rem; }
    .field-invalid input { border-color: var(--accent); border-width: 2px; }
    .field-error { color: var(--accent); margin: 0; font-size: .9rem; }

    .notice { border-radius: var(--radius); padding: .75rem 1rem; margin: 1rem 0; border-left: 5px solid; }
    .notice-error { background: #fdecea; border-color: var(--accent); color: #7a1d13; }
    .notice-ok { background: #e7f4ec; border-color: var(--ok); color: #14492a; }

    .stat-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 1rem; list-style: none; padding: 0; }
    .stat { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; display: grid; gap: .25rem; }
    .stat-value { font-size: 2rem; font-weight: 700; color: var(--brand-dark); font-variant-numeric: tabular-nums; }
    .stat-label { color: var(--muted); }
    .link-list { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding-left: 1.2rem; }

    /* Long option labels (product groups) must not widen a form past a phone's screen. */
    .filters .field, .stack .field { min-width: 0; max-width: 100%; }
    .filters select, .stack select { max-width: 100%; width: 100%; }
    .table-wrap { overflow-x: auto; background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); }
    .data-table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
    .data-table th, .data-table td { text-align: left; padding: .55rem .8rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    .data-table thead th { background: #eef1f5; font-size: .9rem; position: sticky; top: 0; }
    .data-table tbody tr:hover { background: #f7f9fc; }
    .result-count { color: var(--muted); }
    .empty { color: var(--muted); font-style: italic; }
    .pager { margin-top: 1rem; }
    .breadcrumb { margin: 0; font-size: .95rem; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1.5rem; background: var(--surface);
      border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; }
    .facts dt { font-weight: 600; color: var(--muted); }
    .facts dd { margin: 0; }
    .tag { display: inline-block; margin-left: .4rem; padding: 0 .45rem; border-radius: 999px; background: #e3ecf7; color: var(--brand-dark); font-size: .8rem; }
    .tag-warn { background: #fff4d6; color: var(--warn); }
    .tag-error { background: #fde8e8; color: #9b1c1c; font-weight: 600; }
    .error-page h1 { color: var(--accent); }
    .notice-warn { background: #fff4d6; border-color: #b07800; color: #4d3500; }
    .title-row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1rem; }
    .tag-list { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; }
    .tag-list .tag { margin: 0; font-size: .9rem; padding: .15rem .6rem; }
    .fieldset { border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; display: grid; gap: .35rem; }
    .fieldset legend { font-weight: 600; padding: 0 .3rem; }
    .check { display: flex; align-items: center; gap: .5rem; }
    .check input { min-height: auto; width: 1.15rem; height: 1.15rem; }
    .check label { font-weight: 400; }
    .field-row { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 1rem; }
    .field-hint { margin: 0; color: var(--muted); font-size: .88rem; }
    .data-table .number { text-align: right; white-space: nowrap; }
    .data-table .row-warn td { background: #fff8e6; }
    .data-table .explanation { min-width: 18rem; font-size: .9rem; }
    .worklist { padding-left: 1.2rem; }
    .worklist-item { margin: .3rem 0; }
    .worklist-item.overdue, .deadline.overdue { color: #9b1c1c; }
    .timeline li { margin: .4rem 0; }
    .timeline .reason { margin: .2rem 0 0; color: var(--muted, #555); }
    .hint.blocked { color: #9b1c1c; }
    .scheme-actions { margin: 1rem 0 1.5rem; }
    .scheme-actions .actions { display: flex; flex-wrap: wrap; gap: .5rem; }
    .export-links { font-size: .95rem; }
    .action-code { color: var(--muted); font-size: .8em; }
    .actions { display: flex; flex-wrap: wrap; gap: .5rem; }
    .history { padding-left: 1.2rem; color: var(--muted); }

    @media (max-width: 640px) {
      h1 { font-size: 1.4rem; }
      .header-tools { margin-left: 0; width: 100%; justify-content: space-between; }
      .facts { grid-template-columns: 1fr; }
      .facts dd { margin-bottom: .5rem; }
      .filters .field { flex: 1 1 100%; }
    }

    .product-photo { display: block; margin-bottom: .3rem; border-radius: 4px; height: auto; }

    /* The printable score sheet: the official layout on A4, without the site's frame. */
    .score-sheet { max-width: 48rem; margin: 0 auto; font-family: "Times New Roman", serif; }
    .score-sheet .sheet-head { display: grid; grid-template-columns: 1fr 1fr; text-align: center; gap: 1rem; font-size: .95rem; }
    .score-sheet h1 { text-align: center; font-size: 1.2rem; margin: 1.5rem 0 1rem; }
    .score-sheet table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
    .score-sheet th, .score-sheet td { border: 1px solid #000; padding: .4rem .6rem; }
    .score-sheet .signatures { display: grid; grid-template-columns: 1fr 1fr; text-align: center; margin-top: 2rem; min-height: 8rem; }
    @media print {
      .site-header, .site-footer, .demo-banner, .skip-link, .no-print { display: none; }
      body { background: #fff; }
      .container { max-width: none; padding: 0; }
    }
    """
}
