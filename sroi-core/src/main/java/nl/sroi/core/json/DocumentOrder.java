package nl.sroi.core.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;

/**
 * Puts problems in the order in which their values stand in the document as it was written, so that a reader
 * working down the file meets them in turn: {@code /currency} before {@code /kind} when the document has currency
 * first. A value that is missing sorts after the fields its object does have; problems at the same place keep the
 * order in which they were found.
 *
 * <p>The places are found in one pass over the document's tokens that enters only the values the problems point
 * at or into, so that a valid document, which has no problems, is never read twice.
 */
final class DocumentOrder {

    /** Where a value stands among its object's members (or its array's index), and whether it is a number. */
    private record Place(int at, boolean number) {
    }

    private final Set<String> wanted = new HashSet<>();
    private final Map<String, Place> places = new HashMap<>();

    private DocumentOrder() {
    }

    /**
     * The places of the values the problems point at, and of every value on their way.
     *
     * @param problems the problems
     * @param document the document, at its start
     * @return the places
     * @throws IOException when the document cannot be read
     */
    static DocumentOrder of(List<Problem> problems, JsonParser document) throws IOException {
        DocumentOrder order = new DocumentOrder();
        for (Problem p : problems) {
            String pointer = p.pointer();
            if (pointer != null) {
                for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
                    order.wanted.add(pointer.substring(0, slash));
                }
                order.wanted.add(pointer);
            }
        }
        if (document.nextToken() != null) {
            order.visit("", 0, document);
        }
        return order;
    }

    /**
     * Problems in a parsed document, sorted by where they stand in it.
     *
     * @param problems the problems, in the order found
     * @param document the document they are about
     * @return the problems in document order
     */
    static List<Problem> sort(List<Problem> problems, JsonNode document) {
        if (problems.size() < 2) {
            return problems;
        }
        try (JsonParser tokens = document.traverse()) {
            return of(problems, tokens).sort(problems);
        } catch (IOException e) {
            throw new IllegalStateException("a tree's tokens cannot be malformed", e);
        }
    }

    /** Records the place of the value at the current token and enters it where a problem points further in. */
    private void visit(String pointer, int at, JsonParser document) throws IOException {
        places.put(pointer, new Place(at, document.currentToken().isNumeric()));
        if (document.currentToken() == JsonToken.START_OBJECT) {
            int member = 0;
            for (String name = document.nextFieldName(); name != null; name = document.nextFieldName(), member++) {
                document.nextToken();
                enter(Pointer.child(pointer, name), member, document);
            }
        } else if (document.currentToken() == JsonToken.START_ARRAY) {
            for (int index = 0; document.nextToken() != JsonToken.END_ARRAY; index++) {
                enter(Pointer.child(pointer, index), index, document);
            }
        }
    }

    private void enter(String pointer, int at, JsonParser document) throws IOException {
        if (wanted.contains(pointer)) {
            visit(pointer, at, document);
        } else {
            document.skipChildren();
        }
    }

    /**
     * Whether the value at the pointer is a number.
     *
     * @param pointer a pointer one of the problems points at or into
     * @return whether the document has a number there
     */
    boolean isNumber(String pointer) {
        Place place = places.get(pointer);
        return place != null && place.number();
    }

    /**
     * The problems sorted by where they stand in the document.
     *
     * @param problems the problems, in the order found, pointing where the problems this order was made of point
     * @return the problems in document order
     */
    List<Problem> sort(List<Problem> problems) {
        if (problems.size() < 2) {
            return problems;
        }
        List<int[]> keys = new ArrayList<>(problems.size());
        List<Integer> order = new ArrayList<>(problems.size());
        for (int i = 0; i < problems.size(); i++) {
            keys.add(position(problems.get(i).pointer()));
            order.add(i);
        }
        order.sort(Comparator.comparing(keys::get, DocumentOrder::compare)); // stable: ties keep their order
        List<Problem> sorted = new ArrayList<>(problems.size());
        order.forEach(i -> sorted.add(problems.get(i)));
        return sorted;
    }

    /**
     * The place of a pointer: per reference token, the position of the member among its object's members (or the
     * array index); a token the document does not have ends the place with a position after every member.
     */
    private int[] position(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return new int[0];
        }
        int[] place = new int[(int) pointer.chars().filter(c -> c == '/').count()];
        int n = 0;
        for (int slash = pointer.indexOf('/', 1); ; slash = pointer.indexOf('/', slash + 1)) {
            Place at = places.get(slash < 0 ? pointer : pointer.substring(0, slash));
            place[n++] = at == null ? Integer.MAX_VALUE : at.at();
            if (at == null || slash < 0) {
                break;
            }
        }
        return n == place.length ? place : Arrays.copyOf(place, n);
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
