/**
 * Comma-separated exports for spreadsheets and finance systems: every party's flows per period.
 */
package nl.sroi.core.csv;
