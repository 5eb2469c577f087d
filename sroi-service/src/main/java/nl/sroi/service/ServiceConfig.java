package nl.sroi.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;

/**
 * How the service runs: where it listens, which analyses it serves ({@code models} null: the copies bundled in
 * the jar), the largest request body it reads, how long a stop waits for requests in flight, and the language of
 * answers to requests whose Accept-Language names none the service speaks, and how much work it takes on
 * ({@link WorkLimits}). Command-line options win over environment variables ({@code SROI_HOST}, {@code SROI_PORT},
 * {@code SROI_MODELS}, {@code SROI_MAX_BODY}, {@code SROI_LANG}, {@code SROI_WORK_BUDGET}, {@code SROI_DEADLINE_MS},
 * {@code SROI_HEAVY_AT_ONCE}, {@code SROI_HEAVY_WAITING}, {@code SROI_HEAVY_WAIT_MS}), which win over the defaults.
 */
public record ServiceConfig(String host, int port, Path models, long maxBodyBytes, long stopTimeoutMillis,
                            Language language, WorkLimits work) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** 1 MiB: a large real analysis is well under 100 KiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    /** Answers are in English unless a request's Accept-Language asks for Dutch, or the service is set to Dutch. */
    public static final Language DEFAULT_LANGUAGE = Language.EN;
    /** The most heavy requests that may wait: each waiting one holds a Jetty thread. */
    static final int MAX_HEAVY_WAITING = 1000;
    /** On SIGTERM, requests in flight get up to 10 s to finish. */
    public static final long DEFAULT_STOP_TIMEOUT_MILLIS = 10_000;

    public ServiceConfig {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(work, "work");
        if (port < 0 || port > 65535) {
            throw new InvalidOption(ServiceTexts.message("cli.option.port", port));
        }
        if (maxBodyBytes < 1) {
            throw new InvalidOption(ServiceTexts.message("cli.option.maxBody", maxBodyBytes));
        }
    }

    /** With the default work limits. */
    public ServiceConfig(String host, int port, Path models, long maxBodyBytes, long stopTimeoutMillis,
                         Language language) {
        this(host, port, models, maxBodyBytes, stopTimeoutMillis, language, WorkLimits.DEFAULT);
    }

    /** A configuration that answers in English unless a request asks for Dutch. */
    public ServiceConfig(String host, int port, Path models, long maxBodyBytes, long stopTimeoutMillis) {
        this(host, port, models, maxBodyBytes, stopTimeoutMillis, DEFAULT_LANGUAGE);
    }

    /**
     * Reads {@code --host H --port N --models DIR --max-body BYTES --lang nl|en} over the environment over the
     * defaults.
     */
    public static ServiceConfig from(String[] options, Map<String, String> env) {
        String host = env.getOrDefault("SROI_HOST", DEFAULT_HOST);
        String port = env.getOrDefault("SROI_PORT", Integer.toString(DEFAULT_PORT));
        String models = env.get("SROI_MODELS");
        String maxBody = env.getOrDefault("SROI_MAX_BODY", Long.toString(DEFAULT_MAX_BODY_BYTES));
        String lang = env.getOrDefault("SROI_LANG", DEFAULT_LANGUAGE.code());
        WorkLimits d = WorkLimits.DEFAULT;
        String budget = env.getOrDefault("SROI_WORK_BUDGET", Long.toString(d.budgetSteps()));
        String deadline = env.getOrDefault("SROI_DEADLINE_MS", Long.toString(d.deadlineMillis()));
        String heavy = env.getOrDefault("SROI_HEAVY_AT_ONCE", Integer.toString(d.heavyAtOnce()));
        String waiting = env.getOrDefault("SROI_HEAVY_WAITING", Integer.toString(d.heavyWaiting()));
        String waitMillis = env.getOrDefault("SROI_HEAVY_WAIT_MS", Long.toString(d.heavyWaitMillis()));
        for (int i = 0; i < options.length; i += 2) {
            if (i + 1 >= options.length) {
                throw new InvalidOption(ServiceTexts.message("cli.option.needsValue", options[i]));
            }
            String value = options[i + 1];
            switch (options[i]) {
                case "--host" -> host = value;
                case "--port" -> port = value;
                case "--models" -> models = value;
                case "--max-body" -> maxBody = value;
                case "--lang" -> lang = value;
                case "--work-budget" -> budget = value;
                case "--deadline-ms" -> deadline = value;
                case "--heavy-at-once" -> heavy = value;
                case "--heavy-waiting" -> waiting = value;
                case "--heavy-wait-ms" -> waitMillis = value;
                default -> throw new InvalidOption(ServiceTexts.message("cli.option.unknown", options[i]));
            }
        }
        String chosen = lang;
        Language language = Language.of(chosen).orElseThrow(() -> new InvalidOption(
                ServiceTexts.message("cli.option.lang", chosen)));
        WorkLimits work = new WorkLimits(number(budget, "work-budget"), number(deadline, "deadline-ms"),
                (int) Math.min(Integer.MAX_VALUE, number(heavy, "heavy-at-once")), d.lightAtOnce(),
                d.lightBodyBytes(), (int) atMost(number(waiting, "heavy-waiting"), MAX_HEAVY_WAITING, "heavy-waiting"),
                number(waitMillis, "heavy-wait-ms"));
        return new ServiceConfig(host, (int) Math.min(Integer.MAX_VALUE, number(port, "port")),
                models == null ? null : Path.of(models), number(maxBody, "max-body"), DEFAULT_STOP_TIMEOUT_MILLIS,
                language, work);
    }

    /** A number no larger than {@code max}, or the message that says it must be. */
    private static long atMost(long value, long max, String name) {
        if (value > max) {
            throw new InvalidOption(ServiceTexts.message("cli.option.atMost", name, max, value));
        }
        return value;
    }

    /** A whole number in the digits 0 to 9 (no sign, no full-width digits). */
    private static long number(String value, String name) {
        if (!value.matches("[0-9]{1,18}")) {
            throw new InvalidOption(ServiceTexts.message("cli.option.wholeNumber", name, value));
        }
        return Long.parseLong(value);
    }

    /**
     * An option of the command line or the environment that is not valid, with its message in both languages
     * ({@link #getMessage()} is the English one).
     */
    public static final class InvalidOption extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        /** The message, not yet in a language. */
        private final transient Message text;

        InvalidOption(Message text) {
            super(text.in(Language.EN));
            this.text = text;
        }

        /**
         * What is wrong, in the language of the command line.
         *
         * @return the message
         */
        public Message text() {
            return text;
        }
    }
}
