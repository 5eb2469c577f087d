package nl.sroi.store;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.text.Language;

/** The store's documents (store.md §4.1): version records, the history, the listing, a reproduction, the audit log. */
public final class StoreJson {

    private StoreJson() {
    }

    /** A version record, its problems in the language asked for. */
    public static ObjectNode record(VersionRecord r, Language language) {
        ObjectNode o = Jackson.object().put("analysis", r.analysis()).put("version", r.version())
                .put("hash", r.hash()).put("author", r.author()).put("message", r.message())
                .put("createdAt", r.createdAt().toString()).put("engine", r.engine()).put("format", r.format())
                .put("title", r.title()).put("valid", r.valid());
        JsonNode problems = Canonical.parse(r.problems().getBytes(StandardCharsets.UTF_8)).path(language.code());
        o.set("errors", problems.path("errors"));
        if (problems.has("errorsNotListed")) {
            o.set("errorsNotListed", problems.path("errorsNotListed"));
        }
        o.set("warnings", problems.path("warnings"));
        if (r.valid()) {
            ObjectNode result = o.putObject("result").put("hash", r.resultHash()).put("presentValue", r.presentValue())
                    .put("inputsValue", r.inputsValue());
            if (r.ratio() == null) {
                result.putNull("ratio");
            } else {
                result.put("ratio", r.ratio());
            }
        }
        o.put("adopted", r.adopted());
        return o;
    }

    /** A version record with its document as stored (a JSON value in the answer). */
    public static String version(StoredVersion v, Language language) {
        ObjectNode o = record(v.record(), language);
        o.set("document", Canonical.parse(v.document().getBytes(StandardCharsets.UTF_8)));
        return Jackson.pretty(o);
    }

    /** The history: {@code {analysis, versions: [...]}}, oldest first. */
    public static String versions(String id, List<VersionRecord> versions, Language language) {
        ObjectNode o = Jackson.object().put("analysis", id);
        ArrayNode all = o.putArray("versions");
        versions.forEach(v -> all.add(record(v, language)));
        return Jackson.pretty(o);
    }

    /** One version record as a document. */
    public static String single(VersionRecord r, Language language) {
        return Jackson.pretty(record(r, language));
    }

    /** The listing: {@code {analyses: [{id, title, themeLine, municipalities, state, latest, adopted}]}}. */
    public static String listing(List<AnalysisSummary> analyses, Language language) {
        ObjectNode o = Jackson.object();
        ArrayNode all = o.putArray("analyses");
        for (AnalysisSummary a : analyses) {
            all.add(summary(a, language));
        }
        return Jackson.pretty(o);
    }

    /** One analysis as the listing gives it. */
    public static ObjectNode summary(AnalysisSummary a, Language language) {
        ObjectNode s = Jackson.object().put("id", a.id()).put("title", a.title())
                .put("themeLine", a.themeLine());
        ArrayNode m = s.putArray("municipalities");
        a.municipalities().forEach(m::add);
        s.put("state", a.state());
        s.set("latest", record(a.latest(), language));
        if (a.adopted() == null) {
            s.putNull("adopted");
        } else {
            s.set("adopted", record(a.adopted(), language));
        }
        return s;
    }

    /** The reproduction of a valid version with the running engine. */
    public static String reproduction(StoredVersion v, Evaluation now) {
        ObjectNode o = Jackson.object()
                .put("reproduced", v.record().resultHash().equals(now.resultHash()))
                .put("hash", now.resultHash()).put("storedHash", v.record().resultHash())
                .put("engine", Evaluation.ENGINE).put("storedEngine", v.record().engine());
        o.set("result", Canonical.parse(now.result().getBytes(StandardCharsets.UTF_8)));
        return Jackson.pretty(o);
    }

    /** The audit log: {@code {entries: [...]}}, oldest first. */
    public static String audit(List<AuditEntry> entries) {
        ObjectNode o = Jackson.object();
        ArrayNode all = o.putArray("entries");
        for (AuditEntry e : entries) {
            ObjectNode x = all.addObject().put("seq", e.seq()).put("at", e.at().toString()).put("user", e.actor())
                    .put("action", e.action()).put("analysis", e.analysis());
            if (e.version() == null) {
                x.putNull("version");
            } else {
                x.put("version", e.version());
            }
            x.put("detail", e.detail());
        }
        return Jackson.pretty(o);
    }
}
