package nl.sroi.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import nl.sroi.core.model.OtherFilter;
import nl.sroi.core.model.Published;
import nl.sroi.core.model.RateStep;
import nl.sroi.core.text.Message;

/**
 * Reading of the fields of section 12 of the format (published analyses as printed): an outcome's
 * {@code otherFilters}, the discount {@code schedule} and the {@code published} figures of a model, an outcome or a
 * scenario (written by the model's tree, {@code internal.ModelTree}). Kept apart from {@link ModelJson}, which calls
 * it, so that each stays readable.
 */
final class PrintedJson {

    static final List<String> OTHER_FILTER_FIELDS = List.of("name", "share");
    static final List<String> RATE_STEP_FIELDS = List.of("fromYear", "rate");
    /** What a model's {@code published} may hold. */
    static final List<String> MODEL_PUBLISHED_FIELDS = List.of("ratio", "presentValue", "inputsValue", "source",
            "tolerance");
    /** What an outcome's {@code published} may hold. */
    static final List<String> OUTCOME_PUBLISHED_FIELDS = List.of("presentValue");
    /** What a scenario's {@code published} may hold. */
    static final List<String> SCENARIO_PUBLISHED_FIELDS = List.of("ratio");

    private static final Message OTHER_FILTER = Message.of("object.otherFilter");
    private static final Message RATE_STEP = Message.of("object.rateStep");
    private static final Message PUBLISHED = Message.of("object.published");

    private PrintedJson() {
    }

    static List<OtherFilter> otherFilters(TokenReader r) throws IOException {
        return r.list(PrintedJson::otherFilter);
    }

    private static OtherFilter otherFilter(TokenReader r) throws IOException {
        if (!r.object(OTHER_FILTER, TokenReader.OBJECT)) {
            return null;
        }
        String name = null;
        BigDecimal share = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "name" -> name = r.text();
                case "share" -> share = r.decimal();
                default -> r.unknownField(OTHER_FILTER, OTHER_FILTER_FIELDS);
            }
        }
        return new OtherFilter(name, share);
    }

    static List<RateStep> schedule(TokenReader r) throws IOException {
        return r.list(PrintedJson::rateStep);
    }

    private static RateStep rateStep(TokenReader r) throws IOException {
        if (!r.object(RATE_STEP, TokenReader.OBJECT)) {
            return null;
        }
        Integer fromYear = null;
        BigDecimal rate = null;
        for (String field = r.field(); field != null; field = r.field()) {
            switch (field) {
                case "fromYear" -> fromYear = r.integer();
                case "rate" -> rate = r.decimal();
                default -> r.unknownField(RATE_STEP, RATE_STEP_FIELDS);
            }
        }
        return new RateStep(fromYear, rate);
    }

    /**
     * A {@code published} object holding only the given fields (a model's, an outcome's or a scenario's).
     *
     * @param r      the reader at the object
     * @param fields the fields this place allows
     * @return the published figures, or {@code null} when it is no object
     */
    static Published published(TokenReader r, List<String> fields) throws IOException {
        if (!r.object()) {
            return null;
        }
        BigDecimal ratio = null;
        BigDecimal presentValue = null;
        BigDecimal inputsValue = null;
        String source = null;
        BigDecimal tolerance = null;
        for (String field = r.field(); field != null; field = r.field()) {
            if (!fields.contains(field)) {
                r.unknownField(PUBLISHED, fields);
                continue;
            }
            switch (field) {
                case "ratio" -> ratio = r.decimal();
                case "presentValue" -> presentValue = r.decimal();
                case "inputsValue" -> inputsValue = r.decimal();
                case "source" -> source = r.text();
                default -> tolerance = r.decimal();
            }
        }
        return new Published(ratio, presentValue, inputsValue, source, tolerance);
    }
}
