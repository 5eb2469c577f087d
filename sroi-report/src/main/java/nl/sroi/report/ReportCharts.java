package nl.sroi.report;

import nl.sroi.core.analysis.BridgeResult;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryStepRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.SroiModel;

/**
 * The report's charts, built with JFreeChart from the report's figures and drawn either as SVG (JFreeSVG, for the
 * HTML page) or straight onto the PDF's canvas. Readable in black and white: paired series are dark against light
 * with an outline, stacked outcomes carry their number, lines are black and dashed, and every chart has axis
 * labels with units. Fonts, sizes and ids are fixed, so the same report gives the same bytes.
 */
final class ReportCharts {

    /** The width every chart is drawn at, in CSS pixels: the text width of an A4 page (180 mm). */
    static final int WIDTH = 680;

    static final Color DARK = new Color(0x1f, 0x3a, 0x5f);
    static final Color LIGHT = new Color(0xf2, 0xb7, 0x05);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xd0, 0xd0, 0xd0);
    /** Outcome colours, alternating dark and light so neighbours differ in grey too. */
    static final Color[] OUTCOME_COLOURS = {
        new Color(0x1f, 0x3a, 0x5f), new Color(0xf2, 0xb7, 0x05), new Color(0x3a, 0x8f, 0xb7),
        new Color(0xe8, 0xe4, 0xd8), new Color(0x7a, 0x2e, 0x4f), new Color(0x9f, 0xd3, 0x8b),
        new Color(0x55, 0x55, 0x55), new Color(0xf4, 0xa2, 0x8c), new Color(0x2e, 0x6b, 0x3a),
        new Color(0xc9, 0xdc, 0xf0)
    };
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    private static final BasicStroke THIN_DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {4f, 3f}, 0f);

    /** One chart: its id in the page, what it shows in words (for screen readers), and its size. */
    record Chart(String id, String description, JFreeChart chart, int width, int height) {

        /** The chart as an SVG element, with ids prefixed by the chart's own id so charts never clash. */
        String svg() {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            g.setDefsKeyPrefix(id + "-");
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            String svg = g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
            return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + Html.escape(description) + "\" ");
        }
    }

    /** A category or series key: compared by position, shown by its text (names may repeat). */
    record Key(int index, String text) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final Report report;
    private final Texts t;
    private final Formats f;

    ReportCharts(Report report, Texts texts, Formats formats) {
        this.report = report;
        this.t = texts;
        this.f = formats;
    }

    /** What each stakeholder invests and receives (present values), one pair of bars per stakeholder. */
    Chart stakeholders() {
        SroiModel model = report.model();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Key invests = new Key(0, t.get("chart.invests"));
        Key receives = new Key(1, t.get("chart.receives"));
        List<SroiResult.StakeholderValue> values = report.result().stakeholders();
        for (int s = 0; s < values.size(); s++) {
            Key name = new Key(s, model.stakeholders().get(s).name());
            data.addValue(amount(values.get(s).invested()), invests, name);
            data.addValue(amount(values.get(s).received()), receives, name);
        }
        BarRenderer bars = bars(DARK, LIGHT);
        bars.setItemMargin(0.05);
        moneyLabels(bars, PlotOrientation.HORIZONTAL);
        CategoryPlot plot = categoryPlot(data, bars, t.get("axis.presentValue"), PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getRangeAxis().setUpperMargin(0.22);
        int height = 70 + 44 * values.size();
        return new Chart("chart-stakeholders", t.get("chart.stakeholders.description"), chart(plot, true), WIDTH,
                height);
    }

    /**
     * Pairs of bars per category, the first dark and the second light (what each invests and receives), money
     * labels on the bars: the portfolio's theme lines and parties. Needs no report: built from the figures given.
     *
     * @param id          the chart's id in the page
     * @param description what it shows, for screen readers
     * @param names       the categories
     * @param first       the first series' values (invests)
     * @param second      the second series' values (receives)
     * @return the chart
     */
    Chart pairs(String id, String description, List<String> names, double[] first, double[] second) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Key invests = new Key(0, t.get("chart.invests"));
        Key receives = new Key(1, t.get("chart.receives"));
        for (int s = 0; s < names.size(); s++) {
            Key name = new Key(s, names.get(s));
            data.addValue(first[s], invests, name);
            data.addValue(second[s], receives, name);
        }
        BarRenderer bars = bars(DARK, LIGHT);
        bars.setItemMargin(0.05);
        moneyLabels(bars, PlotOrientation.HORIZONTAL);
        CategoryPlot plot = categoryPlot(data, bars, t.get("axis.presentValue"), PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getRangeAxis().setUpperMargin(0.22);
        return new Chart(id, description, chart(plot, true), WIDTH, 70 + 44 * names.size());
    }

    /** Value per year, stacked by outcome (numbered as in the value map), against the inputs per year. */
    Chart valuePerYear() {
        SroiResult result = report.result();
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset inputs = new DefaultCategoryDataset();
        List<Key> years = years();
        double maxStack = 0;
        for (int p = 0; p < years.size(); p++) {
            maxStack = Math.max(maxStack, amount(result.periods().get(p).value()));
        }
        for (int i = 0; i < result.outcomes().size(); i++) {
            Key outcome = new Key(i, String.valueOf(i + 1));
            for (int p = 0; p < years.size(); p++) {
                values.addValue(amount(result.outcomes().get(i).values().get(p)), outcome, years.get(p));
            }
        }
        Key inputsKey = new Key(0, t.get("chart.inputs"));
        for (int p = 0; p < years.size(); p++) {
            inputs.addValue(amount(result.periods().get(p).inputs()), inputsKey, years.get(p));
        }
        StackedBarRenderer stacked = new StackedBarRenderer();
        plain(stacked);
        stacked.setMaximumBarWidth(0.12);
        for (int i = 0; i < result.outcomes().size(); i++) {
            Color c = outcomeColour(i);
            stacked.setSeriesPaint(i, c);
            stacked.setSeriesItemLabelPaint(i, dark(c) ? Color.WHITE : Color.BLACK);
        }
        double threshold = maxStack * 0.06;
        stacked.setDefaultItemLabelGenerator(labels((data, row, column) -> {
            Number v = data.getValue(row, column);
            return v != null && Math.abs(v.doubleValue()) >= threshold ? data.getRowKey(row).toString() : null;
        }));
        stacked.setDefaultItemLabelFont(BOLD);
        stacked.setDefaultItemLabelsVisible(true);
        stacked.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        stacked.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        CategoryPlot plot = categoryPlot(values, stacked, t.get("axis.valuePerYear"), PlotOrientation.VERTICAL);
        plot.getDomainAxis().setLabel(t.get("axis.year"));
        // the inputs are a sum per year, not a quantity that moves between years: a step per year, not a slope
        CategoryStepRenderer steps = new CategoryStepRenderer(true);
        steps.setSeriesPaint(0, Color.BLACK);
        steps.setSeriesStroke(0, DASHED);
        plot.setDataset(1, inputs);
        plot.setRenderer(1, steps);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return new Chart("chart-years", t.get("chart.years.description"), unitAbove(chart(plot, false), plot.getRangeAxis()),
                WIDTH, 340);
    }

    /** The tornado: the ratio with each ranged estimate at its low and at its high, widest swing first. */
    Chart tornado() {
        SensitivityResult s = report.sensitivity();
        boolean byRatio = s.ratio().isPresent();
        double base = byRatio ? s.ratio().getAsDouble() : amount(s.netPresentValue());
        List<SensitivityResult.TornadoBar> bars = s.tornado();
        Key[] series = {new Key(0, t.get("chart.tornado.low")), new Key(1, t.get("chart.tornado.high"))};
        Key[] categories = new Key[bars.size()];
        Number[][] starts = new Number[2][bars.size()];
        Number[][] ends = new Number[2][bars.size()];
        String[][] labels = new String[2][bars.size()];
        Estimates estimates = new Estimates(report.model(), t, f);
        for (int b = 0; b < bars.size(); b++) {
            SensitivityResult.TornadoBar bar = bars.get(b);
            categories[b] = new Key(b, estimates.label(bar.estimate()));
            SensitivityResult.End[] sides = {bar.low(), bar.high()};
            for (int side = 0; side < 2; side++) {
                SensitivityResult.End end = sides[side];
                double at = byRatio ? end.ratio().getAsDouble() : amount(end.netPresentValue());
                starts[side][b] = base;
                ends[side][b] = at;
                labels[side][b] = estimates.value(bar.estimate(), end.value()) + " → "
                        + (byRatio ? f.ratio(at) : f.moneyWhole(at));
            }
        }
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(series, categories, starts, ends);
        IntervalBarRenderer renderer = new IntervalBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
                boolean left = ends[row][column].doubleValue() < starts[row][column].doubleValue();
                return left ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
            }

            /** Each label on white, over the base and break-even lines (drawn behind the bars), never crossed. */
            @Override
            protected void drawItemLabel(Graphics2D g2, CategoryDataset dataset, int row, int column,
                                         CategoryPlot plot, CategoryItemLabelGenerator generator, Rectangle2D bar,
                                         boolean negative) {
                String label = generator.generateLabel(dataset, row, column);
                if (label != null) {
                    boolean left = ends[row][column].doubleValue() < starts[row][column].doubleValue();
                    double offset = getItemLabelAnchorOffset();
                    float x = (float) (left ? bar.getMinX() - offset : bar.getMaxX() + offset);
                    g2.setFont(getItemLabelFont(row, column));
                    Rectangle2D box = TextUtils.calcAlignedStringBounds(label, g2, x, (float) bar.getCenterY(),
                            left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
                    g2.setPaint(Color.WHITE);
                    g2.fill(new Rectangle2D.Double(box.getX() - 1, box.getY(), box.getWidth() + 2, box.getHeight()));
                }
                super.drawItemLabel(g2, dataset, row, column, plot, generator, bar, negative);
            }
        };
        plain(renderer);
        renderer.setIncludeBaseInRange(false);
        renderer.setSeriesPaint(0, DARK);
        renderer.setSeriesPaint(1, LIGHT);
        renderer.setItemMargin(0.0);
        renderer.setDefaultItemLabelGenerator(labels((d, row, column) -> labels[row][column]));
        renderer.setDefaultItemLabelFont(SMALL);
        renderer.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = categoryPlot(data, renderer, byRatio ? t.get("axis.ratio") : t.get("axis.netPresentValue"),
                PlotOrientation.HORIZONTAL);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.42f);
        axis.setMaximumCategoryLabelLines(4);
        axis.setTickLabelFont(SMALL);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(byRatio ? f.ratioAxisFormat() : f.moneyAxisFormat());
        // the whole of every bar, the base and the break-even point, with room for the labels at the bar ends
        double breakEven = byRatio ? 1 : 0;
        double lo = Math.min(base, breakEven);
        double hi = Math.max(base, breakEven);
        for (int side = 0; side < 2; side++) {
            for (Number end : ends[side]) {
                lo = Math.min(lo, end.doubleValue());
                hi = Math.max(hi, end.doubleValue());
            }
        }
        double span = hi > lo ? hi - lo : Math.max(Math.abs(base), 1);
        range.setRange(lo - 0.3 * span, hi + 0.3 * span);
        plot.addRangeMarker(marker(base, INK, new BasicStroke(1.5f),
                t.get("chart.tornado.base", byRatio ? f.ratio(base) : f.moneyWhole(base)), false), Layer.BACKGROUND);
        // the break-even label on the side of its line with more room, so that the plot's edge never clips it
        ValueMarker even = marker(breakEven, INK, THIN_DASHED, byRatio ? t.get("chart.breakEven") : "0", true);
        if (breakEven > (range.getLowerBound() + range.getUpperBound()) / 2) {
            labelled(even, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT);
        }
        plot.addRangeMarker(even, Layer.BACKGROUND);
        int height = 90 + 58 * bars.size();
        return new Chart("chart-tornado", t.get("chart.tornado.description"), chart(plot, true), WIDTH, height);
    }

    /**
     * The change bridge as a waterfall: FROM's ratio, each factor's rounded effect as a step up (light) or down
     * (dark), TO's ratio; by the net present value when the bridge gives the ratio no effects.
     */
    Chart waterfall(String fromLabel, String toLabel) {
        BridgeResult b = report.bridge();
        boolean byRatio = b.hasRatioEffects();
        int figure = byRatio ? 4 : 2;
        List<BridgeResult.FactorEffect> steps = b.factors().stream()
                .filter(e -> e.rounded().get(figure).signum() != 0).toList();
        int n = steps.size() + 2;
        Key[] categories = new Key[n];
        Number[][] starts = new Number[1][n];
        Number[][] ends = new Number[1][n];
        String[] labels = new String[n];
        double running = b.from().rounded().get(figure).doubleValue();
        categories[0] = new Key(0, fromLabel);
        starts[0][0] = 0;
        ends[0][0] = running;
        labels[0] = byRatio ? f.number(b.from().rounded().ratio().doubleValue(), 4) : f.moneyWhole(running);
        for (int i = 0; i < steps.size(); i++) {
            double effect = steps.get(i).rounded().get(figure).doubleValue();
            categories[i + 1] = new Key(i + 1, steps.get(i).factor().label().in(f.language()));
            starts[0][i + 1] = running;
            running += effect;
            ends[0][i + 1] = running;
            labels[i + 1] = (effect > 0 ? "+" : "") + (byRatio ? f.number(steps.get(i).rounded().ratio().doubleValue(), 4)
                    : f.moneyWhole(effect));
        }
        categories[n - 1] = new Key(n - 1, toLabel);
        starts[0][n - 1] = 0;
        ends[0][n - 1] = b.to().rounded().get(figure).doubleValue();
        labels[n - 1] = byRatio ? f.number(b.to().rounded().ratio().doubleValue(), 4) : f.moneyWhole(ends[0][n - 1].doubleValue());
        Key[] series = {new Key(0, byRatio ? t.get("bridge.ratio") : t.get("axis.netPresentValue"))};
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(series, categories, starts, ends);
        IntervalBarRenderer renderer = new IntervalBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                if (column == 0 || column == n - 1) {
                    return GRID;
                }
                return ends[0][column].doubleValue() >= starts[0][column].doubleValue() ? LIGHT : DARK;
            }
        };
        plain(renderer);
        renderer.setItemMargin(0.0);
        renderer.setDefaultItemLabelGenerator(labels((d, row, column) -> labels[column]));
        renderer.setDefaultItemLabelFont(SMALL);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        CategoryPlot plot = categoryPlot(data, renderer, series[0].text(), PlotOrientation.VERTICAL);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getDomainAxis().setTickLabelFont(SMALL);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(byRatio ? f.ratioAxisFormat() : f.moneyAxisFormat());
        range.setUpperMargin(0.12);
        if (byRatio) {
            plot.addRangeMarker(new ValueMarker(1, INK, THIN_DASHED));
        }
        return new Chart("chart-bridge", t.get("chart.bridge.description"), chart(plot, false), WIDTH, 340);
    }

    /** The simulation's histogram of the ratio (or of the net present value), with p5, median and p95 marked. */
    Chart histogram() {
        SimulationResult sim = report.simulation();
        boolean byRatio = sim.ratio() != null;
        SimulationResult.Summary summary = byRatio ? sim.ratio() : sim.netPresentValue();
        XYIntervalSeries series = new XYIntervalSeries(t.get("chart.iterations"));
        for (SimulationResult.Bin bin : summary.histogram()) {
            double mid = (bin.from() + bin.to()) / 2;
            series.add(mid, bin.from(), bin.to(), bin.count(), bin.count(), bin.count());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesPaint(0, new Color(0xc9, 0xdc, 0xf0));
        renderer.setSeriesOutlinePaint(0, DARK);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.6f));
        NumberAxis x = axis(byRatio ? t.get("axis.ratio") : t.get("axis.netPresentValue"));
        x.setNumberFormatOverride(byRatio ? f.ratioAxisFormat() : f.moneyAxisFormat());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = axis(t.get("axis.iterations"));
        y.setNumberFormatOverride(f.countAxisFormat());
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setUpperMargin(0.18);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        style(plot.getDomainAxis(), plot.getRangeAxis());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(18, 4, 4, 12));
        java.util.function.DoubleFunction<String> v = byRatio ? f::ratio : f::moneyWhole;
        plot.addDomainMarker(labelled(marker(summary.p5(), INK, DASHED, t.get("chart.p5") + " " + v.apply(summary.p5()), true),
                RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT));
        ValueMarker median = labelled(marker(summary.p50(), INK, new BasicStroke(2.5f),
                t.get("chart.median") + " " + v.apply(summary.p50()), true), RectangleAnchor.TOP_RIGHT,
                TextAnchor.TOP_LEFT);
        median.setLabelOffset(new RectangleInsets(18, 3, 2, 3));
        plot.addDomainMarker(median);
        plot.addDomainMarker(labelled(marker(summary.p95(), INK, DASHED, t.get("chart.p95") + " " + v.apply(summary.p95()), true),
                RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
        double breakEven = byRatio ? 1 : 0;
        double lower = summary.histogram().get(0).from();
        double upper = summary.histogram().get(summary.histogram().size() - 1).to();
        if (breakEven >= lower && breakEven <= upper) {
            plot.addDomainMarker(labelled(marker(breakEven, new Color(0x99, 0x22, 0x22), THIN_DASHED,
                    byRatio ? t.get("chart.breakEven") : "0", true), RectangleAnchor.BOTTOM_LEFT,
                    TextAnchor.BOTTOM_RIGHT));
        }
        JFreeChart chart = new JFreeChart(null, FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 4, 4, 8));
        return new Chart("chart-simulation", t.get("chart.simulation.description"), unitAbove(chart, y), WIDTH, 310);
    }

    /** One party's payments and receipts per year as counted, and its cumulative balance. */
    Chart businessCase(BusinessCaseResult c) {
        BusinessCaseResult.Party party = c.party();
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset balance = new DefaultCategoryDataset();
        Key pays = new Key(0, t.get("chart.pays"));
        Key receives = new Key(1, t.get("chart.receivesCounted"));
        Key cumulative = new Key(0, t.get("chart.cumulative"));
        List<Key> years = years();
        for (int p = 0; p < party.periods().size(); p++) {
            BusinessCaseResult.Period period = party.periods().get(p);
            bars.addValue(amount(period.paysCounted()), pays, years.get(p));
            bars.addValue(amount(period.receivesPresentValue()), receives, years.get(p));
            balance.addValue(amount(period.cumulativeBalance()), cumulative, years.get(p));
        }
        BarRenderer renderer = bars(DARK, LIGHT);
        renderer.setMaximumBarWidth(0.09);
        renderer.setItemMargin(0.05);
        CategoryPlot plot = categoryPlot(bars, renderer, t.get("axis.money"), PlotOrientation.VERTICAL);
        plot.getDomainAxis().setLabel(t.get("axis.year"));
        LineAndShapeRenderer line = line();
        line.setDefaultItemLabelGenerator(labels((d, row, column) ->
                f.moneyWhole(d.getValue(row, column).doubleValue())));
        line.setDefaultItemLabelFont(SMALL);
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        line.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6,
                TextAnchor.TOP_CENTER));
        plot.setDataset(1, balance);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addRangeMarker(marker(0, INK, new BasicStroke(1f), null, false));
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.12);
        ((NumberAxis) plot.getRangeAxis()).setLowerMargin(0.12);
        return new Chart("chart-party", t.get("chart.party.description", party.name()),
                unitAbove(chart(plot, true), plot.getRangeAxis()), WIDTH, 280);
    }

    /**
     * The vertical axis's label as a line above the plot, read without turning the page (and written as text: a
     * rotated label would be drawn as outlines).
     */
    private static JFreeChart unitAbove(JFreeChart chart, org.jfree.chart.axis.ValueAxis axis) {
        TextTitle unit = new TextTitle(axis.getLabel(), BOLD);
        unit.setPaint(INK);
        unit.setPosition(RectangleEdge.TOP);
        unit.setHorizontalAlignment(HorizontalAlignment.LEFT);
        unit.setPadding(new RectangleInsets(2, 4, 6, 4));
        chart.addSubtitle(0, unit);
        axis.setLabel(null);
        return chart;
    }

    static Color outcomeColour(int i) {
        return OUTCOME_COLOURS[i % OUTCOME_COLOURS.length];
    }

    static boolean dark(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }

    /** The periods as years ("2024"), or numbered ("jaar 1") when the model has no first year. */
    private List<Key> years() {
        List<Key> years = new ArrayList<>();
        for (SroiResult.Period p : report.result().periods()) {
            years.add(new Key(p.period(), p.year() != null ? String.valueOf(p.year())
                    : t.get("period", p.period())));
        }
        return years;
    }

    private CategoryPlot categoryPlot(CategoryDataset data, BarRenderer renderer, String valueLabel,
                                      PlotOrientation orientation) {
        CategoryAxis categories = new CategoryAxis();
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.04);
        categories.setUpperMargin(0.04);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis values = axis(valueLabel);
        values.setNumberFormatOverride(f.moneyAxisFormat());
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        style(categories, values);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
        return plot;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    private static void style(org.jfree.chart.axis.Axis... axes) {
        for (org.jfree.chart.axis.Axis a : axes) {
            a.setLabelFont(BOLD);
            a.setLabelPaint(INK);
            a.setTickLabelFont(FONT);
            a.setTickLabelPaint(INK);
            a.setAxisLinePaint(INK);
            a.setTickMarkPaint(INK);
        }
    }

    private JFreeChart chart(CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        if (legend) {
            chart.getLegend().setItemFont(FONT);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
            chart.getLegend().setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    private static BarRenderer bars(Paint first, Paint second) {
        BarRenderer r = new BarRenderer();
        plain(r);
        r.setSeriesPaint(0, first);
        r.setSeriesPaint(1, second);
        return r;
    }

    /** Flat bars with a dark outline, no shadows or gradients (the defaults are global, so set them here). */
    private static void plain(BarRenderer r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(INK);
        r.setDefaultOutlineStroke(new BasicStroke(0.6f));
        r.setDefaultItemLabelPaint(INK);
    }

    private static LineAndShapeRenderer line() {
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, DASHED);
        line.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
        line.setSeriesFillPaint(0, Color.WHITE);
        line.setUseFillPaint(true);
        line.setDrawOutlines(true);
        line.setUseOutlinePaint(true);
        line.setSeriesOutlinePaint(0, Color.BLACK);
        line.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
        return line;
    }

    private void moneyLabels(BarRenderer r, PlotOrientation orientation) {
        r.setDefaultItemLabelGenerator(labels((d, row, column) -> {
            Number v = d.getValue(row, column);
            return v == null || v.doubleValue() == 0 ? null : f.moneyWhole(v.doubleValue());
        }));
        r.setDefaultItemLabelFont(SMALL);
        r.setDefaultItemLabelsVisible(true);
        boolean horizontal = orientation == PlotOrientation.HORIZONTAL;
        r.setDefaultPositiveItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setDefaultNegativeItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
    }

    private static ValueMarker marker(double value, Paint paint, BasicStroke stroke, String label, boolean top) {
        ValueMarker m = new ValueMarker(value, paint, stroke);
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(SMALL);
            m.setLabelPaint(INK);
            m.setLabelAnchor(top ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(top ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
            m.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
            m.setLabelBackgroundColor(Color.WHITE);
        }
        return m;
    }

    private static ValueMarker labelled(ValueMarker m, RectangleAnchor anchor, TextAnchor text) {
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        return m;
    }

    /** A label generator from a function of (dataset, series, category). */
    private static CategoryItemLabelGenerator labels(Label label) {
        return new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset dataset, int row) {
                return dataset.getRowKey(row).toString();
            }

            @Override
            public String generateColumnLabel(CategoryDataset dataset, int column) {
                return dataset.getColumnKey(column).toString();
            }

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return label.of(dataset, row, column);
            }
        };
    }

    @FunctionalInterface
    private interface Label {
        String of(CategoryDataset dataset, int row, int column);
    }

    static double amount(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class).doubleValue();
    }
}
