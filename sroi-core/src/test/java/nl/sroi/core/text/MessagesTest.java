package nl.sroi.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.sroi.core.model.Estimate;
import nl.sroi.core.validation.ProblemCode;

/**
 * Every sentence exists in English and Dutch: every problem and warning code has a meaning in both, every template
 * the code uses exists in both with the same placeholders, and no Dutch template is left in English.
 */
class MessagesTest {

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCode_hasAMeaning_inEnglishAndDutch(ProblemCode code) {
        Message meaning = Message.of("code." + code.name());
        String en = meaning.in(Language.EN);
        String nl = meaning.in(Language.NL);
        assertFalse(en.isBlank());
        assertFalse(nl.isBlank());
        assertNotEquals(en, nl, code + " is not translated");
    }

    @ParameterizedTest
    @EnumSource(Estimate.class)
    void everyEstimate_hasALabel(Estimate estimate) {
        assertFalse(estimate.label().in(Language.NL).isBlank());
        assertFalse(estimate.label().in(Language.EN).isBlank());
    }

    /** Keys written in the sources ({@code Message.of("key"}), which must all be templates of core. */
    @Test
    void everyKeyTheCodeUses_isATemplate() throws IOException {
        Pattern literal = Pattern.compile("Message\\.of\\(\\s*\"([A-Za-z0-9.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // "estimate." + key: checked by its own test
                        used.add(m.group(1));
                    }
                }
            }
        }
        // keys made from a name: "duplicate." + what, "estimate." + key, "code." + name
        for (String what : List.of("stakeholder", "input", "outcome", "scenario")) {
            used.add("duplicate." + what);
        }
        assertTrue(used.size() > 100, "the scan found the keys: " + used.size());
        List<String> missing = new ArrayList<>(used);
        missing.removeAll(Messages.CORE.keys());
        assertEquals(List.of(), missing, "keys used in the code without a template");
    }

    @Test
    void dutchTemplates_areDutch() {
        // the same text in both languages is allowed only where it holds no words of its own
        Set<String> same = new TreeSet<>();
        for (String key : Messages.CORE.keys()) {
            String en = Messages.CORE.template(key, Language.EN);
            if (en.equals(Messages.CORE.template(key, Language.NL)) && en.replaceAll("\\{\\d}", "")
                    .replaceAll("[^A-Za-z]+", " ").trim().split(" ").length > 1) {
                same.add(key);
            }
        }
        assertEquals(Set.of(), same);
    }

    @Test
    void aMessage_isCheckedWhenItIsMade() {
        assertThrows(IllegalArgumentException.class, () -> Message.of("no.such.key"));
        // an English sentence passed where the values belong is refused, not printed
        assertThrows(IllegalArgumentException.class, () -> Message.of("required", "a", "sentence"));
    }

    @Test
    void valuesAreWrittenAsJsonWritesThem_inBothLanguages() {
        Message m = Message.of("outOfRange.percentage", "deadweight", Estimate.DEADWEIGHT.interval(),
                new java.math.BigDecimal("20"), new java.math.BigDecimal("0.2"));
        assertEquals("deadweight must be between 0 and 1, was 20: shares are decimals, so 20 % is 0.2",
                m.in(Language.EN));
        assertEquals("deadweight moet tussen 0 en 1 zijn, was 20: aandelen zijn decimale getallen, dus 20 % is 0.2",
                m.in(Language.NL));
    }

    /** Filling without a regular expression gives what {@code Matcher.appendReplacement} gave, for every template. */
    @Test
    void everyTemplate_isFilledAsTheRegularExpressionFillsIt() {
        Pattern placeholder = Pattern.compile("\\{(\\d+)}");
        // values that a replacement string would misread ($1, \\) or that look like placeholders themselves
        List<Object> values = List.of("$1 {0}", "a\\b", "{2}", "x", "y", "z", "w", "v", "u", "t", "s");
        int filled = 0;
        for (String key : Messages.CORE.keys()) {
            for (Language language : Language.values()) {
                String template = Messages.CORE.template(key, language);
                Matcher m = placeholder.matcher(template);
                StringBuilder expected = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(expected, Matcher.quoteReplacement(
                            values.get(Integer.parseInt(m.group(1))).toString()));
                    filled++;
                }
                m.appendTail(expected);
                assertEquals(expected.toString(), Messages.CORE.format(key, language, values), key);
            }
        }
        assertTrue(filled > 100, "placeholders filled: " + filled);
        assertEquals("{x} and {} and {1a} stay, 1 of {0}", Messages.fill(
                "{x} and {} and {1a} stay, {0} of {1}", List.of("1", "{0}"), String::valueOf));
    }

    @Test
    void nearest_findsTheMisspeltWord() {
        assertEquals("dropOff", Nearest.of("dropoff", List.of("deadweight", "dropOff", "dropOffMode")).orElseThrow());
        assertEquals("attribution", Nearest.of("attributon", List.of("attribution", "duration")).orElseThrow());
        assertEquals("iterations", Nearest.of("iteration", List.of("iterations", "seed", "scenario")).orElseThrow());
        assertTrue(Nearest.of("colour", List.of("deadweight", "quantity")).isEmpty());
        assertTrue(Nearest.of("dropOff", List.of("dropOff")).isEmpty(), "a known word needs no suggestion");
    }
}
