package nl.sroi.core.tree;

import java.util.List;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.internal.ModelTree;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.Problem;

/**
 * A result's summary and lists of problems as Jackson nodes, exactly as the result and validation documents write
 * them.
 */
public final class JsonTrees {

    /** At most this many problems are listed in a document; the others are counted. */
    public static final int MAX_LISTED = 100;

    private JsonTrees() {
    }

    /**
     * One line of a catalogue of analyses: id, title, kind, currency, present value, inputs value and ratio, and
     * the welfare ratio when the model has transfers (a model and its result).
     *
     * @param model the model
     * @param r     its result
     * @return the summary object
     */
    public static ObjectNode summary(SroiModel model, SroiResult r) {
        ObjectNode o = Jackson.object().put("id", model.id()).put("title", model.title())
                .put("kind", ModelTree.name(model.kind())).put("currency", r.currency().getCurrencyCode())
                .put("presentValue", r.totals().presentValue())
                .put("inputsValue", r.totals().inputsValue());
        OptionalDouble ratio = r.totals().ratio();
        if (ratio.isPresent()) {
            o.put("ratio", ratio.getAsDouble());
        } else {
            o.putNull("ratio");
        }
        o.put("ratioDisplay", r.totals().ratioDisplay().orElse(null));
        r.welfare().ifPresent(w -> {
            if (w.ratio().isPresent()) {
                o.put("welfareRatio", w.ratio().getAsDouble());
            } else {
                o.putNull("welfareRatio");
            }
        });
        return o;
    }

    /**
     * Problems as an array of {@code {code, pointer, message}} objects (line and column when known; a parameter's
     * problem names the {@code parameter} instead of a pointer): the first {@value #MAX_LISTED};
     * {@link #problems(ObjectNode, String, List, Language)} also counts the others.
     *
     * @param problems the problems of a document
     * @param language the language of the messages
     * @return the array, to place in a document
     */
    public static ArrayNode problems(List<Problem> problems, Language language) {
        ArrayNode array = Jackson.nodes().arrayNode();
        problems(array, problems, language);
        return array;
    }

    /**
     * Writes the problems under {@code field}, and their number beyond the listed ones under
     * {@code fieldNotListed} ({@code errorsNotListed}) when there are more than {@value #MAX_LISTED}.
     *
     * @param o        the document
     * @param field    the name of the list
     * @param problems the problems
     * @param language the language of the messages
     */
    public static void problems(ObjectNode o, String field, List<Problem> problems, Language language) {
        int more = problems(o.putArray(field), problems, language);
        if (more > 0) {
            o.put(field + "NotListed", more);
        }
    }

    /**
     * Writes the first {@value #MAX_LISTED} problems and gives the number of the others, which the document counts
     * instead of listing: a 300 KB model with 100,000 empty entries must not give a 25 MB answer.
     */
    private static int problems(ArrayNode array, List<Problem> problems, Language language) {
        for (Problem p : problems.subList(0, Math.min(MAX_LISTED, problems.size()))) {
            ObjectNode po = array.addObject().put("code", p.code().name());
            if (p.parameter() != null) {
                po.put("parameter", p.parameter());
            } else {
                po.put("pointer", p.pointer());
            }
            po.put("message", p.message(language));
            if (p.line() != null) {
                po.put("line", p.line()).put("column", p.column());
            }
        }
        return Math.max(0, problems.size() - MAX_LISTED);
    }
}
