package nl.sroi.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.text.Words;
import nl.sroi.report.ReportCharts.Key;

/**
 * What every report chart shares: the report, its texts and formats, the colours, fonts and strokes, and the
 * helpers that build axes, plots, renderers, markers and labels in one style.
 */
abstract class ChartStyle {

    /** The width every chart is drawn at, in CSS pixels: the text width of an A4 page (180 mm). */
    static final int WIDTH = 680;

    static final Color DARK = new Color(0x1f, 0x3a, 0x5f);
    static final Color LIGHT = new Color(0xf2, 0xb7, 0x05);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xd0, 0xd0, 0xd0);
    /** Outcome colours, alternating dark and light so neighbours differ in grey too. */
    static final Color[] OUTCOME_COLOURS = {
        new Color(0x1f, 0x3a, 0x5f), new Color(0xf2, 0xb7, 0x05), new Color(0x3a, 0x8f, 0xb7),
        new Color(0xe8, 0xe4, 0xd8), new Color(0x7a, 0x2e, 0x4f), new Color(0x9f, 0xd3, 0x8b),
        new Color(0x55, 0x55, 0x55), new Color(0xf4, 0xa2, 0x8c), new Color(0x2e, 0x6b, 0x3a),
        new Color(0xc9, 0xdc, 0xf0)
    };
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    static final BasicStroke THIN_DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {4f, 3f}, 0f);

    final Report report;
    final Words t;
    final Formats f;

    ChartStyle(Report report, Words texts, Formats formats) {
        this.report = report;
        this.t = texts;
        this.f = formats;
    }

    /**
     * The vertical axis's label as a line above the plot, read without turning the page (and written as text: a
     * rotated label would be drawn as outlines).
     */
    static JFreeChart unitAbove(JFreeChart chart, org.jfree.chart.axis.ValueAxis axis) {
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
    List<Key> years() {
        List<Key> years = new ArrayList<>();
        for (SroiResult.Period p : report.result().periods()) {
            years.add(new Key(p.period(), p.year() != null ? String.valueOf(p.year())
                    : t.get("period", p.period())));
        }
        return years;
    }

    CategoryPlot categoryPlot(CategoryDataset data, BarRenderer renderer, String valueLabel,
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

    static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    static void style(org.jfree.chart.axis.Axis... axes) {
        for (org.jfree.chart.axis.Axis a : axes) {
            a.setLabelFont(BOLD);
            a.setLabelPaint(INK);
            a.setTickLabelFont(FONT);
            a.setTickLabelPaint(INK);
            a.setAxisLinePaint(INK);
            a.setTickMarkPaint(INK);
        }
    }

    JFreeChart chart(CategoryPlot plot, boolean legend) {
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

    static BarRenderer bars(Paint first, Paint second) {
        BarRenderer r = new BarRenderer();
        plain(r);
        r.setSeriesPaint(0, first);
        r.setSeriesPaint(1, second);
        return r;
    }

    /** Flat bars with a dark outline, no shadows or gradients (the defaults are global, so set them here). */
    static void plain(BarRenderer r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(INK);
        r.setDefaultOutlineStroke(new BasicStroke(0.6f));
        r.setDefaultItemLabelPaint(INK);
    }

    static LineAndShapeRenderer line() {
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

    void moneyLabels(BarRenderer r, PlotOrientation orientation) {
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

    static ValueMarker marker(double value, Paint paint, BasicStroke stroke, String label, boolean top) {
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

    static ValueMarker labelled(ValueMarker m, RectangleAnchor anchor, TextAnchor text) {
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        return m;
    }

    /** A label generator from a function of (dataset, series, category). */
    static CategoryItemLabelGenerator labels(Label label) {
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
    interface Label {
        String of(CategoryDataset dataset, int row, int column);
    }

    static double amount(MonetaryAmount amount) {
        return amount(amount.getNumber().numberValue(BigDecimal.class));
    }

    static double amount(BigDecimal amount) {
        return amount.doubleValue();
    }
}
