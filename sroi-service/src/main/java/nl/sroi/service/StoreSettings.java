package nl.sroi.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcConnectionPool;

import nl.sroi.store.Databases;

/**
 * Where the store lives: {@code --store DIR} (or {@code SROI_STORE}; default {@code ./sroi-data}), the embedded H2
 * file; or {@code --db-url URL} (or {@code SROI_DB_URL}) a PostgreSQL database, with {@code SROI_DB_USER} and
 * {@code SROI_DB_PASSWORD} from the environment only. The password is never on the command line, in a log line or
 * in {@link #toString()}.
 *
 * @param folder   the data folder of the embedded store (used when {@code url} is null)
 * @param url      the PostgreSQL JDBC URL, or null
 * @param user     its user, or null
 * @param password its password, or null
 */
public record StoreSettings(Path folder, String url, String user, String password) {

    /** The default data folder. */
    public static final String DEFAULT_FOLDER = "sroi-data";

    /** The options and environment variables this reads, and the options it leaves for the rest. */
    public record Parsed(StoreSettings settings, String[] rest) {
    }

    /**
     * Takes {@code --store DIR} and {@code --db-url URL} out of the options, over the environment.
     *
     * @param options the command's options
     * @param env     the environment
     * @return the settings and the other options
     */
    public static Parsed from(String[] options, Map<String, String> env) {
        String folder = env.getOrDefault("SROI_STORE", DEFAULT_FOLDER);
        String url = env.get("SROI_DB_URL");
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            if ((options[i].equals("--store") || options[i].equals("--db-url")) && i + 1 < options.length) {
                if (options[i].equals("--store")) {
                    folder = options[++i];
                } else {
                    url = options[++i];
                }
            } else {
                rest.add(options[i]);
            }
        }
        if (url != null && url.isBlank()) {
            url = null;
        }
        return new Parsed(new StoreSettings(Path.of(folder), url, env.get("SROI_DB_USER"), env.get("SROI_DB_PASSWORD")),
                rest.toArray(String[]::new));
    }

    /** A new pool of connections to the store. */
    public JdbcConnectionPool pool() {
        return url == null ? Databases.h2(folder) : Databases.postgres(url, user, password);
    }

    /** Where the store is, for a person: the folder, or the URL without its query (which might hold a secret). */
    public String where() {
        return url == null ? folder.toAbsolutePath().normalize().toString()
                : url.replaceFirst("\\?.*$", "");
    }

    @Override
    public String toString() {
        return "StoreSettings[" + where() + (user == null ? "" : ", user " + user) + "]";
    }
}
