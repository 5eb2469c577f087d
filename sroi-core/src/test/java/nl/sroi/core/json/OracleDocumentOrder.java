package nl.sroi.core.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.validation.Problem;

/**
 * The old tree-based {@code DocumentOrder}, kept in test scope only for the oracle of
 * {@link StreamingReaderDifferentialTest} (see {@link OracleTreeReader}).
 *
 * <p>Puts problems in the order in which their values stand in the document as it was written, so that a reader
 * working down the file meets them in turn: {@code /currency} before {@code /kind} when the document has currency
 * first. A value that is missing sorts after the fields its object does have; problems at the same place keep the
 * order in which they were found.
 */
final class OracleDocumentOrder {

    private OracleDocumentOrder() {
    }

    /**
     * The problems sorted by where they stand in the document.
     *
     * @param problems the problems, in the order found
     * @param document the document they are about
     * @return the problems in document order
     */
    static List<Problem> sort(List<Problem> problems, JsonNode document) {
        if (problems.size() < 2) {
            return problems;
        }
        List<int[]> keys = new ArrayList<>(problems.size());
        List<Integer> order = new ArrayList<>(problems.size());
        for (int i = 0; i < problems.size(); i++) {
            keys.add(position(problems.get(i).pointer(), document));
            order.add(i);
        }
        order.sort(Comparator.comparing(keys::get, OracleDocumentOrder::compare)); // stable: ties keep their order
        List<Problem> sorted = new ArrayList<>(problems.size());
        order.forEach(i -> sorted.add(problems.get(i)));
        return sorted;
    }

    /**
     * The place of a pointer: per reference token, the position of the member among its object's members (or the
     * array index); a token the document does not have ends the place with a position after every member.
     */
    private static int[] position(String pointer, JsonNode document) {
        if (pointer == null || pointer.isEmpty()) {
            return new int[0];
        }
        String[] tokens = pointer.substring(1).split("/", -1);
        int[] place = new int[tokens.length];
        JsonNode node = document;
        int n = 0;
        for (String raw : tokens) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            int at = -1;
            JsonNode child = null;
            if (node != null && node.isObject()) {
                int i = 0;
                for (Iterator<String> names = node.fieldNames(); names.hasNext(); i++) {
                    if (names.next().equals(token)) {
                        at = i;
                        child = node.get(token);
                        break;
                    }
                }
            } else if (node != null && node.isArray() && token.matches("[0-9]{1,9}")) {
                int index = Integer.parseInt(token);
                if (index < node.size()) {
                    at = index;
                    child = node.get(index);
                }
            }
            if (at < 0) {
                place[n++] = Integer.MAX_VALUE;
                break;
            }
            place[n++] = at;
            node = child;
        }
        return n == place.length ? place : java.util.Arrays.copyOf(place, n);
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
