package nl.sroi.core.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.analysis.ChangeBridge;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.model.Kind;
import nl.sroi.core.text.Message;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * What a report or a workbook is asked of: a model or scenarios document as it is, or
 * {@code { "document": MODEL, "compareWith": FORECAST }} for an evaluation with the adopted forecast it checks, so
 * that the stateless report and workbook can show the difference from the forecast. Problems of the forecast point
 * into it ({@code /compareWith/outcomes/0/quantity}); those of the document into the document itself.
 *
 * @param document    the model or scenarios document's bytes
 * @param compareWith the forecast, or {@code null}
 */
public record ComparedDocument(byte[] document, ValidModel compareWith) {

    private static final List<String> FIELDS = List.of("document", "compareWith");

    /**
     * Reads a posted body: a document, or a document with the forecast to compare it with.
     *
     * @param body      the bytes as posted
     * @param validator validates the forecast
     * @return the document's bytes (unread: its own reader says what is wrong with it) and the valid forecast, or
     *         the problems of the wrapper and the forecast
     */
    public static Validated<ComparedDocument> of(byte[] body, ModelValidator validator) {
        JsonNode tree;
        try {
            tree = Jackson.reader().readTree(body);
        } catch (IOException | RuntimeException e) {
            return Validated.valid(new ComparedDocument(body, null)); // not JSON: the document's reader says where
        }
        if (tree == null || !tree.isObject() || tree.has("format") || !tree.has("compareWith")) {
            return Validated.valid(new ComparedDocument(body, null));
        }
        List<Problem> errors = new ArrayList<>();
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                errors.add(Problem.of("/" + field, ProblemCode.UNKNOWN_FIELD,
                        Message.of("bridge.unknownField", field, String.join(", ", FIELDS))));
            }
        }
        if (!tree.has("document")) {
            errors.add(Problem.of("/document", ProblemCode.REQUIRED, Message.of("required", "document")));
        }
        Validated<ValidModel> forecast;
        try {
            forecast = ModelJson.read(Jackson.writer().writeValueAsBytes(tree.get("compareWith")), validator);
        } catch (IOException e) {
            throw new IllegalStateException("a tree can always be written", e);
        }
        forecast.errors().forEach(p -> errors.add(p.at("/compareWith" + p.pointer())));
        if (!errors.isEmpty()) {
            return Validated.invalid(Validated.Failure.INVALID_MODEL, errors);
        }
        try {
            return Validated.valid(new ComparedDocument(Jackson.writer().writeValueAsBytes(tree.get("document")),
                    forecast.value()));
        } catch (IOException e) {
            throw new IllegalStateException("a tree can always be written", e);
        }
    }

    /**
     * Whether a model can be bridged from {@code from}: the same currency, and a posted forecast only for an
     * evaluation.
     *
     * @param from   the model to compare with (a forecast or a scenario's base), or {@code null} for none
     * @param model  the model the report or workbook is of
     * @param posted whether {@code from} came with the request as {@code compareWith}, which places the problems
     *               under {@code /compareWith}
     * @return valid when they can be compared; else the problems, each at its pointer
     */
    public static Validated<Boolean> comparable(ValidModel from, ValidModel model, boolean posted) {
        if (from == null) {
            return Validated.valid(true);
        }
        List<Problem> errors = new ArrayList<>();
        if (posted && model.model().kind() != Kind.EVALUATION) {
            errors.add(Problem.of("/compareWith", ProblemCode.NOT_APPLICABLE, Message.of("report.compareWith")));
        }
        if (posted && from.model().kind() != Kind.FORECAST) {
            errors.add(Problem.of("/compareWith/kind", ProblemCode.NOT_APPLICABLE,
                    Message.of("report.compareWith.forecast", ModelJson.name(from.model().kind()))));
        }
        Problem currency = ChangeBridge.incomparable(from.model(), model.model());
        if (currency != null) {
            errors.add(currency.at(posted ? "/compareWith/currency" : "/currency"));
        }
        return errors.isEmpty() ? Validated.valid(true) : Validated.invalid(Validated.Failure.INVALID_MODEL, errors);
    }
}
