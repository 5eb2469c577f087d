package nl.sroi.workbook;

/**
 * Where everything is on a model's sheets: 0-based rows and columns, named so that formulas, the summary and the
 * tests agree on them. Rows that depend on the model's size are methods of {@link ModelSheets}.
 */
final class Layout {

    private Layout() {
    }

    /** Uitgangspunten / Settings: label in column A, value in column B. */
    static final class Settings {
        static final int LABEL = 0;
        static final int VALUE = 1;
        static final int TITLE = 0;
        static final int NOTE = 1;
        static final int ANALYSIS = 2;
        static final int MODEL_ID = 3;
        static final int SCENARIO = 4;
        static final int KIND = 5;
        static final int CURRENCY = 6;
        static final int RATE = 7;
        static final int FIRST_PERIOD_DISCOUNTED = 8;
        static final int INPUTS_DISCOUNTED = 9;
        static final int HORIZON = 10;
        static final int PRICE_YEAR = 11;
        static final int FIRST_YEAR = 12;
        static final int DESCRIPTION = 13;
        /** Section 12: whether a started last year counts in full ({@code partYear = fullYear}). */
        static final int FULL_YEAR = 14;
        /** Section 12: the declining schedule, a header and a row per step (from year, rate). */
        static final int SCHEDULE_HEADER = 16;
        static final int SCHEDULE_FIRST = 17;

        private Settings() {
        }
    }

    /** Waardekaart / Value map: a header row, then one row per outcome. */
    static final class ValueMap {
        static final int HEADER = 0;
        static final int FIRST = 1;
        static final int OUTCOME = 0;
        static final int DESCRIPTION = 1;
        static final int STAKEHOLDER = 2;
        static final int STAKEHOLDER_NAME = 3;
        static final int INDICATOR = 4;
        static final int PROXY = 5;
        static final int UNIT = 6;
        static final int SOURCE = 7;
        static final int PROXY_PRICE_YEAR = 8;
        /** The factor that brings the proxy to the model's price year (1 when the model names no price index). */
        static final int INDEX_FACTOR = 9;
        static final int DEADWEIGHT = 10;
        static final int DISPLACEMENT = 11;
        static final int ATTRIBUTION = 12;
        static final int DROP_OFF = 13;
        static final int MODE = 14;
        /** Whether the drop-off already applies in the first year ("ja"/"yes"). */
        static final int DROP_OFF_FROM_FIRST_YEAR = 15;
        static final int DURATION = 16;
        static final int OFFSET = 17;
        /** Whether the outcome is a transfer between parties ("ja"/"yes"), left out of the welfare view. */
        static final int TRANSFER = 18;
        /** An outcome's own discount rate (section 12 of the format); empty: the model's. */
        static final int OWN_RATE = 19;
        static final int IMPACT = 20;
        /**
         * The first cohort's quantity; the header above each quantity is its cohort's period number. After the
         * quantities, a name and a share column for each other filter (section 12).
         */
        static final int QUANTITY = 21;

        private ValueMap() {
        }
    }

    /** Waarde naar / Value to: stakeholder ids and names in two header rows, one row per outcome. */
    static final class ValueTo {
        static final int IDS = 0;
        static final int NAMES = 1;
        static final int FIRST = 2;
        static final int OUTCOME = 0;
        static final int DESCRIPTION = 1;
        static final int SHARE = 2;

        private ValueTo() {
        }
    }

    /**
     * Investeringen / Inputs: a header row (period numbers above the amounts), one row per input; its first four
     * columns are those of the value map.
     */
    static final class Inputs {
        static final int HEADER = 0;
        static final int FIRST = 1;
        static final int INPUT = 0;
        static final int DESCRIPTION = 1;
        static final int STAKEHOLDER = 2;
        static final int STAKEHOLDER_NAME = 3;
        static final int IN_KIND = 4;
        /** The input as the inputs value counts it: its amounts, discounted when the model discounts inputs. */
        static final int COUNTED = 5;
        static final int AMOUNT = 6;

        private Inputs() {
        }
    }

    /**
     * Doorwerking / Persistence: per outcome the share of its impact a cohort counts in its year 1, 2, ...; below,
     * per outcome its quantities with the last period first.
     */
    static final class Persistence {
        static final int NOTE = 0;
        static final int HEADER = 1;
        static final int FIRST = 2;
        static final int OUTCOME = 0;
        static final int DESCRIPTION = 1;
        /** Year 1, or the last cohort in the reversed quantities. */
        static final int FIRST_YEAR = 2;

        private Persistence() {
        }
    }

    /** Berekening / Calculation: a label column, then one column per period. */
    static final class Calculation {
        static final int LABEL = 0;
        /** Column of period 1. */
        static final int FIRST_PERIOD = 1;
        static final int NOTE = 0;
        static final int PERIOD = 1;
        static final int YEAR = 2;
        static final int FACTOR = 3;
        static final int FIRST_OUTCOME = 4;
        // after the outcomes, from the value row
        static final int VALUE = 0;
        static final int PRESENT_VALUE = 1;
        static final int INPUTS = 2;
        static final int INPUTS_COUNTED = 3;
        static final int CUMULATIVE_INPUTS = 4;
        static final int CUMULATIVE_PRESENT_VALUE = 5;
        static final int PAYBACK = 6;
        static final int IN_KIND = 7;
        static final int CASH_COUNTED = 8;
        static final int IN_KIND_COUNTED = 9;
        static final int TOTAL_ROWS = 11;
        // one block per party, from its header row
        static final int PARTY_HEADER = 0;
        static final int PARTY_PAYS = 1;
        static final int PARTY_RECEIVES = 2;
        static final int PARTY_PAYS_COUNTED = 3;
        static final int PARTY_RECEIVES_PRESENT_VALUE = 4;
        static final int PARTY_IN_KIND = 5;
        static final int PARTY_CASH_COUNTED = 6;
        static final int PARTY_IN_KIND_COUNTED = 7;
        static final int PARTY_CUMULATIVE_COUNTED = 8;
        static final int PARTY_CUMULATIVE_PRESENT_VALUE = 9;
        static final int PARTY_PAYBACK = 10;
        static final int PARTY_ROWS = 12;

        private Calculation() {
        }
    }

    /** Resultaat / Result: totals, then tables by stakeholder, period and outcome. */
    static final class Result {
        static final int TITLE = 0;
        static final int NOTE = 1;
        static final int HEADER = 3;
        static final int PRESENT_VALUE = 4;
        static final int INPUTS_VALUE = 5;
        static final int NET_PRESENT_VALUE = 6;
        static final int RATIO = 7;
        static final int PAYBACK = 8;
        static final int ROUNDED = 1;
        static final int EXACT = 2;
        static final int STAKEHOLDER_HEADER = 10;
        // stakeholder table columns
        static final int ID = 0;
        static final int NAME = 1;
        static final int INVESTED = 2;
        static final int RECEIVED = 3;
        static final int NET = 4;
        static final int STAKEHOLDER_RATIO = 5;
        static final int INVESTED_EXACT = 6;
        static final int RECEIVED_EXACT = 7;
        // period table columns
        static final int PERIOD = 0;
        static final int YEAR = 1;
        static final int PERIOD_VALUE = 2;
        static final int PERIOD_FACTOR = 3;
        static final int PERIOD_PRESENT_VALUE = 4;
        static final int PERIOD_INPUTS = 5;
        // outcome table columns
        static final int OUTCOME = 0;
        static final int OUTCOME_DESCRIPTION = 1;
        static final int OUTCOME_IMPACT = 2;
        static final int OUTCOME_PRESENT_VALUE = 3;
        static final int OUTCOME_SHARE = 4;

        private Result() {
        }
    }

    /** Per partij / By party: one block per party, a title row, a header row and one row per period. */
    static final class Parties {
        static final int TITLE = 0;
        static final int HEADER = 1;
        static final int FIRST_PERIOD = 2;
        static final int PERIOD = 0;
        static final int YEAR = 1;
        static final int PAYS = 2;
        static final int RECEIVES = 3;
        static final int PAYS_COUNTED = 4;
        static final int RECEIVES_PRESENT_VALUE = 5;
        static final int BALANCE = 6;
        static final int CUMULATIVE_BALANCE = 7;
        /** Rows after the periods: the totals, the ratio, the payback, a blank. */
        static final int TOTAL = 0;
        static final int RATIO = 1;
        static final int PAYBACK = 2;
        static final int ROWS_AFTER = 4;
        static final int FIRST_BLOCK = 2;

        private Parties() {
        }
    }
}
