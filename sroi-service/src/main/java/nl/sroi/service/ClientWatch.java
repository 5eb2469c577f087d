package nl.sroi.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that a client has gone while its request computes. Jetty does not read from a connection while a
 * request on it is handled, so a hang-up goes unseen until the answer is written. The watch registers the
 * connection with a selector of its own for reading: once the request's body is read, a readable connection is one
 * the client closed (or, rarely, one on which it already sent the next request or half-closed its side, which an
 * HTTP/1.1 client waiting for an answer does not do). Then it runs the request's {@code onGone}.
 */
final class ClientWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClientWatch.class);
    /** A cancelled key is deregistered (and a closed connection's descriptor freed) at the latest this late. */
    private static final long SELECT_MILLIS = 250;

    private final Selector selector;
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean open = true;

    /** One watched connection; closing it stops the watch. */
    final class Watch implements AutoCloseable {
        private SelectionKey key; // touched on the watch's thread only

        @Override
        public void close() {
            pending.add(() -> {
                if (key != null) {
                    key.cancel();
                }
            });
            selector.wakeup();
        }
    }

    ClientWatch() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::run, "sroi-client-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches the connection until the returned watch is closed; {@code onGone} runs at most once. */
    Watch watch(SelectableChannel channel, Runnable onGone) {
        Watch watch = new Watch();
        pending.add(() -> {
            try {
                watch.key = channel.register(selector, SelectionKey.OP_READ, onGone);
            } catch (ClosedChannelException e) {
                onGone.run();
            } catch (RuntimeException e) { // a channel in blocking mode, or registered and cancelled meanwhile
                LOG.debug("cannot watch a connection", e);
            }
        });
        selector.wakeup();
        return watch;
    }

    private void run() {
        while (open) {
            try {
                selector.select(SELECT_MILLIS);
                for (Runnable task; (task = pending.poll()) != null; ) {
                    task.run();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue; // its request finished meanwhile
                    }
                    key.cancel();
                    ((Runnable) key.attachment()).run();
                }
                selector.selectedKeys().clear();
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // another request's OutOfMemoryError can land here; the watch must outlive it, or no hung-up
                // client would be noticed again
                LOG.warn("watching connections failed", e);
            }
        }
    }

    @Override
    public void close() {
        open = false;
        selector.wakeup();
        try {
            thread.join(1000);
            selector.close();
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
