package nl.sroi.report;

/** Escaping for text and attribute values of the report's XHTML. */
final class Html {

    private Html() {
    }

    /** {@code text} safe inside an element or a double-quoted attribute. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // XML 1.0 allows no control characters other than tab, line feed and carriage return
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A template's text escaped, its placeholders {0}, {1}, … replaced by HTML fragments. */
    static String fill(String template, String... html) {
        String s = escape(template);
        for (int i = 0; i < html.length; i++) {
            s = s.replace("{" + i + "}", html[i]);
        }
        return s;
    }
}
