/** The analysis report: one self-contained HTML page with SVG charts, and the same content as an A4 PDF. */
package nl.sroi.report;
