package nl.sroi.core.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson configuration of the project: strict reading (no NaN, no duplicate keys, no trailing tokens,
 * decimals kept exact) and writing that gives the same bytes on every machine (two-space indent, {@code \n}).
 *
 * <p>It hands out only Jackson's immutable, thread-safe objects ({@link ObjectReader}, {@link ObjectWriter},
 * {@link JsonNodeFactory}), never the shared {@code ObjectMapper}, so no caller can change how another reads.
 */
public final class Jackson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Deepest nesting of arrays and objects read: a model nests six levels, a scenarios document eight. */
    public static final int MAX_DEPTH = 64;
    /** Longest field name read: the format's names are short, a scenario's pointers a few dozen characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /** Longest number read, in characters (Jackson's default). */
    public static final int MAX_NUMBER_LENGTH = 1000;

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
    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writer();

    /** Writes a document straight to a generator, without building a tree first. */
    @FunctionalInterface
    public interface Document {
        /**
         * Writes the document.
         *
         * @param g the generator to write to
         * @throws IOException when the generator does
         */
        void write(JsonGenerator g) throws IOException;
    }

    private Jackson() {
    }

    /**
     * The strict reader: trees with exact decimals, no duplicate keys, no trailing tokens. Immutable.
     *
     * @return the reader
     */
    public static ObjectReader reader() {
        return READER;
    }

    /**
     * The writer, compact. Immutable.
     *
     * @return the writer
     */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /**
     * The factory of tree nodes, keeping decimals exact. Immutable.
     *
     * @return the node factory
     */
    public static JsonNodeFactory nodes() {
        return NODES;
    }

    /**
     * A new, empty object node.
     *
     * @return the object
     */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * A new, empty array node.
     *
     * @return the array
     */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * A streaming parser over bytes, as strict as {@link #reader()}.
     *
     * @param json the bytes
     * @return the parser, to be closed by the caller
     * @throws IOException when the parser cannot be made
     */
    public static JsonParser parser(byte[] json) throws IOException {
        return READER.createParser(json);
    }

    /**
     * Parses a whole document into a tree, strictly.
     *
     * @param json the document's bytes (UTF-8)
     * @return the tree, never empty
     * @throws MalformedJsonException with the one problem (line, column and what is wrong) when the bytes are not
     *                                one JSON value
     */
    public static JsonNode parse(byte[] json) throws MalformedJsonException {
        JsonNode tree;
        try {
            tree = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(JsonSyntax.problem(e, json));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new MalformedJsonException(JsonSyntax.exponent());
        } catch (IOException e) {
            throw new IllegalStateException("reading from a byte array cannot fail", e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new MalformedJsonException(JsonSyntax.empty());
        }
        return tree;
    }

    /**
     * Writes a streamed document as pretty JSON followed by a newline, exactly as {@link #pretty(JsonNode)}.
     *
     * @param document the document
     * @return the JSON text
     */
    public static String pretty(Document document) {
        return write(document, true);
    }

    /**
     * Writes a streamed document pretty (followed by a newline, exactly as {@link #pretty(JsonNode)}), or compact:
     * on one line, without spaces or a final newline.
     *
     * @param document the document
     * @param pretty   whether to write it pretty
     * @return the JSON text
     */
    public static String write(Document document, boolean pretty) {
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
}
