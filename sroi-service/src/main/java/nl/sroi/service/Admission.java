package nl.sroi.service;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.javalin.http.Context;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SelectableChannelEndPoint;
import org.eclipse.jetty.server.Request;

import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;

/**
 * Lets requests compute, a bounded number at once: light ones wait their turn (up to the deadline); heavy ones
 * wait their turn too, first come first served, a bounded number of them for a bounded time, and beyond that are
 * refused with 503 and {@code Retry-After} (at once when the queue is full). A request computes under a
 * {@link Ticket}, which is also the {@link Cancellation} its analysis asks: cancelled when the deadline passes or
 * the client hangs up.
 */
final class Admission implements AutoCloseable {

    /** Seconds a client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 1;

    private static final String TICKET = "sroi.ticket";

    private final WorkLimits limits;
    private final Semaphore light;
    private final Semaphore heavy;
    /** Heavy requests waiting for a place now; at most {@code heavyWaiting}. */
    private final AtomicInteger waitingForHeavy = new AtomicInteger();
    private final ClientWatch watch = new ClientWatch();

    Admission(WorkLimits limits) {
        this.limits = limits;
        this.light = new Semaphore(limits.lightAtOnce(), true);
        this.heavy = new Semaphore(limits.heavyAtOnce(), true); // fair: the first to wait is the first served
    }

    WorkLimits limits() {
        return limits;
    }

    /** A place for light work, waited for up to the deadline. */
    Ticket light(Language language) {
        try {
            long wait = limits.deadlineMillis() == 0 ? Long.MAX_VALUE : limits.deadlineMillis();
            if (!light.tryAcquire(wait, TimeUnit.MILLISECONDS)) {
                throw busy(ServiceTexts.message("busy.light", limits.lightAtOnce(), limits.deadlineMillis(),
                        RETRY_AFTER_SECONDS), language);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(ServiceTexts.message("busy.light", limits.lightAtOnce(), limits.deadlineMillis(),
                    RETRY_AFTER_SECONDS), language);
        }
        return new Ticket(light);
    }

    /** The heavy place of this request, taken now (or 503) unless it has one; kept until {@link #release}. */
    Ticket heavyFor(Context ctx, Language language) {
        Ticket held = ctx.attribute(TICKET);
        if (held == null) {
            held = heavy(language);
            ctx.attribute(TICKET, held);
        }
        return held;
    }

    /** The place taken for this request's body, if any. */
    Ticket held(Context ctx) {
        return ctx.attribute(TICKET);
    }

    /** Gives back the place taken for this request's body, if any (again after the work is harmless). */
    void release(Context ctx) {
        Ticket held = ctx.attribute(TICKET);
        if (held != null) {
            held.close();
        }
    }

    /**
     * A place for heavy work: now if one is free and no one waits for it, else after those who wait before it, if
     * fewer than {@code heavyWaiting} wait and a place frees within {@code heavyWaitMillis}; else 503.
     */
    Ticket heavy(Language language) {
        try {
            if (heavy.tryAcquire(0, TimeUnit.MILLISECONDS)) { // honours the queue, unlike tryAcquire()
                return new Ticket(heavy);
            }
            if (waitingForHeavy.incrementAndGet() > limits.heavyWaiting()) {
                waitingForHeavy.decrementAndGet();
                throw busy(heavyBusy(), language);
            }
            try {
                if (heavy.tryAcquire(limits.heavyWaitMillis(), TimeUnit.MILLISECONDS)) {
                    return new Ticket(heavy);
                }
            } finally {
                waitingForHeavy.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw busy(heavyBusy(), language);
    }

    private Message heavyBusy() {
        return ServiceTexts.message("busy.heavy", limits.heavyAtOnce(), Long.toString(WorkLimits.LIGHT_STEPS),
                Long.toString(limits.lightBodyBytes()), limits.heavyWaiting(), limits.heavyWaitMillis(),
                RETRY_AFTER_SECONDS);
    }

    static ProblemException busy(Message why, Language language) {
        return new ProblemException(ProblemDocument.of(ProblemType.BUSY, why, language));
    }

    @Override
    public void close() {
        watch.close();
    }

    /** A request's place; the {@link Cancellation} of its work. Closing it gives the place back. */
    final class Ticket implements Cancellation, AutoCloseable {
        private final Semaphore place;
        private final long deadline;
        private ClientWatch.Watch watching;
        private volatile boolean gone;
        private boolean closed;

        private Ticket(Semaphore place) {
            this.place = place;
            this.deadline = limits.deadlineMillis() == 0 ? 0
                    : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.deadlineMillis());
        }

        /** From now on, a client that hangs up cancels the work; only once the request's body has been read. */
        void watchClient(Context ctx) {
            Request request = Request.getBaseRequest(ctx.req());
            EndPoint endPoint = request == null ? null : request.getHttpChannel().getEndPoint();
            if (watching == null && endPoint instanceof SelectableChannelEndPoint selectable
                    && selectable.getChannel() instanceof java.nio.channels.SocketChannel channel) {
                watching = watch.watch(channel, () -> gone = true, "HTTP/1.1".equals(ctx.req().getProtocol()));
            }
        }

        @Override
        public boolean cancelled() {
            return gone || (deadline != 0 && System.nanoTime() - deadline > 0);
        }

        /** Whether the client hung up (rather than the deadline passing). */
        boolean clientGone() {
            return gone;
        }

        /** Exchanges this light place for a heavy one (refused with 503 when none is free). */
        Ticket heavier(Language language) {
            if (place == heavy) {
                return this;
            }
            close();
            return heavy(language);
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (watching != null) {
                    watching.close();
                }
                place.release();
            }
        }
    }
}
