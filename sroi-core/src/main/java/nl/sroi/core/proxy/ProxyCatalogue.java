package nl.sroi.core.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import nl.sroi.core.validation.Validated;

/**
 * A catalogue of financial proxies, in the order they were given. Immutable and safe to share between threads.
 *
 * <p>{@link #bundled()} is the catalogue that ships with the library (its sources and how entries are added are
 * described in {@code docs/proxies.md}); an embedding system may build its own with {@link #of(List)} or read one
 * with {@link #read(byte[])}.
 */
public final class ProxyCatalogue {

    /** The format name of a catalogue document. */
    public static final String FORMAT = "sroi-proxies/1";

    /** The resource that holds the bundled catalogue, next to this class. */
    public static final String RESOURCE = "catalogue.json";

    private final List<ProxyEntry> entries;
    private final Map<String, ProxyEntry> byId;
    private final List<String> searchable;
    private final List<String> ids;
    private final List<String> descriptions;

    private ProxyCatalogue(List<ProxyEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, ProxyEntry> ids = new LinkedHashMap<>();
        for (ProxyEntry e : this.entries) {
            if (ids.put(e.id(), e) != null) {
                throw new IllegalArgumentException("the catalogue repeats the id \"" + e.id() + "\"");
            }
        }
        this.byId = ids;
        this.searchable = this.entries.stream().map(ProxyCatalogue::searchable).toList();
        this.ids = this.entries.stream().map(e -> SearchText.fold(e.id())).toList();
        this.descriptions = this.entries.stream().map(e -> SearchText.fold(e.description())).toList();
    }

    /**
     * A catalogue of the given entries.
     *
     * @param entries the entries, each id once
     * @return the catalogue
     * @throws IllegalArgumentException when two entries have the same id
     */
    public static ProxyCatalogue of(List<ProxyEntry> entries) {
        return new ProxyCatalogue(entries);
    }

    /**
     * Reads a catalogue document ({@code sroi-proxies/1}), as strictly as a model: every problem with its JSON
     * Pointer, an unknown field an error.
     *
     * @param json the bytes of a {@code sroi-proxies/1} document
     * @return the catalogue, or every problem ({@code MALFORMED_JSON} with line and column, or
     *         {@code INVALID_CATALOGUE} with every problem's pointer)
     */
    public static Validated<ProxyCatalogue> read(byte[] json) {
        return CatalogueReader.read(json);
    }

    /**
     * The catalogue bundled with the library, read once.
     *
     * @return the bundled catalogue
     */
    public static ProxyCatalogue bundled() {
        return Bundled.CATALOGUE;
    }

    /**
     * Every entry, in catalogue order.
     *
     * @return the entries (unmodifiable)
     */
    public List<ProxyEntry> entries() {
        return entries;
    }

    /**
     * The number of entries.
     *
     * @return the size of the catalogue
     */
    public int size() {
        return entries.size();
    }

    /**
     * The entry with an id.
     *
     * @param id the id, such as {@code huisarts-consult}
     * @return the entry, or empty when the catalogue has none with that id
     */
    public Optional<ProxyEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The entries that match a query, the best first: a word in the id counts twice, a word in the description
     * once; between equals (and for a query without words) the catalogue order holds.
     *
     * @param query the words, domain and party to look for
     * @return the matching entries, possibly none
     */
    public List<ProxyEntry> search(ProxyQuery query) {
        List<String> words = SearchText.words(query.wordsGiven().orElse(""));
        return IntStream.range(0, entries.size())
                .filter(i -> query.domain() == null || entries.get(i).domain() == query.domain())
                .filter(i -> query.party() == null || entries.get(i).party() == query.party())
                .filter(i -> words.stream().allMatch(searchable.get(i)::contains))
                .boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -score(i, words)))
                .map(entries::get)
                .toList();
    }

    /** Everything a word may match in, folded once: id, description, unit, keywords and the publication. */
    private static String searchable(ProxyEntry e) {
        StringBuilder text = new StringBuilder(e.id()).append(' ').append(e.description()).append(' ')
                .append(e.unit()).append(' ')
                .append(e.source().publication());
        e.keywords().forEach(k -> text.append(' ').append(k));
        return SearchText.fold(text.toString());
    }

    private long score(int i, List<String> words) {
        return words.stream().mapToLong(w -> (ids.get(i).contains(w) ? 2 : 0)
                + (descriptions.get(i).contains(w) ? 1 : 0)).sum();
    }

    /** Holder so the bundled catalogue is read on first use, not when the class loads. */
    private static final class Bundled {
        static final ProxyCatalogue CATALOGUE = read();

        private static ProxyCatalogue read() {
            try (InputStream in = ProxyCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled proxy catalogue " + RESOURCE
                            + " is missing from the jar");
                }
                Validated<ProxyCatalogue> reading = ProxyCatalogue.read(in.readAllBytes());
                if (!reading.isValid()) {
                    throw new IllegalStateException("the bundled proxy catalogue is not valid: " + reading.errors());
                }
                return reading.value();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
