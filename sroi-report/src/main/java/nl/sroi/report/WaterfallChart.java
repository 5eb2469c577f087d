package nl.sroi.report;

import nl.sroi.core.analysis.BridgeResult;
import nl.sroi.core.text.Words;

import java.awt.Paint;
import java.util.List;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

import nl.sroi.report.ReportCharts.Chart;
import nl.sroi.report.ReportCharts.Key;

/** The change bridge as a waterfall chart, from one version's ratio to another's, factor by factor. */
final class WaterfallChart extends ChartStyle {

    WaterfallChart(Report report, Words texts, Formats formats) {
        super(report, texts, formats);
    }

    /**
     * The change bridge as a waterfall: FROM's ratio, each factor's rounded effect as a step up (light) or down
     * (dark), TO's ratio; by the net present value when the bridge gives the ratio no effects.
     */
    Chart build(String fromLabel, String toLabel) {
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
        IntervalBarRenderer renderer = renderer(starts[0], ends[0]);
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
            // behind the bars and their labels: a small step's label sits near ratio 1 and must stay legible
            plot.addRangeMarker(new ValueMarker(1, INK, THIN_DASHED), Layer.BACKGROUND);
        }
        return new Chart("chart-bridge", t.get("chart.bridge.description"), chart(plot, false), WIDTH, 340);
    }

    /** Bars of the walk: the two ends grey, a step up light and a step down dark, labelled below its bar. */
    private static IntervalBarRenderer renderer(Number[] starts, Number[] ends) {
        int n = ends.length;
        return new IntervalBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                if (column == 0 || column == n - 1) {
                    return GRID;
                }
                return ends[column].doubleValue() >= starts[column].doubleValue() ? LIGHT : DARK;
            }

            /** A step down is labelled below its bar, so that the labels follow the walk and clear the ratio 1 line. */
            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
                return column > 0 && column < n - 1 && ends[column].doubleValue() < starts[column].doubleValue()
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER)
                        : super.getPositiveItemLabelPosition(row, column);
            }
        };
    }
}
