package nl.sroi.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

import nl.sroi.core.analysis.SensitivityResult;
import nl.sroi.core.text.Words;
import nl.sroi.report.ReportCharts.Chart;
import nl.sroi.report.ReportCharts.Key;

/** The tornado chart: how far the ratio (or net present value) swings with each ranged estimate. */
final class TornadoChart extends ChartStyle {

    TornadoChart(Report report, Words texts, Formats formats) {
        super(report, texts, formats);
    }

    /** The tornado: the ratio with each ranged estimate at its low and at its high, widest swing first. */
    Chart build() {
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
        IntervalBarRenderer renderer = renderer(starts, ends);
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
        rangeAndMarkers(plot, range, byRatio, base, ends);
        int height = 90 + 58 * bars.size();
        return new Chart("chart-tornado", t.get("chart.tornado.description"), chart(plot, true), WIDTH, height);
    }

    /** The range axis's bounds, and the base and break-even lines. */
    private void rangeAndMarkers(CategoryPlot plot, NumberAxis range, boolean byRatio, double base, Number[][] ends) {
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
    }

    /** Bars from the base to each end, each labelled at its end on white. */
    private IntervalBarRenderer renderer(Number[][] starts, Number[][] ends) {
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
        return renderer;
    }
}
