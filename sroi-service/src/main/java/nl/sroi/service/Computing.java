package nl.sroi.service;

import java.util.Locale;
import java.util.function.Function;

import io.javalin.http.Context;

import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.validation.Validated;

/**
 * How a route that computes runs: admitted as light or heavy work (by its body's size, then by the estimated cost
 * of its analysis), refused with 422 when the estimate is over the work budget, and run under a ticket that stops
 * it at the deadline or when the client hangs up (then 503 with {@code Retry-After}).
 */
final class Computing {

    /** An analysis: how it reads its body, its estimated steps, and how it answers under a cancellation. */
    interface Analysis<T> {
        /** In a sentence: "this sensitivity analysis would take …". */
        String name();

        Validated<T> read(byte[] body);

        long steps(T input);

        void answer(Context ctx, T input, Cancellation cancellation);
    }

    private final Admission admission;

    Computing(Admission admission) {
        this.admission = admission;
    }

    /** A route whose work its body's size bounds (calculate, validate, business case, flows). */
    <T> T sized(Context ctx, byte[] body, Function<byte[], T> operation) {
        try (Admission.Ticket ticket = lane(ctx, body.length)) {
            return operation.apply(body);
        }
    }

    /** An analysis of the body, priced before it runs; the body decides the lane for reading it. */
    <T> void analysis(Context ctx, byte[] body, Analysis<T> analysis) {
        Admission.Ticket ticket = lane(ctx, body.length);
        try {
            Validated<T> read = analysis.read(body);
            if (!read.isValid()) {
                SroiService.answer(ctx, JsonApi.Answer.of(read));
                return;
            }
            ticket = priced(ticket, analysis.name(), analysis.steps(read.value()));
            ticket.watchClient(ctx);
            try {
                analysis.answer(ctx, read.value(), ticket);
            } catch (Cancellation.Cancelled e) {
                throw new SroiService.ProblemException(stopped(ticket.clientGone(), admission.limits().deadlineMillis()));
            }
        } finally {
            ticket.close();
        }
    }

    /** An analysis of a model already valid (one of the catalogue's). */
    <T> void analysis(Context ctx, T input, Analysis<T> analysis) {
        Admission.Ticket ticket = admission.light();
        try {
            ticket = priced(ticket, analysis.name(), analysis.steps(input));
            analysis.answer(ctx, input, ticket);
        } finally {
            ticket.close();
        }
    }

    /** Refuses work over the budget (422); moves work over the light limit to a heavy place (or 503). */
    private Admission.Ticket priced(Admission.Ticket ticket, String name, long steps) {
        WorkLimits limits = admission.limits();
        if (steps > limits.budgetSteps()) {
            throw new SroiService.ProblemException(overBudget(name, steps, limits.budgetSteps()));
        }
        return steps > WorkLimits.LIGHT_STEPS ? ticket.heavier() : ticket;
    }

    /** A heavy place for a body over the light size, else a light one. */
    private Admission.Ticket lane(Context ctx, long bodyBytes) {
        Admission.Ticket held = admission.held(ctx);
        if (held != null) {
            return held;
        }
        return bodyBytes > admission.limits().lightBodyBytes() ? admission.heavy() : admission.light();
    }

    static ProblemDocument overBudget(String analysis, long steps, long budget) {
        return ProblemDocument.of("over-work-budget", "The work is over the service's limit", 422, String.format(
                Locale.ROOT, "this %s would take about %,d steps (about %s); the service does at most %,d steps per "
                        + "request (its work budget, --work-budget or SROI_WORK_BUDGET): ask for less (fewer "
                        + "iterations, fewer outcomes, periods or cohorts) or run it with the command line",
                analysis, steps, seconds(steps), budget));
    }

    static ProblemDocument stopped(boolean clientGone, long deadlineMillis) {
        return clientGone
                ? ProblemDocument.of("client-gone", "The client hung up", 503,
                        "the work was stopped because the client closed the connection")
                : ProblemDocument.of("deadline-exceeded", "The work took too long", 503, "the work was stopped "
                        + "after " + deadlineMillis + " ms, the service's deadline (--deadline-ms or "
                        + "SROI_DEADLINE_MS); try again after " + Admission.RETRY_AFTER_SECONDS + " s");
    }

    /** A step is about a nanosecond: the estimate in words a person reads. */
    private static String seconds(long steps) {
        double s = steps / 1e9;
        return s < 1 ? "less than a second" : s < 120 ? String.format(Locale.ROOT, "%.0f s", s)
                : s < 7200 ? String.format(Locale.ROOT, "%.0f minutes", s / 60)
                : String.format(Locale.ROOT, "%.0f hours", s / 3600);
    }
}
