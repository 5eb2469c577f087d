package nl.sroi.core.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson configuration of the project: strict reading (no NaN, no duplicate keys, no trailing tokens,
 * decimals kept exact) and writing that gives the same bytes on every machine (two-space indent, {@code \n}).
 */
public final class Json {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Deepest nesting of arrays and objects read: a model nests six levels, a scenarios document eight. */
    static final int MAX_DEPTH = 64;
    /** Longest field name read: the format's names are short, a scenario's pointers a few dozen characters. */
    static final int MAX_NAME_LENGTH = 256;
    /** Longest number read, in characters (Jackson's default). */
    static final int MAX_NUMBER_LENGTH = 1000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxNameLength(MAX_NAME_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
                    .build())
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // checked while building the tree: cheaper than the parser's own detection (a set per object)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(NODES)
            .build();

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    private static final ObjectWriter PRETTY = MAPPER.writer(PRINTER);

    /** Writes a document straight to a generator, without building a tree first. */
    @FunctionalInterface
    interface Document {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {
    }

    /**
     * The configured mapper, for embedding systems that want the same strictness (do not reconfigure it).
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Writes a streamed document as pretty JSON followed by a newline, exactly as {@link #pretty(JsonNode)}. */
    static String pretty(Document document) {
        return write(document, true);
    }

    /**
     * Writes a streamed document pretty (followed by a newline, exactly as {@link #pretty(JsonNode)}), or compact:
     * on one line, without spaces or a final newline.
     */
    static String write(Document document, boolean pretty) {
        // Jackson's own buffers, recycled per thread as ObjectMapper.writeValueAsString does, not a new 8 KB one
        BufferRecycler buffers = MAPPER.getFactory()._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
                if (pretty) {
                    g.setPrettyPrinter(PRINTER.createInstance());
                }
                document.write(g);
            }
            if (pretty) {
                out.write('\n');
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        } finally {
            buffers.releaseToPool();
        }
    }

    /**
     * Writes a tree as pretty JSON followed by a newline.
     *
     * @param node the tree
     * @return the JSON text
     */
    public static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * A JSON text without the whitespace between its tokens: what {@link #pretty} wrote, compact, with every value
     * (numbers and texts) exactly as written. The text must be valid JSON (as this class writes it).
     *
     * @param json the JSON text
     * @return the same document on one line
     */
    public static String compact(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        boolean inText = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inText) {
                sb.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inText = false;
                }
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                inText = c == '"';
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
