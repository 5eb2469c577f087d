package nl.sroi.service;

import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.sroi.store.Store;
import nl.sroi.store.StoreException;

/**
 * The service's way to its store. The store is opened (and its schema migrated) at start; when the database cannot
 * be reached then, the service starts anyway (the stateless routes need no database), store routes answer 503, and
 * each later request tries again, at most once a second, until it is back.
 */
public final class StoreAccess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreAccess.class);
    private static final long RETRY_MILLIS = 1000;

    private final StoreSettings settings;
    private volatile Store store;
    private JdbcConnectionPool pool;
    private long nextTry;

    private StoreAccess(StoreSettings settings, Store store) {
        this.settings = settings;
        this.store = store;
    }

    /** Access to the store these settings name, opened on first use. */
    public static StoreAccess of(StoreSettings settings) {
        return new StoreAccess(settings, null);
    }

    /** Access to a store already open (an embedder's, or a test's). */
    public static StoreAccess of(Store store) {
        return new StoreAccess(null, store);
    }

    /**
     * The store, opening it when it is not yet open.
     *
     * @return the store
     * @throws StoreException {@code UNAVAILABLE} while the database cannot be reached; {@code SCHEMA_TOO_NEW};
     *                        {@code IN_USE}
     */
    public Store store() {
        Store s = store;
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (store != null) {
                return store;
            }
            if (settings == null || System.currentTimeMillis() < nextTry) {
                throw new StoreException(StoreException.Kind.UNAVAILABLE, null, "unavailable");
            }
            JdbcConnectionPool p = settings.pool();
            try {
                store = Store.open(p);
                pool = p;
                LOG.info("store open: {}", settings.where());
                return store;
            } catch (StoreException e) {
                p.dispose();
                nextTry = System.currentTimeMillis() + RETRY_MILLIS;
                throw e;
            }
        }
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.dispose();
            pool = null;
        }
    }
}
