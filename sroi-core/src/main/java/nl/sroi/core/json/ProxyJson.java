package nl.sroi.core.json;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.proxy.IndexedValue;
import nl.sroi.core.proxy.ProxyCatalogue;
import nl.sroi.core.proxy.ProxyEntry;
import nl.sroi.core.validation.Validated;

/**
 * Reading and writing the proxy catalogue ({@code sroi-proxies/1}) and the documents of its search. Reading is
 * {@link ProxyCatalogue#read(byte[])}'s (as strict as for models), which lives beside the catalogue so that the
 * bundled catalogue loads without this codec.
 */
public final class ProxyJson {

    /** The format name of a catalogue document. */
    public static final String FORMAT = ProxyCatalogue.FORMAT;

    private ProxyJson() {
    }

    /**
     * Reads a catalogue document.
     *
     * @param json the bytes of a {@code sroi-proxies/1} document
     * @return the catalogue, or every problem ({@code MALFORMED_JSON} with line and column, or
     *         {@code INVALID_CATALOGUE} with every problem's pointer)
     */
    public static Validated<ProxyCatalogue> read(byte[] json) {
        return ProxyCatalogue.read(json);
    }

    /**
     * The whole catalogue as a {@code sroi-proxies/1} document, as {@link #read(byte[])} reads it.
     *
     * @param catalogue the catalogue
     * @param title     the document's title
     * @return the document, pretty-printed, ending in a newline
     */
    public static String catalogue(ProxyCatalogue catalogue, String title) {
        ObjectNode o = Json.object().put("format", FORMAT).put("title", title);
        ArrayNode entries = o.putArray("entries");
        catalogue.entries().forEach(e -> entries.add(entry(e)));
        return Json.pretty(o);
    }

    /**
     * The answer of a search: how many entries matched, and the entries.
     *
     * @param entries the entries found
     * @return {@code { "count": n, "proxies": [ ... ] }}, pretty-printed
     */
    public static String search(List<ProxyEntry> entries) {
        ObjectNode o = Json.object().put("count", entries.size());
        ArrayNode list = o.putArray("proxies");
        entries.forEach(e -> list.add(entry(e)));
        return Json.pretty(o);
    }

    /**
     * One entry, and its value in another year's prices when one was asked for.
     *
     * @param entry   the entry
     * @param indexed the entry's value in another price year, or {@code null}
     * @return the entry as in the catalogue, with an {@code indexed} object when {@code indexed} is given
     */
    public static String entry(ProxyEntry entry, IndexedValue indexed) {
        ObjectNode o = entry(entry);
        if (indexed != null) {
            o.putObject("indexed").put("priceYear", indexed.priceYear()).put("index", indexed.index())
                    .put("factor", indexed.factor()).put("value", indexed.valueInCents());
        }
        return Json.pretty(o);
    }

    private static ObjectNode entry(ProxyEntry e) {
        ObjectNode o = Json.object().put("id", e.id()).put("description", e.description()).put("unit", e.unit())
                .put("value", e.value());
        if (e.negative()) {
            o.put("negative", true);
        }
        o.put("priceYear", e.priceYear()).put("currency", e.currency()).put("party", e.party().id())
                .put("domain", e.domain().id());
        o.putObject("source").put("publication", e.source().publication()).put("location", e.source().location())
                .put("year", e.source().year()).put("url", e.source().url());
        o.put("taken", e.taken().toString()).put("checked", e.checked().id()).put("verification", e.verification());
        if (e.derivation() != null) {
            o.put("derivation", e.derivation());
        }
        if (e.note() != null) {
            o.put("note", e.note());
        }
        if (!e.keywords().isEmpty()) {
            ArrayNode keywords = o.putArray("keywords");
            e.keywords().forEach(keywords::add);
        }
        return o;
    }
}
