package nl.sroi.core.validation;

/** Builds RFC 6901 JSON Pointers; the root is the empty string. */
public final class Pointer {
    private Pointer() {
    }

    /**
     * The pointer of a field.
     *
     * @param parent the parent's pointer
     * @param name   the field's name (escaped here)
     * @return the pointer
     */
    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The pointer of an element of a list.
     *
     * @param parent the list's pointer
     * @param index  the element's index, from 0
     * @return the pointer
     */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
