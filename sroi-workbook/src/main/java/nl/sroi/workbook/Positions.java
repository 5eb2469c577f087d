package nl.sroi.workbook;

import nl.sroi.workbook.Layout.Calculation;
import nl.sroi.workbook.Layout.Parties;
import nl.sroi.workbook.Layout.Result;

/** The rows of a model's sheets that depend on its size (0-based); the fixed offsets are in {@link Layout}. */
record Positions(int outcomes, int stakeholders, int periods) {

    /** Berekening: the total value row; the totals follow it. */
    int valueRow() {
        return Calculation.FIRST_OUTCOME + outcomes;
    }

    /** Berekening: the header row of party s's block. */
    int partyRow(int s) {
        return valueRow() + Calculation.TOTAL_ROWS + s * Calculation.PARTY_ROWS;
    }

    /** Resultaat: stakeholder s's row. */
    int stakeholderRow(int s) {
        return Result.STAKEHOLDER_HEADER + 1 + s;
    }

    /** Resultaat: the header of the table by period. */
    int periodHeaderRow() {
        return Result.STAKEHOLDER_HEADER + stakeholders + 3;
    }

    /** Resultaat: period t's row (1-based t). */
    int periodRow(int t) {
        return periodHeaderRow() + t;
    }

    /** Resultaat: the header of the table by outcome; outcome i is on the i + 1-th row below it. */
    int outcomeHeaderRow() {
        return periodHeaderRow() + periods + 3;
    }

    /** Per partij: the first row of party s's block. */
    int partyBlock(int s) {
        return Parties.FIRST_BLOCK + s * (periods + Parties.FIRST_PERIOD + Parties.ROWS_AFTER);
    }

    /** Per partij: period t's row (1-based t) in party s's block. */
    int partyPeriodRow(int s, int t) {
        return partyBlock(s) + Parties.FIRST_PERIOD + t - 1;
    }

    /** Per partij: a row after the periods of party s's block ({@link Parties#TOTAL} ...). */
    int partyAfterRow(int s, int offset) {
        return partyBlock(s) + Parties.FIRST_PERIOD + periods + offset;
    }
}
