package nl.sroi.report;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import nl.sroi.core.analysis.SimulationResult;
import nl.sroi.core.text.Words;
import nl.sroi.report.ReportCharts.Chart;

/** The simulation's histogram, with its percentiles and break-even point marked. */
final class HistogramChart extends ChartStyle {

    HistogramChart(Report report, Words texts, Formats formats) {
        super(report, texts, formats);
    }

    /** The simulation's histogram of the ratio (or of the net present value), with p5, median and p95 marked. */
    Chart build() {
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
}
