package nl.sroi.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of lists that keep {@code null} (a missing list or element is reported by validation). */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
