package nl.sroi.report;

/**
 * The report's style sheet, inline in every page. CSS 2.1 plus paged media only (no flex or grid), because the PDF
 * renderer reads the same page; sized for the text width of A4 (180 mm, 680 CSS pixels).
 */
final class ReportStyle {

    private ReportStyle() {
    }

    static final String CSS = """
            @page { size: A4; margin: 14mm 15mm 16mm 15mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555;
                font-family: 'Report Sans', 'Liberation Sans', Arial, Helvetica, sans-serif; } }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font-family: 'Report Sans', 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 10pt;
              line-height: 1.4; color: #1a1a1a; background: #fff; max-width: 680px; margin: 0 auto; padding: 0; }
            @media screen { body { padding: 12px 8px; } }
            @media print { body { max-width: none; } }
            h1 { font-size: 20pt; line-height: 1.15; margin: 0 0 4px 0; color: #1f3a5f; }
            h2 { font-size: 13.5pt; margin: 22px 0 6px 0; padding-bottom: 3px; border-bottom: 1.5pt solid #1f3a5f;
              color: #1f3a5f; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 14px 0 4px 0; page-break-after: avoid; }
            p { margin: 4px 0 8px 0; }
            .kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 8pt; color: #555; margin: 0 0 2px 0; }
            .scenario { font-size: 11pt; font-weight: bold; margin: 2px 0 6px 0; }
            .description { font-size: 9pt; color: #333; }
            .intro, .note { color: #333; }
            .note { font-size: 8.5pt; }
            .small { font-size: 7.5pt; color: #444; }
            .headline { font-size: 16pt; line-height: 1.3; font-weight: bold; margin: 14px 0 10px 0; color: #1a1a1a; }
            .headline strong { font-size: 22pt; color: #1f3a5f; white-space: nowrap; }
            .lead { font-size: 11pt; }
            dl.figures { margin: 6px 0 10px 0; }
            dl.figures div { display: inline-block; vertical-align: top; width: 31%; margin: 0 1.5% 8px 0;
              padding: 5px 7px; border-left: 3pt solid #1f3a5f; background: #f3f5f8; box-sizing: border-box;
              min-height: 64px; page-break-inside: avoid; }
            dl.figures dt { font-size: 8.5pt; color: #333; }
            dl.figures dd { margin: 0; }
            dl.figures dd.value { font-size: 13pt; font-weight: bold; white-space: nowrap; }
            dl.figures dd.note { font-size: 7.5pt; color: #444; }
            figure.chart { margin: 6px 0 6px 0; page-break-inside: avoid; }
            figure.chart svg { display: block; width: 100%; height: auto; max-width: 680px; }
            table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 4px 0 8px 0; }
            th, td { padding: 3px 4px; border-bottom: 0.5pt solid #b8b8b8; text-align: left; vertical-align: top; }
            thead th { border-bottom: 1pt solid #1a1a1a; font-weight: bold; }
            tfoot th, tfoot td { border-top: 1pt solid #1a1a1a; border-bottom: none; font-weight: bold; }
            tr { page-break-inside: avoid; }
            tbody th { font-weight: normal; }
            .keep { page-break-inside: avoid; }
            .nw { white-space: nowrap; }
            td.amount, th.amount { text-align: right; white-space: nowrap; }
            table.numbers td { text-align: right; white-space: nowrap; }
            table.numbers thead th { text-align: right; }
            span.pointer { color: #555; font-size: 7.5pt; }
            table.bridge td { text-align: right; white-space: nowrap; }
            table.numbers thead th:first-child { text-align: left; }
            table.value-map { table-layout: fixed; font-size: 7.5pt; }
            table.value-map tbody { page-break-inside: avoid; }
            table.value-map td, table.value-map th { word-wrap: break-word; }
            table.value-map tr.detail td { border-bottom: 0.5pt solid #888; color: #333; padding-top: 0; }
            table.value-map tr:first-child td { border-bottom: none; }
            table.value-map td.pv { text-align: right; white-space: nowrap; }
            table.value-map th, table.value-map td { padding: 3px 3px; }
            table.value-map td.amount { text-align: right; }
            table.value-map.with-filters col.outcome { width: 19%; } col.of { width: 11%; }
            table.value-map td.filters { font-size: 7pt; }
            table.published { margin: 6px 0 2px 0; font-size: 8.5pt; }
            table.published caption { text-align: left; font-weight: bold; }
            table.published td.amount, table.published th.amount { text-align: right; padding-left: 12px; }
            table.published tr.differs td { color: #a4262c; font-weight: bold; }
            col.n { width: 3%; } col.outcome { width: 27%; } col.qty { width: 9%; } col.proxy { width: 11%; }
            col.dw { width: 8%; } col.dp { width: 8.5%; } col.at { width: 8%; } col.du { width: 6.5%; }
            col.do { width: 8%; } col.pv { width: 11%; }
            table.basis { table-layout: fixed; }
            table.basis td.basis { white-space: nowrap; }
            col.estimate { width: 41%; } col.value { width: 16%; } col.basis { width: 18%; } col.range { width: 25%; }
            table.value-map th.amount { text-align: right; white-space: normal; }
            .assumption { font-weight: bold; border: 0.75pt solid #1a1a1a; padding: 0 3px; white-space: nowrap; }
            ol.legend { list-style: none; padding: 0; margin: 0 0 8px 0; font-size: 8.5pt; }
            ol.legend li { margin: 2px 0; }
            .swatch { display: inline-block; width: 16px; height: 14px; line-height: 14px; text-align: center;
              font-size: 7.5pt; font-weight: bold; border: 0.75pt solid #222; margin-right: 6px; vertical-align: middle; }
            .swatch.line { border: none; border-top: 2pt dashed #000; height: 0; width: 22px; }
            ul.switching li, ul.warnings li { margin: 3px 0; }
            ol.sources { font-size: 8.5pt; padding-left: 20px; }
            ol.sources li { margin: 3px 0; }
            dl.conventions div { margin: 2px 0; }
            dl.conventions dt { display: inline; font-weight: bold; }
            dl.conventions dt:after { content: ": "; }
            dl.conventions dd { display: inline; margin: 0; }
            .tag { font-size: 7pt; border: 0.5pt solid #666; padding: 0 3px; white-space: nowrap; }
            .new-page { page-break-before: always; }
            footer { margin-top: 16px; font-size: 8pt; color: #555; border-top: 0.5pt solid #b8b8b8; }
            footer p { margin: 0; padding-top: 4px; }
            """;
}
