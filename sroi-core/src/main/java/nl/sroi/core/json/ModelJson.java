package nl.sroi.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.internal.ModelTree;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.jackson.JsonSyntax;
import nl.sroi.core.jackson.MalformedJsonException;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * Reads and writes {@code sroi-model/1} documents. Reading is strict and reports every problem at once: the
 * document's own (wrong types, unknown fields, unrepresentable numbers) and then the format's rules, from
 * {@link ModelValidator}, skipping a rule's report where the document already had a problem at that pointer.
 * Reading goes from the parser's tokens straight into the model's records ({@link TokenReader}), without a tree.
 * Writing gives the document back with every default spelled out; reading it again gives an equal model.
 */
public final class ModelJson {

    private ModelJson() {
    }

    /**
     * Reads and validates a model document with the default limits.
     *
     * @param json the document
     * @return the valid model, or every problem
     */
    public static Validated<ValidModel> read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8), ModelValidator.DEFAULT);
    }

    /**
     * Reads and validates a model document (UTF-8) with the default limits.
     *
     * @param json the document's bytes
     * @return the valid model, or every problem
     */
    public static Validated<ValidModel> read(byte[] json) {
        return read(json, ModelValidator.DEFAULT);
    }

    /**
     * Reads and validates a model document (UTF-8) from a stream, with the default limits.
     *
     * @param json the document
     * @return the valid model, or every problem
     * @throws IOException when the stream cannot be read
     */
    public static Validated<ValidModel> read(InputStream json) throws IOException {
        return read(json.readAllBytes(), ModelValidator.DEFAULT);
    }

    /**
     * Reads and validates a model document with the given validator (and so its limits).
     *
     * @param json      the document's bytes (UTF-8)
     * @param validator the validator (and so its limits)
     * @return the valid model, or every problem
     */
    public static Validated<ValidModel> read(byte[] json, ModelValidator validator) {
        try (JsonParser parser = Jackson.parser(json)) {
            return read(parser, () -> Jackson.parser(json), validator);
        } catch (MalformedJsonException e) {
            return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(e.problem()));
        } catch (JsonProcessingException e) {
            return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(JsonSyntax.problem(e, json)));
        } catch (NumberFormatException | ArithmeticException e) {
            return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(JsonSyntax.exponent()));
        } catch (IOException e) {
            throw new IllegalStateException("reading from a byte array cannot fail", e);
        }
    }

    /**
     * Reads and validates a model from an already parsed tree (a scenario's model, for example).
     *
     * @param tree      the parsed document
     * @param validator the validator (and so its limits)
     * @return the valid model, or every problem
     */
    static Validated<ValidModel> read(JsonNode tree, ModelValidator validator) {
        try (JsonParser parser = tree.traverse()) {
            return read(parser, tree::traverse, validator);
        } catch (IOException e) {
            throw new IllegalStateException("a tree's tokens cannot be malformed", e);
        }
    }

    /** Opens the document again, to find where the values that problems point at stand in it. */
    @FunctionalInterface
    private interface Document {
        JsonParser open() throws IOException;
    }

    private static Validated<ValidModel> read(JsonParser parser, Document again, ModelValidator validator)
            throws IOException {
        TokenReader r = new TokenReader(parser);
        if (!r.start()) {
            throw new MalformedJsonException(JsonSyntax.empty());
        }
        SroiModel model = ModelReader.model(r);
        Problem trailing = r.trailing();
        if (trailing != null) {
            throw new MalformedJsonException(trailing);
        }
        if (model != null && ScenarioJson.FORMAT.equals(model.format()) || isScenarios(r.problems())) {
            return Validated.invalid(Validated.Failure.INVALID_MODEL, List.of(Problem.of("/format",
                    ProblemCode.UNSUPPORTED_FORMAT, Message.of("format.scenariosDocument", ScenarioJson.FORMAT))));
        }
        if (model == null) {
            return Validated.invalid(Validated.Failure.INVALID_MODEL, r.problems());
        }
        Validated<ValidModel> check = validator.check(model);
        List<Problem> errors = merge(r.problems(), check.errors());
        if (errors.isEmpty()) {
            return check;
        }
        DocumentOrder order;
        try (JsonParser document = again.open()) {
            order = DocumentOrder.of(errors, document);
        }
        return Validated.invalid(Validated.Failure.INVALID_MODEL, order.sort(asWritten(errors, order)));
    }

    /** Parses bytes into a tree, or throws with the line and column of the first thing that is not JSON. */
    static JsonNode parse(byte[] json) throws MalformedJsonException {
        return Jackson.parse(json);
    }

    /**
     * The problems at the pointers of the document as written: a per-period list written as a single number
     * ({@code "quantity": -3}) is period 1 of the model, but its problem stands at the number, not at a
     * {@code /quantity/0} the document does not have.
     */
    private static List<Problem> asWritten(List<Problem> problems, DocumentOrder document) {
        List<Problem> moved = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            String pointer = p.pointer();
            if (pointer != null && pointer.endsWith("/0")
                    && document.isNumber(pointer.substring(0, pointer.length() - 2))) {
                moved.add(p.at(pointer.substring(0, pointer.length() - 2)));
            } else {
                moved.add(p);
            }
        }
        return moved;
    }

    /**
     * The document's own problems first; a rule's problem only where the document had none at that pointer, and no
     * "required" for a field whose misspelling the document's problems already point out ({@code dropoff}: did
     * you mean {@code dropOff}?).
     */
    private static List<Problem> merge(List<Problem> document, List<Problem> rules) {
        if (rules.isEmpty()) {
            return document;
        }
        Set<String> reported = new HashSet<>();
        Set<String> misspelt = new HashSet<>();
        for (Problem p : document) {
            reported.add(p.pointer());
            if (p.text().key().equals("unknownField.nearest")) {
                String parent = p.pointer().substring(0, p.pointer().lastIndexOf('/'));
                misspelt.add(Pointer.child(parent, (String) p.text().args().get(2)));
            }
        }
        List<Problem> all = new ArrayList<>(document);
        rules.stream().filter(p -> !reported.contains(p.pointer())
                && !(p.code() == ProblemCode.REQUIRED && misspelt.contains(p.pointer()))).forEach(all::add);
        return all;
    }

    /** Whether a document read as a model is a scenarios document without its format: a model and scenarios. */
    private static boolean isScenarios(List<Problem> problems) {
        return problems.stream().filter(p -> p.code() == ProblemCode.UNKNOWN_FIELD)
                .map(Problem::pointer).filter(p -> p.equals("/model") || p.equals("/scenarios")).count() == 2;
    }

    // ---------------------------------------------------------------------------------------------- writing

    /**
     * The model as a pretty-printed {@code sroi-model/1} document.
     *
     * @param model the model
     * @return the document, pretty-printed, ending in a newline
     */
    public static String write(SroiModel model) {
        return Json.pretty(tree(model));
    }

    /**
     * The model as a JSON tree, fields in the order of the format description, absent optional fields left out.
     *
     * @param m the model
     * @return the tree
     */
    static ObjectNode tree(SroiModel m) {
        return ModelTree.of(m);
    }

    /**
     * The JSON spelling of a model enum ({@code FIRST_PERIOD} is written {@code firstPeriod}).
     *
     * @param value the constant
     * @return its JSON spelling
     */
    public static String name(Enum<?> value) {
        return TokenReader.jsonName(value);
    }
}
