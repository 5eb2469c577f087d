package nl.sroi.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that a client has gone while its request computes. Jetty does not read from a connection while a
 * request on it is handled, so a hang-up goes unseen until the answer is written. The watch registers the
 * connection with a selector of its own for reading: once the request's body is read, a readable connection is one
 * the client closed, reset, half-closed (it sent all it will send and still reads: legal HTTP) or on which it sent
 * the next request. These cannot be told apart without reading, and reading would take bytes of a next request
 * from Jetty; so the watch asks the client instead: it writes an interim answer, {@code 102 Processing}, which
 * every HTTP/1.1 client reads past, and again a moment later. A client that closed its connection answers the
 * first with a reset, so the second fails: the client is gone and its request's {@code onGone} runs. A client
 * that is still there takes both, and is not watched further (the deadline still bounds its work). An HTTP/1.0
 * client may not be sent an interim answer: a readable connection counts as gone, as before.
 */
final class ClientWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClientWatch.class);
    /** A cancelled key is deregistered (and a closed connection's descriptor freed) at the latest this late. */
    private static final long SELECT_MILLIS = 250;
    /** How long after the first interim answer the second is written: a reset on loopback takes microseconds. */
    private static final long PROBE_AGAIN_MILLIS = 100;
    private static final byte[] PROCESSING = "HTTP/1.1 102 Processing\r\n\r\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Selector selector;
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    /** Watches whose client took the first interim answer, to be asked again; touched on the watch's thread. */
    private final java.util.List<Watch> probing = new java.util.ArrayList<>();
    private final Thread thread;
    private volatile boolean open = true;

    /** One watched connection; closing it stops the watch, before the request's answer is written. */
    final class Watch implements AutoCloseable {
        private final SocketChannel channel;
        private final Runnable onGone;
        private final boolean interim;
        private SelectionKey key; // touched on the watch's thread only
        private long probeAgainAt;
        private boolean closed; // guarded by this: no interim answer is written once the request's answer may be

        private Watch(SocketChannel channel, Runnable onGone, boolean interim) {
            this.channel = channel;
            this.onGone = onGone;
            this.interim = interim;
        }

        /** Writes an interim answer unless closed; {@code false} when the connection refuses it (gone). */
        private synchronized boolean probe() {
            if (closed) {
                return true;
            }
            try {
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(PROCESSING);
                for (int tries = 0; bytes.hasRemaining() && tries < 100; tries++) {
                    channel.write(bytes); // 27 bytes to an idle connection: written whole at once
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() {
            synchronized (this) {
                closed = true;
            }
            pending.add(() -> {
                probing.remove(this);
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

    /**
     * Watches the connection until the returned watch is closed; {@code onGone} runs at most once.
     * {@code interim}: whether the client may be sent an interim answer (HTTP/1.1).
     */
    Watch watch(SocketChannel channel, Runnable onGone, boolean interim) {
        Watch watch = new Watch(channel, onGone, interim);
        pending.add(() -> {
            try {
                watch.key = channel.register(selector, SelectionKey.OP_READ, watch);
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
                selector.select(probing.isEmpty() ? SELECT_MILLIS : PROBE_AGAIN_MILLIS);
                for (Runnable task; (task = pending.poll()) != null; ) {
                    task.run();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid()) { // else its request finished meanwhile
                        readable((Watch) key.attachment());
                    }
                }
                selector.selectedKeys().clear();
                probeAgain();
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // another request's OutOfMemoryError can land here; the watch must outlive it, or no hung-up
                // client would be noticed again
                LOG.warn("watching connections failed", e);
            }
        }
    }

    /** The client sent something or closed its side: ask it (see the class), or for HTTP/1.0 take it as gone. */
    private void readable(Watch watch) {
        if (watch.interim && watch.probe()) {
            watch.key.interestOps(0); // readable stays readable: no more selecting for it
            watch.probeAgainAt = System.nanoTime() + PROBE_AGAIN_MILLIS * 1_000_000;
            probing.add(watch);
        } else {
            watch.key.cancel();
            watch.onGone.run();
        }
    }

    /** The second interim answer, to the watches whose time has come: refused, the client is gone. */
    private void probeAgain() {
        long now = System.nanoTime();
        for (java.util.Iterator<Watch> it = probing.iterator(); it.hasNext(); ) {
            Watch watch = it.next();
            if (now - watch.probeAgainAt >= 0) {
                it.remove();
                watch.key.cancel();
                if (!watch.probe()) {
                    watch.onGone.run();
                }
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
