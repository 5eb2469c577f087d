package nl.sroi.service;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.h2.jdbcx.JdbcConnectionPool;

import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.store.Dump;
import nl.sroi.store.Role;
import nl.sroi.store.Saved;
import nl.sroi.store.Store;
import nl.sroi.store.StoreException;
import nl.sroi.store.User;
import nl.sroi.store.VersionRecord;

/**
 * The store's command line: {@code users add|list|revoke} and {@code store import|export|import-dump|verify}, on the
 * store that {@code --store DIR} / {@code --db-url URL} (or the environment) names. On the embedded store it needs
 * the H2 file to itself: while a service runs on the same folder it says so in one line and exits 1 (H2's
 * AUTO_SERVER mode would open a TCP port for it; the service opens no port but its own).
 */
final class StoreCli {

    /** The user the command line acts as in the audit log, unless {@code --as} names one. */
    static final String ACTOR = "cli";

    private final PrintStream out;
    private final PrintStream err;
    private final Language language;

    StoreCli(PrintStream out, PrintStream err, Language language) {
        this.out = out;
        this.err = err;
        this.language = language;
    }

    static boolean handles(String[] args) {
        return args.length >= 1 && (args[0].equals("users") || args[0].equals("store"));
    }

    int run(String[] args, Map<String, String> env) {
        StoreSettings.Parsed parsed = StoreSettings.from(Arrays.copyOfRange(args, 1, args.length), env);
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        String[] rest = parsed.rest();
        for (int i = 0; i < rest.length; i++) {
            if (rest[i].startsWith("--")) {
                if (i + 1 >= rest.length || !Set.of("--role", "--message", "--as").contains(rest[i])) {
                    return usage();
                }
                options.put(rest[i], rest[++i]);
            } else {
                words.add(rest[i]);
            }
        }
        String command = args[0] + " " + (words.isEmpty() ? "" : words.remove(0));
        JdbcConnectionPool pool = null;
        try {
            pool = parsed.settings().pool();
            Store store = Store.open(pool);
            return switch (command) {
                case "users add" -> words.size() == 1 ? add(store, words.get(0), options.get("--role")) : usage();
                case "users list" -> words.isEmpty() ? list(store) : usage();
                case "users revoke" -> words.size() == 1 ? revoke(store, words.get(0)) : usage();
                case "store import" -> words.size() == 1 && options.containsKey("--message")
                        ? importFile(store, Path.of(words.get(0)), options.get("--message"),
                        options.getOrDefault("--as", ACTOR)) : usage();
                case "store export" -> words.size() == 1 ? export(store, Path.of(words.get(0))) : usage();
                case "store import-dump" -> words.size() == 1 ? importDump(store, Path.of(words.get(0))) : usage();
                case "store verify" -> words.isEmpty() ? verify(store) : usage();
                default -> usage();
            };
        } catch (StoreException e) {
            return fail(ServiceTexts.message("store." + e.key(), e.args().toArray()));
        } catch (IOException e) {
            return fail(ServiceTexts.message("cli.cannotWrite", String.valueOf(e.getMessage())));
        } catch (IllegalArgumentException e) {
            err.println("sroi: " + e.getMessage());
            return Main.FAILURE;
        } finally {
            if (pool != null) {
                pool.dispose();
            }
        }
    }

    private int add(Store store, String name, String role) {
        Role r = role == null ? null : Role.of(role).orElse(null);
        if (r == null) {
            return fail(ServiceTexts.message("cli.store.role", String.valueOf(role)));
        }
        String token = store.accounts().add(name, r, ACTOR);
        out.println(text(ServiceTexts.message("cli.store.tokenOnce", name, r.code())));
        out.println(token); // alone on the last line, for scripts: ... | tail -n 1
        return Main.OK;
    }

    private int list(Store store) {
        for (User u : store.accounts().users()) {
            out.println(u.name() + "\t" + u.role().code() + "\t" + u.createdAt()
                    + (u.revokedAt() == null ? "" : "\trevoked " + u.revokedAt()));
        }
        return Main.OK;
    }

    private int revoke(Store store, String name) {
        store.accounts().revoke(name, ACTOR);
        out.println(text(ServiceTexts.message("cli.store.revoked", name)));
        return Main.OK;
    }

    private int importFile(Store store, Path file, String message, String as) throws IOException {
        byte[] document;
        try {
            document = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return fail(ServiceTexts.message("cli.noSuchFile", file.toString()));
        }
        nl.sroi.store.Evaluation e = nl.sroi.store.Evaluation.of(document);
        VersionRecord v;
        if (store.analysis(e.id()).isEmpty()) {
            v = store.create(document, as, message);
        } else {
            Saved s = store.revise(e.id(), store.latest(e.id()).record().version(), document, as, message);
            if (!s.created()) {
                out.println(text(ServiceTexts.message("cli.store.unchanged", e.id(), s.record().version())));
                return Main.OK;
            }
            v = s.record();
        }
        out.println(text(ServiceTexts.message("cli.store.imported", v.analysis(), v.version(), v.valid())));
        return Main.OK;
    }

    private int export(Store store, Path folder) throws IOException {
        int n = Dump.export(store, folder);
        out.println(text(ServiceTexts.message("cli.store.exported", n, folder.toString())));
        return Main.OK;
    }

    private int importDump(Store store, Path folder) {
        int n = Dump.importDump(store, folder, ACTOR);
        out.println(text(ServiceTexts.message("cli.store.importedDump", n, folder.toString())));
        return Main.OK;
    }

    private int verify(Store store) {
        Dump.Verification v = Dump.verify(store);
        if (!v.problems().isEmpty() || !v.differences().isEmpty()) {
            err.println("sroi: " + text(ServiceTexts.message("cli.store.verifyFailed",
                    v.problems().size() + v.differences().size())));
            v.problems().forEach(p -> err.println("  " + p));
            v.differences().forEach(p -> err.println("  " + p));
            return Main.INVALID;
        }
        out.println(text(ServiceTexts.message("cli.store.verified", v.analyses(), v.versions(), v.reproduced(),
                v.valid(), nl.sroi.store.Evaluation.ENGINE)));
        return Main.OK;
    }

    private int usage() {
        err.println(text(ServiceTexts.message("cli.store.usage")));
        return Main.FAILURE;
    }

    private int fail(Message message) {
        err.println("sroi: " + text(message));
        return Main.FAILURE;
    }

    private String text(Message message) {
        return message.in(language);
    }
}
