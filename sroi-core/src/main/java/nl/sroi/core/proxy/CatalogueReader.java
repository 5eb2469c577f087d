package nl.sroi.core.proxy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.jackson.MalformedJsonException;
import nl.sroi.core.text.Message;
import nl.sroi.core.text.Nearest;
import nl.sroi.core.validation.Ids;
import nl.sroi.core.validation.Pointer;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.ProblemCode;
import nl.sroi.core.validation.Validated;

/**
 * Reads a catalogue document ({@code sroi-proxies/1}), as strict as a model: every problem with its JSON Pointer,
 * an unknown field an error, and a catalogue with any problem gives no catalogue. The rules of an entry: an id as
 * a model's, unique; non-empty texts; a value that is not zero, and below zero only with {@code "negative": true};
 * a price year and source year of 1 to 9999; an ISO 4217 currency; a party, domain and check level from their
 * lists; a source with an {@code http(s)} address; the date taken as {@code YYYY-MM-DD}. Here, beside the
 * catalogue, so that the bundled one loads without the codecs above.
 */
final class CatalogueReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("format", "title", "entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "description", "unit", "value", "negative",
            "priceYear", "currency", "party", "domain", "source", "taken", "checked", "verification", "derivation",
            "note", "keywords");
    private static final Set<String> SOURCE_FIELDS = Set.of("publication", "location", "year", "url");
    private static final String FORMAT = ProxyCatalogue.FORMAT;

    private CatalogueReader() {
    }

    static Validated<ProxyCatalogue> read(byte[] json) {
        JsonNode tree;
        try {
            tree = Jackson.parse(json);
        } catch (MalformedJsonException e) {
            return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(e.problem()));
        }
        Run run = new Run();
        List<ProxyEntry> entries = run.document(tree);
        return run.problems.isEmpty() ? Validated.valid(ProxyCatalogue.of(entries))
                : Validated.invalid(Validated.Failure.INVALID_CATALOGUE, run.problems);
    }

    /** One reading: collects every problem while it goes. */
    private static final class Run {
        private final List<Problem> problems = new ArrayList<>();

        List<ProxyEntry> document(JsonNode tree) {
            List<ProxyEntry> entries = new ArrayList<>();
            if (!tree.isObject()) {
                problems.add(Problem.of("", ProblemCode.WRONG_TYPE, Message.of("wrongType", Message.of("object.proxyCatalogue"),
                        Message.of("type.jsonObject"), Message.of(tree.isArray() ? "actual.array" : "actual.value"))));
                return entries;
            }
            unknown(tree, "", DOCUMENT_FIELDS);
            String format = text(tree, "", "format");
            if (format != null && !format.equals(FORMAT)) {
                problems.add(Problem.of("/format", ProblemCode.UNSUPPORTED_FORMAT,
                        Message.of("format.unsupported", FORMAT, format)));
            }
            optionalText(tree, "", "title");
            JsonNode list = tree.get("entries");
            if (list == null) {
                problems.add(Problem.of("/entries", ProblemCode.REQUIRED, Message.of("required", "entries")));
            } else if (!list.isArray()) {
                problems.add(Problem.of("/entries", ProblemCode.WRONG_TYPE, Message.of("mustBe", "entries",
                        Message.of("type.array"))));
            } else {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    String p = Pointer.child("/entries", i);
                    ProxyEntry entry = entry(list.get(i), p);
                    if (entry != null && !ids.add(entry.id())) {
                        problems.add(Problem.of(p + "/id", ProblemCode.DUPLICATE_ID,
                                Message.of("duplicate.proxyEntry", entry.id())));
                    } else if (entry != null) {
                        entries.add(entry);
                    }
                }
            }
            return entries;
        }

        /** The entry at a pointer, or null when it has a problem (every problem reported). */
        private ProxyEntry entry(JsonNode node, String p) {
            if (!node.isObject()) {
                problems.add(Problem.of(p, ProblemCode.WRONG_TYPE, Message.of("mustBe", Message.of("object.proxyEntry"),
                        Message.of("type.object"))));
                return null;
            }
            int before = problems.size();
            unknown(node, p, ENTRY_FIELDS);
            String id = text(node, p, "id");
            if (id != null && !Ids.isId(id)) {
                problems.add(Problem.of(p + "/id", ProblemCode.INVALID_ID, Message.of("invalidId", id)));
            }
            String description = text(node, p, "description");
            String unit = text(node, p, "unit");
            BigDecimal value = value(node, p);
            Integer priceYear = year(node, p, "priceYear");
            String currency = text(node, p, "currency");
            if (currency != null && !isCurrency(currency)) {
                problems.add(Problem.of(p + "/currency", ProblemCode.UNKNOWN_CURRENCY,
                        Message.of("unknownCurrency", currency)));
            }
            BearingParty party = choice(node, p, "party", BearingParty::byId, BearingParty.values(),
                    BearingParty::id);
            Domain domain = choice(node, p, "domain", Domain::byId, Domain.values(), Domain::id);
            ProxySource source = source(node.get("source"), p + "/source");
            LocalDate taken = date(node, p, "taken");
            CheckLevel checked = choice(node, p, "checked", CheckLevel::byId, CheckLevel.values(), CheckLevel::id);
            String verification = text(node, p, "verification");
            String derivation = optionalText(node, p, "derivation");
            String note = optionalText(node, p, "note");
            List<String> keywords = keywords(node, p);
            if (problems.size() > before) {
                return null;
            }
            return new ProxyEntry(id, description, unit, value, priceYear, currency, party, domain, source, taken,
                    checked, verification, derivation, note, keywords);
        }

        private BigDecimal value(JsonNode node, String p) {
            JsonNode v = node.get("value");
            JsonNode negative = node.get("negative");
            if (negative != null && !negative.isBoolean()) {
                problems.add(Problem.of(p + "/negative", ProblemCode.WRONG_TYPE, Message.of("mustBe", "negative",
                        Message.of("type.boolean"))));
                return null;
            }
            if (v == null) {
                problems.add(Problem.of(p + "/value", ProblemCode.REQUIRED, Message.of("required", "value")));
                return null;
            }
            if (!v.isNumber()) {
                problems.add(Problem.of(p + "/value", ProblemCode.WRONG_TYPE, Message.of("mustBe", "value",
                        Message.of("type.number"))));
                return null;
            }
            BigDecimal value = v.decimalValue();
            boolean negativeWanted = negative != null && negative.asBoolean();
            if (value.signum() == 0) {
                problems.add(Problem.of(p + "/value", ProblemCode.INVALID_VALUE, Message.of("proxyEntry.zero")));
            } else if (value.signum() < 0 && !negativeWanted) {
                problems.add(Problem.of(p + "/value", ProblemCode.INVALID_VALUE,
                        Message.of("proxyEntry.belowZero", value)));
            } else if (value.signum() > 0 && negativeWanted) {
                problems.add(Problem.of(p + "/value", ProblemCode.INVALID_VALUE,
                        Message.of("proxyEntry.notNegative", value)));
            }
            return value;
        }

        private ProxySource source(JsonNode node, String p) {
            if (node == null) {
                problems.add(Problem.of(p, ProblemCode.REQUIRED, Message.of("required", "source")));
                return null;
            }
            if (!node.isObject()) {
                problems.add(Problem.of(p, ProblemCode.WRONG_TYPE, Message.of("mustBe", "source", Message.of("type.object"))));
                return null;
            }
            unknown(node, p, SOURCE_FIELDS);
            String publication = text(node, p, "publication");
            String location = text(node, p, "location");
            Integer year = year(node, p, "year");
            String url = text(node, p, "url");
            if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
                problems.add(Problem.of(p + "/url", ProblemCode.INVALID_VALUE, Message.of("proxyEntry.url", url)));
                return null;
            }
            return publication == null || location == null || year == null || url == null ? null
                    : new ProxySource(publication, location, year, url);
        }

        private List<String> keywords(JsonNode node, String p) {
            JsonNode list = node.get("keywords");
            List<String> keywords = new ArrayList<>();
            if (list == null) {
                return keywords;
            }
            if (!list.isArray()) {
                problems.add(Problem.of(p + "/keywords", ProblemCode.WRONG_TYPE, Message.of("mustBe", "keywords",
                        Message.of("type.array"))));
                return keywords;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode k = list.get(i);
                if (!k.isTextual() || k.asText().isBlank()) {
                    problems.add(Problem.of(Pointer.child(p + "/keywords", i), ProblemCode.WRONG_TYPE,
                            Message.of("proxyEntry.keyword")));
                } else {
                    keywords.add(k.asText());
                }
            }
            return keywords;
        }

        private <T> T choice(JsonNode node, String p, String field, Function<String, Optional<T>> byId, T[] all,
                             Function<T, String> id) {
            String text = text(node, p, field);
            if (text == null) {
                return null;
            }
            Optional<T> found = byId.apply(text);
            if (found.isEmpty()) {
                List<String> known = java.util.Arrays.stream(all).map(id).toList();
                problems.add(Problem.of(p + "/" + field, ProblemCode.INVALID_VALUE,
                        Message.of("invalidValue", field, known, text)));
            }
            return found.orElse(null);
        }

        private Integer year(JsonNode node, String p, String field) {
            JsonNode v = node.get(field);
            if (v == null) {
                problems.add(Problem.of(p + "/" + field, ProblemCode.REQUIRED, Message.of("required", field)));
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1 || v.asInt() > 9999) {
                problems.add(Problem.of(p + "/" + field, ProblemCode.INVALID_VALUE,
                        Message.of("outOfRange.year", field, v.toString())));
                return null;
            }
            return v.asInt();
        }

        private LocalDate date(JsonNode node, String p, String field) {
            String text = text(node, p, field);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(Problem.of(p + "/" + field, ProblemCode.INVALID_VALUE,
                        Message.of("proxyEntry.date", field, text)));
                return null;
            }
        }

        private String text(JsonNode node, String p, String field) {
            JsonNode v = node.get(field);
            if (v == null) {
                problems.add(Problem.of(p + "/" + field, ProblemCode.REQUIRED, Message.of("required", field)));
                return null;
            }
            return nonEmpty(v, p, field);
        }

        private String optionalText(JsonNode node, String p, String field) {
            JsonNode v = node.get(field);
            return v == null ? null : nonEmpty(v, p, field);
        }

        private String nonEmpty(JsonNode v, String p, String field) {
            if (!v.isTextual()) {
                problems.add(Problem.of(p + "/" + field, ProblemCode.WRONG_TYPE, Message.of("mustBe", field,
                        Message.of("type.string"))));
                return null;
            }
            if (v.asText().isBlank()) {
                problems.add(Problem.of(p + "/" + field, ProblemCode.EMPTY, Message.of("empty.text", field)));
                return null;
            }
            return v.asText();
        }

        private void unknown(JsonNode node, String p, Set<String> known) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                String name = it.next().getKey();
                if (!known.contains(name)) {
                    problems.add(Problem.of(Pointer.child(p, name), ProblemCode.UNKNOWN_FIELD,
                            Nearest.of(name, known).map(near -> Message.of("unknownField.nearest", name,
                                    Message.of("object.proxyEntry"), near)).orElseGet(() -> Message.of("unknownField",
                                    name, Message.of("object.proxyEntry"), known.stream().sorted().toList()))));
                }
            }
        }

        private static boolean isCurrency(String code) {
            try {
                return Currency.getInstance(code).getCurrencyCode().equals(code);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
