package nl.sroi.service;

import java.util.Locale;
import java.util.function.Function;

import io.javalin.http.Context;

import nl.sroi.core.analysis.Cancellation;
import nl.sroi.core.text.Language;
import nl.sroi.core.validation.Validated;

/**
 * How a route that computes runs: admitted as light or heavy work (by its body's size, then by the estimated cost
 * of its analysis), refused with 422 when the estimate is over the work budget, and run under a ticket that stops
 * it at the deadline or when the client hangs up (then 503 with {@code Retry-After}).
 */
final class Computing {

    /** An analysis: how it reads its body, its estimated steps, and how it answers under a cancellation. */
    interface Analysis<T> {
        /** What it is, for "this sensitivity analysis would take …". */
        String name(Language language);

        Validated<T> read(byte[] body);

        long steps(T input);

        void answer(Context ctx, T input, Cancellation cancellation);

        /** The answer to what reading refused. */
        JsonApi.Answer refused(Validated<T> read);

        Language language();
    }

    private final Admission admission;
    private final Responder responder;

    Computing(Admission admission, Responder responder) {
        this.admission = admission;
        this.responder = responder;
    }

    /** A route whose work its body's size bounds (calculate, validate, business case, flows). */
    <T> T sized(Context ctx, byte[] body, Function<byte[], T> operation) {
        try (Admission.Ticket ticket = lane(ctx, body.length, Language.EN)) {
            return operation.apply(body);
        }
    }

    /** An analysis of the body, priced before it runs; the body decides the lane for reading it. */
    <T> void analysis(Context ctx, byte[] body, Analysis<T> analysis) {
        Language language = analysis.language();
        Admission.Ticket ticket = lane(ctx, body.length, language);
        try {
            Validated<T> read = analysis.read(body);
            if (!read.isValid()) {
                responder.answer(ctx, analysis.refused(read));
                return;
            }
            ticket = run(ctx, ticket, read.value(), analysis);
        } finally {
            ticket.close();
        }
    }

    /** Prices the analysis, then runs it, stopped at the deadline or when the client hangs up; the ticket held. */
    private <T> Admission.Ticket run(Context ctx, Admission.Ticket ticket, T input, Analysis<T> analysis) {
        Language language = analysis.language();
        Admission.Ticket priced = priced(ticket, analysis.name(language), analysis.steps(input), language);
        priced.watchClient(ctx);
        try {
            analysis.answer(ctx, input, priced);
        } catch (Cancellation.Cancelled e) {
            throw new ProblemException(stopped(priced.clientGone(),
                    admission.limits().deadlineMillis(), language));
        } finally {
            priced.close();
        }
        return priced;
    }

    /** Work whose cost is already estimated: refused over the budget, else run in its lane. */
    void priced(Context ctx, long bodyBytes, String name, long steps, Language language, Runnable work) {
        Admission.Ticket ticket = lane(ctx, bodyBytes, language);
        try {
            ticket = priced(ticket, name, steps, language);
            work.run();
        } finally {
            ticket.close();
        }
    }

    /** An analysis of a model already valid (one of the catalogue's). */
    <T> void analysis(Context ctx, T input, Analysis<T> analysis) {
        Language language = analysis.language();
        Admission.Ticket ticket = admission.light(language);
        try {
            ticket = run(ctx, ticket, input, analysis);
        } finally {
            ticket.close();
        }
    }

    /** Refuses work over the budget (422); moves work over the light limit to a heavy place (or 503). */
    private Admission.Ticket priced(Admission.Ticket ticket, String name, long steps, Language language) {
        WorkLimits limits = admission.limits();
        if (steps > limits.budgetSteps()) {
            throw new ProblemException(overBudget(name, steps, limits.budgetSteps(), language));
        }
        return steps > WorkLimits.LIGHT_STEPS ? ticket.heavier(language) : ticket;
    }

    /** The place taken for the body, else a heavy place for a body over the light size, else a light one. */
    private Admission.Ticket lane(Context ctx, long bodyBytes, Language language) {
        Admission.Ticket held = admission.held(ctx);
        if (held != null) {
            return held;
        }
        return bodyBytes > admission.limits().lightBodyBytes() ? admission.heavy(language)
                : admission.light(language);
    }

    static ProblemDocument overBudget(String analysis, long steps, long budget, Language language) {
        return ProblemDocument.of(ProblemType.OVER_WORK_BUDGET, ServiceTexts.message("overWorkBudget", analysis,
                String.format(Locale.ROOT, "%,d", steps), String.format(Locale.ROOT, "%,.0f", steps / 1e9),
                String.format(Locale.ROOT, "%,d", budget)), language);
    }

    static ProblemDocument stopped(boolean clientGone, long deadlineMillis, Language language) {
        return clientGone ? ProblemDocument.of(ProblemType.CLIENT_GONE, ServiceTexts.message("clientGone"), language)
                : ProblemDocument.of(ProblemType.DEADLINE_EXCEEDED, ServiceTexts.message("deadlineExceeded",
                        deadlineMillis, Admission.RETRY_AFTER_SECONDS), language);
    }
}
