"""The page's stylesheet (a module, so it ships with the package). Colours come from the theme's
variables, so dark mode works too."""

CSS = """

.masthead h1 { margin: 0 0 .2rem; font-size: 1.6rem; }
.masthead p { margin: 0; color: var(--body-text-color-subdued); }

#active-filters { align-items: center; gap: .4rem; flex-wrap: wrap; }
#active-filters .active-label { color: var(--body-text-color-subdued); font-size: .9rem; }
#active-filters > * { flex: 0 0 auto !important; min-width: 0 !important; width: auto !important; }
.chip-button { border-radius: 999px !important; }

/* the conversation */
.conversation { max-height: 68vh; overflow-y: auto; padding: .25rem .5rem .5rem 0; }
.welcome { color: var(--body-text-color-subdued); padding: 1rem; border: 1px dashed var(--border-color-primary);
           border-radius: var(--radius-lg); }
.turn { margin: 0 0 1.4rem; }
.question { margin: 0 0 .6rem auto; max-width: 80%; width: fit-content; padding: .55rem .85rem;
            background: var(--color-accent-soft); border-radius: var(--radius-lg); }
.speaker { font-weight: 600; margin-right: .35rem; color: var(--color-accent); }
.answer { padding: .75rem .9rem; border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg);
          background: var(--background-fill-secondary); }
.answer.pending { color: var(--body-text-color-subdued); font-style: italic; }
.note { margin: 0 0 .4rem; font-style: italic; color: var(--body-text-color-subdued); }
.applied { font-size: .85rem; color: var(--body-text-color-subdued); margin-bottom: .5rem; }
.chip { display: inline-block; margin: 0 .25rem; padding: 0 .5rem; border-radius: 999px;
        border: 1px solid var(--border-color-primary); background: var(--background-fill-primary); }
.summary { font-size: 1.02rem; line-height: 1.55; margin: .2rem 0 .8rem; }
.ref { font-weight: 600; text-decoration: none; color: var(--color-accent); white-space: nowrap; }
.nothing { margin: .2rem 0 .5rem; }
.timing { font-size: .75rem; color: var(--body-text-color-subdued); text-align: right; }
.nearest summary { cursor: pointer; color: var(--body-text-color-subdued); margin: .3rem 0; }

/* citation cards */
.card { border: 1px solid var(--border-color-primary); border-radius: var(--radius-md); padding: .6rem .75rem;
        margin: .55rem 0; background: var(--background-fill-primary); scroll-margin-top: 1rem; }
.card header { font-size: .92rem; }
.card .n { font-weight: 700; color: var(--color-accent); margin-right: .2rem; }
.card .who { font-weight: 600; }
.card .where, .card .source { font-size: .82rem; color: var(--body-text-color-subdued); }
.card .missing { font-size: .82rem; color: var(--body-text-color-subdued); margin: -.2rem 0 .3rem; }
.passage { margin: .45rem 0; padding: .1rem 0 .1rem .7rem; border-left: 3px solid var(--border-color-accent);
           white-space: pre-wrap; line-height: 1.5; font-size: .93rem; }
mark { background: #fde68a; color: #1f2937; padding: 0 .1rem; border-radius: 2px; }
.open-context { margin-top: .35rem; font-size: .82rem; padding: .2rem .6rem; cursor: pointer;
                border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm);
                background: var(--button-secondary-background-fill); color: var(--body-text-color); }
.open-context:hover { background: var(--button-secondary-background-fill-hover); }
.context { margin-top: .5rem; }
.context-head { font-size: .85rem; font-weight: 600; margin-bottom: .25rem; }
.context-head .muted, .muted { font-weight: normal; color: var(--body-text-color-subdued); }
.context-text { max-height: 22rem; overflow-y: auto; white-space: pre-wrap; font-size: .9rem; line-height: 1.5;
                padding: .5rem .7rem; border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm);
                background: var(--background-fill-secondary); }
.cited { outline: 2px solid var(--color-accent); outline-offset: 1px; border-radius: 2px; }

/* compare */
.compare-head { margin: 0 0 .3rem; font-weight: 600; }
.compare-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: .8rem;
                align-items: start; }
.compare .passage { max-height: 10rem; overflow-y: auto; }
.compare .summary { font-size: .95rem; }
.council-col { border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg); padding: .6rem .75rem;
               background: var(--background-fill-secondary); }
.council-col h3 { margin: 0 0 .4rem; font-size: 1.05rem; }
.council-col.unanswered { opacity: .85; }

/* library */
#library-table { --font-mono: var(--font); }
.report { margin: .4rem 0; padding-left: 1.2rem; }
.report.error li:has(+ li), .report li { margin: .15rem 0; }
"""
