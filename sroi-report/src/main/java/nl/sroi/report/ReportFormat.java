package nl.sroi.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import nl.sroi.core.model.Input;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.model.Stakeholder;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;
import nl.sroi.core.text.Message;

/** The two forms of a report: the self-contained HTML page and the A4 PDF. */
public enum ReportFormat {
    HTML("text/html;charset=utf-8", "html", 200_000_000L, 5_000_000L, 5_000L),
    PDF("application/pdf", "pdf", 1_200_000_000L, 40_000_000L, 60_000L);

    /** Writing a table cell of a value per period, either form. */
    private static final long PER_CELL = 200_000L;

    private final String mediaType;
    private final String extension;
    private final long fixedSteps;
    private final long stepsPerOutcome;
    private final long stepsPerCharacter;

    ReportFormat(String mediaType, String extension, long fixedSteps, long stepsPerOutcome,
                 long stepsPerCharacter) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.fixedSteps = fixedSteps;
        this.stepsPerOutcome = stepsPerOutcome;
        this.stepsPerCharacter = stepsPerCharacter;
    }

    /**
     * The estimated work of writing a model's report in this form, in {@code WorkEstimate}'s steps (a step is
     * about a nanosecond): a fixed part (fonts, styles, the charts' frames), a part per outcome (its rows and its
     * series), a part per value per period and a part per character of the model's texts, which the report lays
     * out in its tables and charts (a PDF of 8 outcomes with 770,000 characters of text took 46 s). Laying out the
     * PDF costs far more than the HTML; measured on the project's 2-core machine, see the README.
     *
     * @param model the model
     * @return the estimated steps
     */
    public long steps(SroiModel model) {
        long periods = model.lastPeriod();
        long rows = model.outcomes().size() + model.inputs().size() + model.stakeholders().size();
        return fixedSteps + stepsPerOutcome * model.outcomes().size() + PER_CELL * rows * periods
                + stepsPerCharacter * characters(model);
    }

    /**
     * The estimated work of writing a portfolio report in this form: the fixed part of a report, and a row's part
     * (as an outcome's) for every row of its tables: each analysis, each party, and each party's cells of the matrix.
     *
     * @param analyses the analyses in the portfolio
     * @param parties  the stakeholders of all analyses (an upper bound of the parties)
     * @return the estimated steps
     */
    public long portfolioSteps(long analyses, long parties) {
        return fixedSteps + stepsPerOutcome * (2 * analyses + parties + parties * analyses / 4);
    }

    /** The characters of the model's texts that a report shows. */
    private static long characters(SroiModel model) {
        long n = length(model.title()) + length(model.description());
        for (Stakeholder s : model.stakeholders()) {
            n += length(s.name()) + length(s.description());
        }
        for (Input in : model.inputs()) {
            n += length(in.description()) + length(in.source());
        }
        for (Outcome o : model.outcomes()) {
            n += length(o.description()) + length(o.indicator()) + length(o.proxy().unit())
                    + length(o.proxy().source());
        }
        return n;
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The report in this form. */
    public byte[] render(Report report) {
        return this == HTML ? ReportHtml.write(report).getBytes(StandardCharsets.UTF_8) : ReportPdf.write(report);
    }

    /**
     * The form a request asks for: {@code format} ({@code html} or {@code pdf}) when given, else the
     * {@code Accept} header ({@code application/pdf} without {@code text/html} gives PDF), else HTML.
     */
    public static Validated<ReportFormat> of(String format, String accept) {
        if (format != null) {
            for (ReportFormat f : values()) {
                if (f.extension.equals(format.trim().toLowerCase(Locale.ROOT))) {
                    return Validated.valid(f);
                }
            }
            return Validated.invalidParameter("format", ProblemCode.OUT_OF_RANGE,
                    Message.of("invalidValue", "format", java.util.List.of("\"html\"", "\"pdf\""), format));
        }
        if (accept != null) {
            String a = accept.toLowerCase(Locale.ROOT);
            if (a.contains("application/pdf") && !a.contains("text/html")) {
                return Validated.valid(PDF);
            }
        }
        return Validated.valid(HTML);
    }

    /** The form a file name asks for ({@code .html}, {@code .htm} or {@code .pdf}), or {@code null}. */
    public static ReportFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return PDF;
        }
        return n.endsWith(".html") || n.endsWith(".htm") ? HTML : null;
    }
}
