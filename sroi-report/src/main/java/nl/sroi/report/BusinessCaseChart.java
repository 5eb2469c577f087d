package nl.sroi.report;

import java.awt.BasicStroke;
import java.util.List;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import nl.sroi.core.analysis.BusinessCaseResult;
import nl.sroi.core.text.Words;
import nl.sroi.report.ReportCharts.Chart;
import nl.sroi.report.ReportCharts.Key;

/** One party's business case chart: pays and receipts per year, and the cumulative balance. */
final class BusinessCaseChart extends ChartStyle {

    BusinessCaseChart(Report report, Words texts, Formats formats) {
        super(report, texts, formats);
    }

    /** One party's payments and receipts per year as counted, and its cumulative balance. */
    Chart build(BusinessCaseResult c) {
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
}
