package nl.sroi.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.internal.Kernel;
import nl.sroi.core.internal.MinorUnits;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.model.TwentseKoers;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * The portfolio of a selection of analyses ({@code portfolio.md}): per analysis, the totals, per theme line and per
 * party (stakeholders pooled by id, with the matrix of parties × analyses), each analysis counted at its share
 * when a municipality is selected.
 *
 * <p>The amounts are the single analyses' results as rounded in their result documents, summed exactly: without a
 * municipality every figure equals the sum of the single analyses' figures to the cent. At a share, each
 * analysis's amount × share is rounded by largest remainder so that the rows add up to the rounded total of the
 * exact products (and a party's cells in one analysis to that analysis's row). Ratios are of the exact sums
 * (of the unrounded kernel figures × share), never means of ratios; for one analysis they equal its result's.
 *
 * <p>A party is in the <em>wrong pocket</em> when it pays at least {@link #WRONG_POCKET_INPUTS_SHARE} of the
 * portfolio's inputs value and receives a share of its present value below {@link #WRONG_POCKET_VALUE_FACTOR}
 * times that: it carries the costs while the benefits land elsewhere. Stateless and thread-safe.
 */
public final class Portfolio {

    /** Calculates with {@link SroiCalculator#DEFAULT}. */
    public static final Portfolio DEFAULT = new Portfolio(SroiCalculator.DEFAULT);
    /** A party paying at least this share of the inputs value (20 %) may be in the wrong pocket. */
    public static final double WRONG_POCKET_INPUTS_SHARE = 0.2;
    /** ... when its share of the present value is below this factor (one half) times its share of the inputs. */
    public static final double WRONG_POCKET_VALUE_FACTOR = 0.5;

    private final SroiCalculator calculator;

    /**
     * A portfolio that calculates each analysis with {@code calculator}.
     *
     * @param calculator the calculator of the single analyses
     */
    public Portfolio(SroiCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * Whether a party with these shares is in the wrong pocket.
     *
     * @param inputsShare its share of the portfolio's inputs value
     * @param valueShare  its share of the portfolio's present value
     * @return true when it pays at least {@link #WRONG_POCKET_INPUTS_SHARE} and receives below
     *         {@link #WRONG_POCKET_VALUE_FACTOR} times that share
     */
    public static boolean isWrongPocket(double inputsShare, double valueShare) {
        return inputsShare >= WRONG_POCKET_INPUTS_SHARE && valueShare < WRONG_POCKET_VALUE_FACTOR * inputsShare;
    }

    /**
     * The portfolio of the entries that fit the selection.
     *
     * @param entries   the analyses, in the order the rows should have
     * @param selection which of them, at which share
     * @return the portfolio (empty, with a warning, when none fits), or a problem naming the analyses in another
     *         currency than the first ({@link Validated.Failure#INCOMPATIBLE_ANALYSES})
     */
    public Validated<PortfolioResult> calculate(List<PortfolioEntry> entries, PortfolioSelection selection) {
        List<Counted> counted = select(entries, selection);
        if (counted.isEmpty()) {
            return Validated.valid(new PortfolioResult(selection, null, List.of(), Sums.empty().figures(null),
                    List.of(), List.of(), List.of(emptySelection(selection))));
        }
        Problem currencies = currencies(counted);
        if (currencies != null) {
            return Validated.invalid(Validated.Failure.INCOMPATIBLE_ANALYSES, List.of(currencies));
        }
        String currency = counted.get(0).model().currency();
        List<Single> singles = new ArrayList<>(counted.size());
        for (Counted c : counted) {
            singles.add(single(c));
        }
        return Validated.valid(new Assembly(selection, currency, singles).result());
    }

    /**
     * The theme lines of these analyses in the order a portfolio lists them: the programme's five in its order, then
     * others by id, then {@code null} for the analyses without one.
     *
     * @param themeLines the theme line of each analysis ({@code null} for none)
     * @return each theme line once, in order
     */
    static List<String> themeLineOrder(List<String> themeLines) {
        TreeSet<String> others = new TreeSet<>();
        boolean without = false;
        for (String t : themeLines) {
            if (t == null) {
                without = true;
            } else if (!TwentseKoers.knownThemeLine(t)) {
                others.add(t);
            }
        }
        List<String> order = new ArrayList<>();
        for (String t : TwentseKoers.THEME_LINES) {
            if (themeLines.contains(t)) {
                order.add(t);
            }
        }
        order.addAll(others);
        if (without) {
            order.add(null);
        }
        return order;
    }

    /** An entry with the share it is counted at. */
    record Counted(PortfolioEntry entry, BigDecimal share) {
        SroiModel model() {
            return entry.model().model();
        }

        String themeLine() {
            return model().portfolio() == null ? null : model().portfolio().themeLine();
        }
    }

    /** The entries that fit the selection, each with its share; the order is kept. */
    static List<Counted> select(List<PortfolioEntry> entries, PortfolioSelection selection) {
        List<Counted> counted = new ArrayList<>();
        for (PortfolioEntry e : entries) {
            SroiModel m = e.model().model();
            String theme = m.portfolio() == null ? null : m.portfolio().themeLine();
            if (selection.themeLine() != null && !selection.themeLine().equals(theme)) {
                continue;
            }
            BigDecimal share = e.share();
            if (selection.municipality() != null && share == null) {
                share = m.portfolio() == null ? null : m.portfolio().shareOf(selection.municipality());
                if (share == null) {
                    continue;
                }
            }
            counted.add(new Counted(e, share == null ? BigDecimal.ONE : share));
        }
        return counted;
    }

    /** The problem naming every analysis in another currency than the first, or {@code null}. */
    static Problem currencies(List<Counted> counted) {
        String first = counted.get(0).model().currency();
        List<String> others = new ArrayList<>();
        for (Counted c : counted) {
            if (!first.equals(c.model().currency())) {
                others.add(c.entry().analysis() + " (" + c.model().currency() + ")");
            }
        }
        return others.isEmpty() ? null : Problem.ofParameter("analyses", ProblemCode.MIXED_CURRENCIES,
                Message.of("portfolio.mixedCurrencies", first, Message.of("list", others)));
    }

    static Problem emptySelection(PortfolioSelection s) {
        Message which = s.themeLine() != null && s.municipality() != null
                ? Message.of("portfolio.selection.both", s.themeLine(), s.municipality())
                : s.themeLine() != null ? Message.of("portfolio.selection.themeLine", s.themeLine())
                : s.municipality() != null ? Message.of("portfolio.selection.municipality", s.municipality())
                : Message.of("portfolio.selection.all");
        return Problem.of("", ProblemCode.EMPTY_SELECTION, Message.of("portfolio.emptySelection", which));
    }

    /** One analysis calculated: its rounded result and its exact figures, per stakeholder too. */
    record Single(Counted counted, SroiResult figures, double presentValue, double inputsValue,
                  double welfarePresentValue, double[] invested, double[] received) {
    }

    private Single single(Counted c) {
        Kernel k = Kernel.of(c.entry().model());
        double pv = k.evaluate();
        double[] outcomes = new double[k.outcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = k.outcomePresentValue(o);
        }
        double[] invested = new double[k.stakeholders()];
        double[] received = new double[k.stakeholders()];
        for (int s = 0; s < invested.length; s++) {
            invested[s] = k.invested(s);
            received[s] = k.received(s, outcomes);
        }
        return new Single(c, calculator.calculate(c.entry().model()), pv, k.inputsValue(),
                k.hasTransfers() ? k.welfarePresentValue() : pv, invested, received);
    }

    /** Exact sums of figures × share, for the ratios. */
    record Sums(double presentValue, double inputsValue, double welfarePresentValue) {
        static Sums empty() {
            return new Sums(0, 0, 0);
        }

        Sums plus(Single s) {
            double share = s.counted().share().doubleValue();
            return new Sums(presentValue + share * s.presentValue(), inputsValue + share * s.inputsValue(),
                    welfarePresentValue + share * s.welfarePresentValue());
        }

        PortfolioResult.Figures figures(Rounded r) {
            BigDecimal zero = BigDecimal.ZERO;
            return r == null ? new PortfolioResult.Figures(zero, zero, zero, zero, OptionalDouble.empty(),
                    OptionalDouble.empty())
                    : new PortfolioResult.Figures(r.presentValue, r.inputsValue, r.presentValue.subtract(r.inputsValue),
                    r.welfarePresentValue, Kernel.ratio(presentValue, inputsValue),
                    Kernel.ratio(welfarePresentValue, inputsValue));
        }
    }

    /** Rounded amounts of a row or a sum of rows. */
    static final class Rounded {
        BigDecimal presentValue;
        BigDecimal inputsValue;
        BigDecimal welfarePresentValue;

        Rounded(BigDecimal presentValue, BigDecimal inputsValue, BigDecimal welfarePresentValue) {
            this.presentValue = presentValue;
            this.inputsValue = inputsValue;
            this.welfarePresentValue = welfarePresentValue;
        }

        void add(Rounded r) {
            presentValue = presentValue.add(r.presentValue);
            inputsValue = inputsValue.add(r.inputsValue);
            welfarePresentValue = welfarePresentValue.add(r.welfarePresentValue);
        }
    }

    /**
     * Amounts × shares rounded to the minor unit so that they add up to the rounded exact sum of the products; the
     * amounts themselves when every share is 1.
     *
     * @param amounts the rounded amounts
     * @param shares  their shares
     * @param units   the currency's minor unit
     * @param total   the total the parts must add up to, or {@code null} for the rounded exact sum
     * @return the rounded parts
     */
    static BigDecimal[] shareOut(BigDecimal[] amounts, BigDecimal[] shares, MinorUnits units, BigDecimal total) {
        boolean whole = true;
        BigDecimal exact = BigDecimal.ZERO;
        double[] parts = new double[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            whole &= shares[i].compareTo(BigDecimal.ONE) == 0;
            BigDecimal product = amounts[i].multiply(shares[i]);
            exact = exact.add(product);
            parts[i] = product.doubleValue();
        }
        if (whole) {
            return amounts.clone();
        }
        BigDecimal rounded = total != null ? total
                : exact.setScale(units.zero().scale(), RoundingMode.HALF_EVEN);
        return units.allocate(parts, rounded);
    }

    /** Puts the rows, sums and parties of one valid, non-empty selection together. */
    private static final class Assembly {
        private final PortfolioSelection selection;
        private final String currency;
        private final List<Single> singles;
        private final MinorUnits units;
        private final BigDecimal[] shares;
        private final Rounded[] rows;

        Assembly(PortfolioSelection selection, String currency, List<Single> singles) {
            this.selection = selection;
            this.currency = currency;
            this.singles = singles;
            this.units = MinorUnits.of(currency);
            int n = singles.size();
            shares = new BigDecimal[n];
            BigDecimal[] pv = new BigDecimal[n];
            BigDecimal[] in = new BigDecimal[n];
            BigDecimal[] wpv = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                Single s = singles.get(i);
                shares[i] = s.counted().share();
                SroiResult f = s.figures();
                pv[i] = f.totals().presentValue();
                in[i] = f.totals().inputsValue();
                wpv[i] = f.welfare().map(SroiResult.Welfare::presentValue).orElse(pv[i]);
            }
            BigDecimal[] pvShared = shareOut(pv, shares, units, null);
            BigDecimal[] inShared = shareOut(in, shares, units, null);
            BigDecimal[] wpvShared = shareOut(wpv, shares, units, null);
            rows = new Rounded[n];
            for (int i = 0; i < n; i++) {
                rows[i] = new Rounded(pvShared[i], inShared[i], wpvShared[i]);
            }
        }

        PortfolioResult result() {
            List<PortfolioResult.Analysis> analyses = new ArrayList<>();
            Rounded total = new Rounded(units.zero(), units.zero(), units.zero());
            Sums exact = Sums.empty();
            for (int i = 0; i < singles.size(); i++) {
                Single s = singles.get(i);
                SroiModel m = s.counted().model();
                PortfolioEntry e = s.counted().entry();
                analyses.add(new PortfolioResult.Analysis(e.analysis(), e.version(), e.hash(), m.title(),
                        s.counted().themeLine(), m.kind(), shares[i], Sums.empty().plus(s).figures(rows[i])));
                total.add(rows[i]);
                exact = exact.plus(s);
            }
            PortfolioResult.Figures totals = exact.figures(total);
            return new PortfolioResult(selection, currency, analyses, totals, themeLines(),
                    new Parties(singles, shares, rows, units).parties(exact), List.of());
        }

        /** The programme's theme lines in its order, then others by id, then the analyses without one. */
        private List<PortfolioResult.ThemeLine> themeLines() {
            List<String> order = themeLineOrder(singles.stream().map(s -> s.counted().themeLine()).toList());
            List<PortfolioResult.ThemeLine> lines = new ArrayList<>();
            for (String t : order) {
                Rounded sum = new Rounded(units.zero(), units.zero(), units.zero());
                Sums exact = Sums.empty();
                int count = 0;
                for (int i = 0; i < singles.size(); i++) {
                    if (java.util.Objects.equals(t, singles.get(i).counted().themeLine())) {
                        sum.add(rows[i]);
                        exact = exact.plus(singles.get(i));
                        count++;
                    }
                }
                if (count > 0) {
                    lines.add(new PortfolioResult.ThemeLine(t, count, exact.figures(sum)));
                }
            }
            return lines;
        }
    }

    /** The parties: stakeholders pooled by id, their cells per analysis shared out within each analysis. */
    private record Parties(List<Single> singles, BigDecimal[] shares, Rounded[] rows, MinorUnits units) {

        List<PortfolioResult.Party> parties(Sums portfolio) {
            Map<String, Pool> pools = new LinkedHashMap<>();
            for (int i = 0; i < singles.size(); i++) {
                Single s = singles.get(i);
                List<Stakeholder> stakeholders = s.counted().model().stakeholders();
                List<SroiResult.StakeholderValue> values = s.figures().stakeholders();
                int n = stakeholders.size();
                BigDecimal[] invested = new BigDecimal[n];
                BigDecimal[] received = new BigDecimal[n];
                for (int j = 0; j < n; j++) {
                    invested[j] = values.get(j).invested();
                    received[j] = values.get(j).received();
                }
                BigDecimal[] inv = column(invested, shares[i], s.figures().totals().inputsValue(), rows[i].inputsValue);
                BigDecimal[] rec = column(received, shares[i], s.figures().totals().presentValue(),
                        rows[i].presentValue);
                double share = shares[i].doubleValue();
                for (int j = 0; j < n; j++) {
                    Stakeholder st = stakeholders.get(j);
                    Pool pool = pools.computeIfAbsent(st.id(), id -> new Pool(st.name(), units.zero()));
                    pool.add(new PortfolioResult.Cell(s.counted().entry().analysis(), inv[j], rec[j]),
                            share * s.invested()[j], share * s.received()[j]);
                }
            }
            List<PortfolioResult.Party> parties = new ArrayList<>();
            pools.forEach((id, pool) -> parties.add(pool.party(id, portfolio)));
            return parties;
        }

        /**
         * One analysis's cells × share, adding up to its row when its cells add up to its total (as a result's
         * stakeholders do), else to the rounded exact sum of the products.
         */
        private BigDecimal[] column(BigDecimal[] cells, BigDecimal share, BigDecimal single, BigDecimal row) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal[] shares = new BigDecimal[cells.length];
            for (int j = 0; j < cells.length; j++) {
                sum = sum.add(cells[j]);
                shares[j] = share;
            }
            return shareOut(cells, shares, units, sum.compareTo(single) == 0 ? row : null);
        }
    }

    /** A party's cells and sums as they are gathered. */
    private static final class Pool {
        private final String name;
        private final List<PortfolioResult.Cell> cells = new ArrayList<>();
        private BigDecimal invested;
        private BigDecimal received;
        private double exactInvested;
        private double exactReceived;

        Pool(String name, BigDecimal zero) {
            this.name = name;
            this.invested = zero;
            this.received = zero;
        }

        void add(PortfolioResult.Cell cell, double exactInvested, double exactReceived) {
            cells.add(cell);
            invested = invested.add(cell.invested());
            received = received.add(cell.received());
            this.exactInvested += exactInvested;
            this.exactReceived += exactReceived;
        }

        PortfolioResult.Party party(String id, Sums portfolio) {
            double inputsShare = portfolio.inputsValue() == 0 ? 0 : exactInvested / portfolio.inputsValue();
            double valueShare = portfolio.presentValue() == 0 ? 0 : exactReceived / portfolio.presentValue();
            return new PortfolioResult.Party(id, name, invested, received, received.subtract(invested),
                    Kernel.ratio(exactReceived, exactInvested), inputsShare, valueShare,
                    isWrongPocket(inputsShare, valueShare), cells);
        }
    }
}
