package nl.sroi.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.analysis.ChangeBridge;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.Kind;
import nl.sroi.core.text.Message;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * What a report is posted with: a model or scenarios document as it is, or
 * {@code { "document": MODEL, "compareWith": FORECAST }} for an evaluation with the adopted forecast it checks, so
 * that the stateless report can show "Verschil met de prognose". Problems of the forecast point into it
 * ({@code /compareWith/outcomes/0/quantity}); those of the document into the document itself.
 *
 * @param document    the model or scenarios document's bytes
 * @param compareWith the forecast, or {@code null}
 */
record ReportDocument(byte[] document, ValidModel compareWith) {

    private static final List<String> FIELDS = List.of("document", "compareWith");

    static Validated<ReportDocument> of(byte[] body, ModelValidator validator) {
        JsonNode tree;
        try {
            tree = Jackson.reader().readTree(body);
        } catch (IOException | RuntimeException e) {
            return Validated.valid(new ReportDocument(body, null)); // not JSON: the document's reader says where
        }
        if (tree == null || !tree.isObject() || tree.has("format") || !tree.has("compareWith")) {
            return Validated.valid(new ReportDocument(body, null));
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
            return Validated.valid(new ReportDocument(Jackson.writer().writeValueAsBytes(tree.get("document")),
                    forecast.value()));
        } catch (IOException e) {
            throw new IllegalStateException("a tree can always be written", e);
        }
    }

    /**
     * Whether a model can be bridged from {@code from}: the same currency, and a posted forecast only for an
     * evaluation.
     */
    static Validated<Boolean> comparable(ValidModel from, ValidModel model, boolean posted) {
        if (from == null) {
            return Validated.valid(true);
        }
        List<Problem> errors = new ArrayList<>();
        if (posted && model.model().kind() != Kind.EVALUATION) {
            errors.add(Problem.of("/compareWith", ProblemCode.NOT_APPLICABLE, Message.of("report.compareWith")));
        }
        Problem currency = ChangeBridge.incomparable(from.model(), model.model());
        if (currency != null) {
            errors.add(currency.at(posted ? "/compareWith/currency" : "/currency"));
        }
        return errors.isEmpty() ? Validated.valid(true) : Validated.invalid(Validated.Failure.INVALID_MODEL, errors);
    }
}
