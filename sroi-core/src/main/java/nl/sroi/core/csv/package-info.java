/**
 * Comma-separated exports for spreadsheets and finance systems: every party's flows per period.
 *
 * <p>Layer 12, the top, beside {@code json}: may use every package below it, not {@code json}.
 */
package nl.sroi.core.csv;
