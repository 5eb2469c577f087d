package nl.sroi.workbook;

import nl.sroi.workbook.Layout.Calculation;
import nl.sroi.workbook.Layout.Parties;
import nl.sroi.workbook.Layout.Result;

/**
 * The rows of a model's sheets that depend on its size (0-based); the fixed offsets are in {@link Layout}. Parties
 * (with a block of their own on Berekening and Per partij) are numbered 0, 1, ... among the stakeholders that take
 * part: that invest, or receive a share of some outcome's value, or that the summary is for.
 */
record Positions(int outcomes, int stakeholders, int parties, int periods) {

    /** Berekening: the total value row; the totals follow it. */
    int valueRow() {
        return Calculation.FIRST_OUTCOME + outcomes;
    }

    /** Berekening: the header row of party k's block. */
    int partyRow(int k) {
        return valueRow() + Calculation.TOTAL_ROWS + k * Calculation.PARTY_ROWS;
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

    /** Per partij: the first row of party k's block. */
    int partyBlock(int k) {
        return Parties.FIRST_BLOCK + k * (periods + Parties.FIRST_PERIOD + Parties.ROWS_AFTER);
    }

    /** Per partij: period t's row (1-based t) in party k's block. */
    int partyPeriodRow(int k, int t) {
        return partyBlock(k) + Parties.FIRST_PERIOD + t - 1;
    }

    /** Per partij: a row after the periods of party k's block ({@link Parties#TOTAL} ...). */
    int partyAfterRow(int k, int offset) {
        return partyBlock(k) + Parties.FIRST_PERIOD + periods + offset;
    }

    /**
     * The party number of each stakeholder, or -1 for one that takes no part (no inputs, no share of any value,
     * and not the summary's party): its flows are all zero, and it has no block of its own.
     */
    static int[] parties(nl.sroi.core.model.SroiModel m, String focus) {
        int[] party = new int[m.stakeholders().size()];
        int k = 0;
        for (int s = 0; s < party.length; s++) {
            String id = m.stakeholders().get(s).id();
            boolean takesPart = id.equals(focus) || m.inputs().stream().anyMatch(in -> in.stakeholder().equals(id))
                    || m.outcomes().stream().anyMatch(o -> o.valueShares().stream()
                    .anyMatch(v -> v.stakeholder().equals(id) && v.share().signum() != 0));
            party[s] = takesPart ? k++ : -1;
        }
        return party;
    }
}
