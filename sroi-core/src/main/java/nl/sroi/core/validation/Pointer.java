package nl.sroi.core.validation;

/** Builds RFC 6901 JSON Pointers; the root is the empty string. */
public final class Pointer {
    private Pointer() {
    }

    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
