package nl.sroi.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.jackson.Jackson;

/**
 * Moving and checking a store: {@code export} writes every analysis and version as files with a manifest of hashes
 * ({@code manifest.json}); {@code importDump} reads such a folder into an empty store, checking every document's
 * and result's hash first; {@code verify} checks every stored hash and recalculates every valid version. The
 * documents are written byte for byte as stored, so a dump of H2 read into PostgreSQL gives the same hashes.
 */
public final class Dump {

    /** The format of a manifest. */
    public static final String FORMAT = "sroi-store-dump/1";

    /**
     * What {@link #verify} found.
     *
     * @param analyses    analyses checked
     * @param versions    versions checked
     * @param valid       valid versions recalculated
     * @param reproduced  of those, how many gave the stored result's hash with this engine
     * @param problems    every version whose document or result does not match its stored hash, one line each
     * @param differences every valid version whose recalculation differs, one line each
     */
    public record Verification(int analyses, int versions, int valid, int reproduced, List<String> problems,
                               List<String> differences) {
    }

    private Dump() {
    }

    /**
     * Writes the store to a folder: {@code manifest.json}, {@code analyses/ID/N.json} (the document) and
     * {@code analyses/ID/N.result.json} (the result of a valid version).
     *
     * @param store  the store
     * @param folder an empty or new folder
     * @return the number of versions written
     * @throws IOException when the folder cannot be written
     */
    public static int export(Store store, Path folder) throws IOException {
        Files.createDirectories(folder);
        ObjectNode manifest = Jackson.object().put("format", FORMAT).put("engine", Evaluation.ENGINE)
                .put("exportedAt", Instant.now().toString());
        ArrayNode analyses = manifest.putArray("analyses");
        int count = 0;
        for (AnalysisSummary a : store.list(new Listing.Filter(null, null, null, null))) {
            ObjectNode an = analyses.addObject().put("id", a.id()).put("state", a.state());
            ArrayNode versions = an.putArray("versions");
            Path dir = folder.resolve("analyses").resolve(a.id());
            Files.createDirectories(dir);
            for (VersionRecord r : store.versions(a.id())) {
                StoredVersion v = store.version(a.id(), r.version());
                Files.writeString(dir.resolve(r.version() + ".json"), v.document(), StandardCharsets.UTF_8);
                if (v.result() != null) {
                    Files.writeString(dir.resolve(r.version() + ".result.json"), v.result(), StandardCharsets.UTF_8);
                }
                versions.add(record(r));
                count++;
            }
            ArrayNode adoptions = an.putArray("adoptions");
            for (ObjectNode o : adoptions(store, a.id())) {
                adoptions.add(o);
            }
        }
        ArrayNode users = manifest.putArray("users");
        Jdbc.read(store.dataSource(), c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT name, role, token_hash, created_at, revoked_at FROM users ORDER BY name");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    OffsetDateTime revoked = r.getObject(5, OffsetDateTime.class);
                    ObjectNode u = users.addObject().put("name", r.getString(1)).put("role", r.getString(2))
                            .put("tokenHash", r.getString(3))
                            .put("createdAt", r.getObject(4, OffsetDateTime.class).toInstant().toString());
                    u.put("revokedAt", revoked == null ? null : revoked.toInstant().toString());
                }
            }
            return null;
        });
        Files.writeString(folder.resolve("manifest.json"), Jackson.pretty(manifest), StandardCharsets.UTF_8);
        return count;
    }

    private static ObjectNode record(VersionRecord r) {
        ObjectNode o = Jackson.object().put("version", r.version()).put("hash", r.hash())
                .put("author", r.author()).put("message", r.message()).put("createdAt", r.createdAt().toString())
                .put("engine", r.engine()).put("format", r.format()).put("title", r.title())
                .put("themeLine", r.themeLine()).put("valid", r.valid()).put("resultHash", r.resultHash())
                .put("presentValue", r.presentValue()).put("inputsValue", r.inputsValue()).put("ratio", r.ratio());
        ArrayNode m = o.putArray("municipalities");
        r.municipalities().forEach(m::add);
        o.set("problems", Canonical.parse(r.problems().getBytes(StandardCharsets.UTF_8)));
        return o;
    }

    private static List<ObjectNode> adoptions(Store store, String id) {
        return Jdbc.read(store.dataSource(), c -> {
            List<ObjectNode> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version, author, message, adopted_at FROM adoptions "
                    + "WHERE analysis_id = ? ORDER BY adopted_at, version")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        all.add(Jackson.object().put("version", r.getInt(1)).put("author",
                                r.getString(2)).put("message", r.getString(3)).put("adoptedAt",
                                r.getObject(4, OffsetDateTime.class).toInstant().toString()));
                    }
                }
            }
            return all;
        });
    }

    /**
     * Reads a dump into an empty store, in one transaction: every document's and result's hash is checked against
     * the manifest first, and nothing is written when one does not match.
     *
     * @param store  an empty store
     * @param folder the dump
     * @param actor  who imports (for the audit log)
     * @return the number of versions read
     * @throws StoreException {@code BAD_DUMP} when the store is not empty or the dump does not check out
     */
    public static int importDump(Store store, Path folder, String actor) {
        if (!store.isEmpty()) {
            throw new StoreException(StoreException.Kind.BAD_DUMP, null, "notEmpty");
        }
        JsonNode manifest = read(folder.resolve("manifest.json"));
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new StoreException(StoreException.Kind.BAD_DUMP, "/format", "dumpFormat", FORMAT);
        }
        int[] count = {0};
        OffsetDateTime at = Store.now();
        Jdbc.transaction(store.dataSource(), c -> {
            for (JsonNode a : manifest.path("analyses")) {
                String id = a.path("id").asText();
                if (!nl.sroi.core.rules.ModelValidator.isId(id)) {
                    throw new StoreException(StoreException.Kind.BAD_DUMP, null, "dumpId", id);
                }
                Path dir = folder.resolve("analyses").resolve(id);
                List<VersionRecord> records = new ArrayList<>();
                List<String[]> texts = new ArrayList<>();
                for (JsonNode v : a.path("versions")) {
                    VersionRecord r = record(id, v);
                    if (r.version() != records.size() + 1) {
                        throw new StoreException(StoreException.Kind.BAD_DUMP, null, "dumpGap", id, r.version());
                    }
                    String document = text(dir.resolve(r.version() + ".json"));
                    String result = r.valid() ? text(dir.resolve(r.version() + ".result.json")) : null;
                    check(id, r.version(), r.hash(), document);
                    if (result != null) {
                        check(id, r.version(), r.resultHash(), result);
                    }
                    records.add(r);
                    texts.add(new String[] {document, result});
                }
                if (records.isEmpty()) {
                    throw new StoreException(StoreException.Kind.BAD_DUMP, null, "dumpGap", id, 1);
                }
                VersionRecord last = records.get(records.size() - 1);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO analyses (id, state, latest, created_at, "
                        + "format, title, theme_line, municipalities) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, id);
                    s.setString(2, a.path("state").asText("active").equals("archived") ? "archived" : "active");
                    s.setInt(3, last.version());
                    s.setObject(4, records.get(0).createdAt().atOffset(ZoneOffset.UTC));
                    s.setString(5, last.format());
                    s.setString(6, last.title());
                    s.setString(7, last.themeLine());
                    s.setString(8, Store.joined(last.municipalities()));
                    s.executeUpdate();
                }
                for (int i = 0; i < records.size(); i++) {
                    Store.insertVersion(c, records.get(i), texts.get(i)[0], texts.get(i)[1]);
                    count[0]++;
                }
                for (JsonNode ad : a.path("adoptions")) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO adoptions (analysis_id, version, "
                            + "author, message, adopted_at) VALUES (?, ?, ?, ?, ?)")) {
                        s.setString(1, id);
                        s.setInt(2, ad.path("version").asInt());
                        s.setString(3, ad.path("author").asText());
                        s.setString(4, ad.path("message").asText());
                        s.setObject(5, Instant.parse(ad.path("adoptedAt").asText()).atOffset(ZoneOffset.UTC));
                        s.executeUpdate();
                    }
                }
            }
            for (JsonNode u : manifest.path("users")) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO users (name, role, token_hash, created_at, "
                        + "revoked_at) VALUES (?, ?, ?, ?, ?)")) {
                    s.setString(1, u.path("name").asText());
                    s.setString(2, u.path("role").asText());
                    s.setString(3, u.path("tokenHash").asText());
                    s.setObject(4, Instant.parse(u.path("createdAt").asText()).atOffset(ZoneOffset.UTC));
                    s.setObject(5, u.path("revokedAt").isTextual()
                            ? Instant.parse(u.path("revokedAt").asText()).atOffset(ZoneOffset.UTC) : null);
                    s.executeUpdate();
                }
            }
            Accounts.audit(c, at, actor, "import", null, null, count[0] + " versions from a dump");
            return null;
        });
        return count[0];
    }

    private static void check(String id, int version, String expected, String text) {
        String actual;
        try {
            actual = Canonical.hash(text.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            actual = "not JSON";
        }
        if (!actual.equals(expected)) {
            throw new StoreException(StoreException.Kind.BAD_DUMP, null, "dumpHash", id, version, expected, actual);
        }
    }

    private static VersionRecord record(String id, JsonNode v) {
        List<String> municipalities = new ArrayList<>();
        v.path("municipalities").forEach(m -> municipalities.add(m.asText()));
        return new VersionRecord(id, v.path("version").asInt(), v.path("hash").asText(), v.path("author").asText(),
                v.path("message").asText(), Instant.parse(v.path("createdAt").asText()), v.path("engine").asText(),
                v.path("format").asText(), v.path("title").asText(), text(v.path("themeLine")),
                List.copyOf(municipalities), v.path("valid").asBoolean(), Jackson.pretty(v.path("problems")),
                text(v.path("resultHash")), decimal(v.path("presentValue")), decimal(v.path("inputsValue")),
                v.path("ratio").isNumber() ? v.path("ratio").doubleValue() : null, false);
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.textValue() : null;
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }

    private static JsonNode read(Path file) {
        return Canonical.parse(text(file).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.BAD_DUMP, null, "dumpFile", file.toString());
        } catch (UncheckedIOException e) {
            throw new StoreException(StoreException.Kind.BAD_DUMP, null, "dumpFile", file.toString());
        }
    }

    /**
     * Checks every stored document's and result's hash, and recalculates every valid version with this engine.
     *
     * @param store the store
     * @return what was found
     */
    public static Verification verify(Store store) {
        int analyses = 0;
        int versions = 0;
        int valid = 0;
        int reproduced = 0;
        List<String> problems = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (AnalysisSummary a : store.list(new Listing.Filter(null, null, null, null))) {
            analyses++;
            for (VersionRecord r : store.versions(a.id())) {
                versions++;
                StoredVersion v = store.version(a.id(), r.version());
                String where = a.id() + " " + r.version();
                if (!hashOf(v.document()).equals(r.hash())) {
                    problems.add(where + ": document " + hashOf(v.document()) + " ≠ " + r.hash());
                }
                if (r.valid() && !hashOf(v.result()).equals(r.resultHash())) {
                    problems.add(where + ": result " + hashOf(v.result()) + " ≠ " + r.resultHash());
                }
                if (r.valid()) {
                    valid++;
                    Evaluation now = Evaluation.of(v.document().getBytes(StandardCharsets.UTF_8));
                    if (r.resultHash().equals(now.resultHash())) {
                        reproduced++;
                    } else {
                        differences.add(where + ": " + r.engine() + " " + r.resultHash() + ", " + Evaluation.ENGINE
                                + " " + now.resultHash());
                    }
                }
            }
        }
        return new Verification(analyses, versions, valid, reproduced, problems, differences);
    }

    private static String hashOf(String text) {
        try {
            return Canonical.hash(text.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | NullPointerException e) {
            return "(not JSON)";
        }
    }
}
