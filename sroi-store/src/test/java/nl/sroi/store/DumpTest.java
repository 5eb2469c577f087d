package nl.sroi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A dump of the embedded store read into each kind of database gives the same versions and hashes. */
class DumpTest {

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDumpOfH2ReadIntoAnotherStoreGivesTheSameHashes(String kind, @TempDir Path dump) throws Exception {
        try (TestDatabase h2 = TestDatabase.of("h2"); TestDatabase target = TestDatabase.of(kind)) {
            Store from = h2.store();
            from.create(Documents.bundled("jongeren-en-schulden.json"), "ana", "uit de map models");
            from.create(Documents.invalid("kladje", "Kladje"), "ana", "nog niet af");
            from.revise("kladje", 1, Documents.model("kladje", "Kladje"), "ana", "af");
            from.adopt("kladje", 2, "admin", "vastgesteld");
            from.revise("jongeren-en-schulden", 1, Documents.bundled("scenarios/jongeren-en-schulden-lokaal.json"), "ana",
                    "met scenario's");
            from.accounts().add("ana", Role.ANALYST, "cli");
            assertEquals(4, Dump.export(from, dump));

            Store to = target.store();
            assertEquals(4, Dump.importDump(to, dump, "cli"));
            for (String id : List.of("jongeren-en-schulden", "kladje")) {
                assertEquals(from.versions(id), to.versions(id), id);
                for (VersionRecord r : from.versions(id)) {
                    assertEquals(from.version(id, r.version()).document(), to.version(id, r.version()).document());
                }
            }
            assertEquals(from.list(new Listing.Filter(null, null, null, null)),
                    to.list(new Listing.Filter(null, null, null, null)));
            Dump.Verification v = Dump.verify(to);
            assertEquals(List.of(), v.problems());
            assertEquals(List.of(), v.differences());
            assertEquals(4, v.versions());
            assertEquals(3, v.valid());
            assertEquals(3, v.reproduced());
            assertEquals(StoreException.Kind.BAD_DUMP, assertThrows(StoreException.class,
                    () -> Dump.importDump(to, dump, "cli")).kind(), "only into an empty store");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDumpWhoseDocumentWasChangedIsRefusedWhole(String kind, @TempDir Path dump) throws Exception {
        try (TestDatabase h2 = TestDatabase.of("h2"); TestDatabase target = TestDatabase.of(kind)) {
            Store from = h2.store();
            from.create(Documents.model("a", "A"), "ana", "m");
            from.create(Documents.model("b", "B"), "ana", "m");
            Dump.export(from, dump);
            Path b = dump.resolve("analyses/b/1.json");
            Files.writeString(b, Files.readString(b).replace("10000", "10001"), StandardCharsets.UTF_8);
            Store to = target.store();
            StoreException e = assertThrows(StoreException.class, () -> Dump.importDump(to, dump, "cli"));
            assertEquals("dumpHash", e.key());
            assertTrue(to.isEmpty(), "nothing of a refused dump is written");
        }
    }
}
