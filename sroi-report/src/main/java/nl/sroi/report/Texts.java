package nl.sroi.report;

import nl.sroi.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The report's own words in one language, from {@code texts_nl.properties} and {@code texts_en.properties} (UTF-8).
 * A text may hold placeholders {@code {0}}, {@code {1}}, … filled in order; the values are inserted as given, so
 * the caller escapes what goes into HTML. Both files hold the same keys (tested).
 */
public final class Texts {

    private static final Map<Language, Texts> ALL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            ALL.put(l, new Texts(load(l)));
        }
    }

    private final Properties texts;

    private Texts(Properties texts) {
        this.texts = texts;
    }

    public static Texts of(Language language) {
        return ALL.get(language);
    }

    /** The text of {@code key} with its placeholders filled. */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no text \"" + key + "\"");
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Whether there is a text for {@code key} (for texts per code, with a fallback). */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    Set<String> keys() {
        return texts.stringPropertyNames();
    }

    private static Properties load(Language language) {
        String name = "texts_" + language.code() + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
