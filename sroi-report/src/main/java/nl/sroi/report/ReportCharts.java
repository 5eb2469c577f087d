package nl.sroi.report;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryStepRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Words;

/**
 * The report's charts, built with JFreeChart from the report's figures and drawn either as SVG (Apache Batik's SVG
 * generator, for the HTML page; see {@link ChartSvg}) or straight onto the PDF's canvas. Readable in black and
 * white: paired series are dark against light with an outline, stacked outcomes carry their number, lines are black
 * and dashed, and every chart has axis labels with units. Fonts, sizes and ids are fixed, so the same report gives the same bytes.
 */
final class ReportCharts extends ChartStyle {

    /** One chart: its id in the page, what it shows in words (for screen readers), and its size. */
    record Chart(String id, String description, JFreeChart chart, int width, int height) {

        /** The chart as an SVG element, with ids prefixed by the chart's own id so charts never clash. */
        String svg() {
            return ChartSvg.of(chart, id, description, width, height);
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

    ReportCharts(Report report, Words texts, Formats formats) {
        super(report, texts, formats);
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
        return new TornadoChart(report, t, f).build();
    }

    /**
     * The change bridge as a waterfall: FROM's ratio, each factor's rounded effect as a step up (light) or down
     * (dark), TO's ratio; by the net present value when the bridge gives the ratio no effects.
     */
    Chart waterfall(String fromLabel, String toLabel) {
        return new WaterfallChart(report, t, f).build(fromLabel, toLabel);
    }

    /** The simulation's histogram of the ratio (or of the net present value), with p5, median and p95 marked. */
    Chart histogram() {
        return new HistogramChart(report, t, f).build();
    }

    /** One party's payments and receipts per year as counted, and its cumulative balance. */
    Chart businessCase(BusinessCaseResult c) {
        return new BusinessCaseChart(report, t, f).build(c);
    }
}
