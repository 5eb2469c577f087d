package nl.sroi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sroi.core.jackson.Jackson;

/**
 * The documents a user reads first stay in line with the program: the README's route table names exactly the
 * routes (method and path) of the OpenAPI document, and the README's and model-format's command tables name
 * exactly the commands of the command line's usage.
 */
class ReadmeTablesTest {

    /** The repository: tests run in the module's folder. */
    private static final Path ROOT = Path.of("..");

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    /** The rows of every markdown table whose header row starts with {@code header}. */
    private static List<String> table(String doc, String header) {
        List<String> rows = new ArrayList<>();
        for (int start = doc.indexOf("\n" + header); start >= 0; start = doc.indexOf("\n" + header, start + 1)) {
            rows.addAll(doc.substring(start + 1).lines().takeWhile(l -> l.startsWith("|")).skip(2).toList());
        }
        assertTrue(rows.size() > 5, header + ": " + rows);
        return rows;
    }

    @Test
    void readmeRoutes_areTheOpenApiRoutes() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/[^`?]*)").matcher(String.join("\n",
                table(read("README.md"), "| route | answer |")));
        while (m.find()) {
            documented.add(m.group(1) + " " + (m.group(2).startsWith("/api/v1/") ? "" : "/api/v1") + m.group(2));
        }
        Set<String> described = new TreeSet<>();
        JsonNode paths = Jackson.reader().readTree(OpenApi.class.getResourceAsStream("/openapi.json")).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                if (path.getValue().has(method)) {
                    described.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertEquals(described, documented, "README's route table against openapi.json");
    }

    @Test
    void commandTables_areTheCommandLinesCommands() throws IOException {
        Set<String> usage = commandsOfUsage();
        assertTrue(usage.containsAll(List.of("calculate", "export", "report", "proxies")), usage.toString());
        assertEquals(usage, commandsOf(table(read("README.md"), "| command | what it does |")), "README");
        Set<String> format = commandsOf(table(read("docs/model-format.md"), "| command | prints |"));
        format.add("serve");
        assertEquals(usage, format, "docs/model-format.md (which leaves out serve)");
    }

    /** The first word of each row's first cell ({@code serve} for the README's row of no command). */
    private static Set<String> commandsOf(List<String> rows) {
        Set<String> commands = new TreeSet<>();
        for (String row : rows) {
            Matcher m = Pattern.compile("`([a-z][a-z-]*)").matcher(row.substring(0, row.indexOf('|', 1)));
            if (m.find()) {
                commands.add(m.group(1));
            }
        }
        return commands;
    }

    /** The commands the command line's usage names: "java -jar sroi.jar COMMAND", and serve. */
    private static Set<String> commandsOfUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(new String[] {"no-such-command"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String usage = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        Set<String> commands = new TreeSet<>();
        Matcher m = Pattern.compile("java -jar sroi\\.jar \\[?([a-z][a-z-]*)").matcher(usage);
        while (m.find()) {
            commands.add(m.group(1));
        }
        return commands;
    }
}
