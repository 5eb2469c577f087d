package nl.sroi.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.javalin.Javalin;
import org.slf4j.LoggerFactory;

import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.jackson.MalformedJsonException;
import nl.sroi.core.text.Language;
import nl.sroi.core.text.Message;
import nl.sroi.core.validation.Problem;
import nl.sroi.core.validation.Validated;
import nl.sroi.report.Report;
import nl.sroi.report.ReportFormat;
import nl.sroi.report.ReportRequest;
import nl.sroi.store.StoreException;
import nl.sroi.workbook.SroiWorkbook;

/**
 * The command line of the runnable jar. Without arguments, or with {@code serve [--host H] [--port N]
 * [--models DIR] [--max-body BYTES] [--work-budget STEPS] [--deadline-ms MS] [--heavy-at-once N]}, it starts the
 * service (a bad host or a port in use is one line on standard error and exit 1). {@code calculate FILE} (FILE may be {@code -} for standard input) prints
 * the result document and exits 0; an invalid model prints the problem document and exits 2; any other failure
 * exits 1 with a message on standard error.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int INVALID = 2;
    /** Not an exit status: the service is running and the process must stay up. */
    static final int SERVING = -1;

    /** The commands' syntax, each with the key of what it does (in both languages, in the service's texts). */
    private static final List<String[]> COMMANDS = List.of(
            new String[] {"[serve] [--host H] [--port N] [--models DIR] [--max-body BYTES] [--lang nl|en]\n"
                    + "                          [--work-budget STEPS] [--deadline-ms MS] [--heavy-at-once N]\n"
                    + "                          [--heavy-waiting N] [--heavy-wait-ms MS]", "cli.usage.serve"},
            new String[] {"calculate FILE [--scenario ID]", "cli.usage.calculate"},
            new String[] {"validate FILE [--scenario ID]", "cli.usage.validate"},
            new String[] {"sensitivity FILE [--scenario ID]", "cli.usage.sensitivity"},
            new String[] {"simulate FILE [--iterations N] [--seed S] [--scenario ID]", "cli.usage.simulate"},
            new String[] {"scenarios FILE", "cli.usage.scenarios"},
            new String[] {"bridge FROM TO [--from-scenario ID] [--to-scenario ID]", "cli.usage.bridge"},
            new String[] {"business-case FILE --for STAKEHOLDER [--scenario ID]", "cli.usage.businessCase"},
            new String[] {"export FILE OUT.xlsx|OUT.csv [--scenario ID] [--for STAKEHOLDER] [--lang nl|en]\n"
                    + "                                [--compare-with FORECAST]", "cli.usage.export"},
            new String[] {"report FILE OUT.html|OUT.pdf [--lang nl|en] [--for STAKEHOLDER]\n"
                    + "                                [--scenario ID] [--iterations N] [--seed S] [--compare-with FORECAST]",
                    "cli.usage.report"},
            new String[] {"proxies [WORDS...] [--price-year Y] [--domain D] [--party P]", "cli.usage.proxies"},
            new String[] {"users add NAME --role reader|analyst|admin | users list | users revoke NAME",
                    "cli.usage.users"},
            new String[] {"store import FILE --message M [--as USER] | store export DIR\n"
                    + "                          | store import-dump DIR | store verify", "cli.usage.store"});

    /** The usage in a language: each command's syntax and what it does, then the options of all and the exits. */
    static String usage(Language language) {
        StringBuilder usage = new StringBuilder();
        String prefix = ServiceTexts.message("cli.usage").in(language);
        for (String[] command : COMMANDS) {
            // the syntax's second lines are aligned for the English "usage: " (7); a longer prefix moves them along
            usage.append(usage.length() == 0 ? prefix : " ".repeat(prefix.length())).append("java -jar sroi.jar ")
                    .append(command[0].replace("\n", "\n" + " ".repeat(Math.max(0, prefix.length() - 7)))).append('\n');
            indented(usage, prefix.length() + 4, ServiceTexts.message(command[1]).in(language));
        }
        indented(usage, prefix.length() + 4, ServiceTexts.message("cli.usage.all").in(language));
        return usage.toString();
    }

    private static void indented(StringBuilder usage, int indent, String text) {
        for (String line : text.split("\n")) {
            usage.append(" ".repeat(indent)).append(line).append('\n');
        }
    }

    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private Main() {
    }

    public static void main(String[] args) {
        // the PDF renderer and PDFBox log progress and CSS they skip (print-only properties); keep their errors
        PDFBOX_LOG.setLevel(Level.SEVERE);
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, Level.SEVERE));
        int status = run(args, System.in, System.out, System.err);
        if (status != SERVING) {
            System.exit(status);
        }
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System.getenv());
    }

    /**
     * Runs a command. {@code --lang nl|en} (or {@code SROI_LANG}) chooses the language of what a command prints
     * for a person: problems, warnings, labels and its own messages; for {@code serve}, the default language of
     * answers.
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        Language language = Language.of(env.getOrDefault("SROI_LANG", ServiceConfig.DEFAULT_LANGUAGE.code()))
                .orElse(ServiceConfig.DEFAULT_LANGUAGE);
        List<String> given = Arrays.asList(args);
        if (given.contains("--help") || given.contains("-h")) {
            int at = given.indexOf("--lang");
            Language asked = at >= 0 && at + 1 < args.length ? Language.of(args[at + 1]).orElse(language) : language;
            out.print(usage(asked));
            out.flush();
            return OK;
        }
        if (args.length == 0 || args[0].equals("serve") || args[0].startsWith("--")) {
            int skip = args.length > 0 && args[0].equals("serve") ? 1 : 0;
            return serve(Arrays.copyOfRange(args, skip, args.length), err, env, language);
        }
        int at = given.indexOf("--lang");
        if (at < 1 || at + 1 >= args.length) {
            return command(args, new Cli(in, out, err, language), false, env);
        }
        Language chosen = Language.of(args[at + 1]).orElse(null);
        if (chosen == null) {
            err.println("sroi: " + ServiceTexts.message("cli.lang", args[at + 1]).in(language));
            return FAILURE;
        }
        String[] rest = new String[args.length - 2];
        System.arraycopy(args, 0, rest, 0, at);
        System.arraycopy(args, at + 2, rest, at, args.length - at - 2);
        return command(rest, new Cli(in, out, err, chosen), true, env);
    }

    /** A command other than {@code serve}, its {@code --lang} taken out ({@code langGiven}: it was given). */
    private static int command(String[] args, Cli cli, boolean langGiven, Map<String, String> env) {
        Operations operations = Composition.commandLine();
        JsonApi api = operations.api(cli.language());
        return switch (args[0]) {
            case "calculate", "sensitivity", "validate" -> args.length >= 2 ? model(args, api, cli) : cli.usage();
            case "bridge" -> args.length >= 3 ? bridge(args, api, cli) : cli.usage();
            case "scenarios" -> args.length == 2 ? cli.document(args[1], api::scenarios) : cli.usage();
            case "simulate" -> args.length >= 2 ? simulate(args, api, cli) : cli.usage();
            case "business-case" -> args.length >= 2 ? businessCase(args, api, cli) : cli.usage();
            case "report" -> args.length >= 3 ? report(args, langGiven, operations, cli) : cli.usage();
            case "proxies" -> proxies(Arrays.copyOfRange(args, 1, args.length), operations.proxies(), cli);
            case "export" -> args.length >= 3 ? export(args, langGiven, operations, cli) : cli.usage();
            case "users", "store" -> new StoreCli(cli.out(), cli.err(), cli.language()).run(args, env);
            default -> cli.usage();
        };
    }

    /** {@code calculate}, {@code sensitivity} or {@code validate FILE [--scenario ID]}. */
    private static int model(String[] args, JsonApi api, Cli cli) {
        Map<String, String> o = options(args, Set.of("--scenario"));
        if (o == null) {
            return cli.usage();
        }
        String scenario = o.get("--scenario");
        return switch (args[0]) {
            case "calculate" -> cli.document(args[1], model -> api.calculate(model, scenario));
            case "sensitivity" -> cli.document(args[1], model -> api.sensitivity(model, scenario));
            default -> cli.document(args[1], model -> invalidIfNotValid(api.validate(model, scenario)));
        };
    }

    private static int bridge(String[] args, JsonApi api, Cli cli) {
        Map<String, String> o = options(args, 3, Set.of("--from-scenario", "--to-scenario"));
        if (o == null) {
            return cli.usage();
        }
        return cli.documents(args[1], args[2],
                (from, to) -> api.bridge(from, o.get("--from-scenario"), to, o.get("--to-scenario")));
    }

    private static int simulate(String[] args, JsonApi api, Cli cli) {
        Map<String, String> o = options(args, Set.of("--iterations", "--seed", "--scenario"));
        if (o == null) {
            return cli.usage();
        }
        return cli.document(args[1],
                model -> api.simulate(model, o.get("--iterations"), o.get("--seed"), o.get("--scenario")));
    }

    private static int businessCase(String[] args, JsonApi api, Cli cli) {
        Map<String, String> o = options(args, Set.of("--for", "--scenario"));
        if (o == null) {
            return cli.usage();
        }
        return cli.document(args[1], model -> api.businessCase(model, o.get("--for"), o.get("--scenario")));
    }

    /** {@code serve}: starts the service and returns {@link #SERVING}, or prints why not and returns 1. */
    private static int serve(String[] options, PrintStream err, Map<String, String> env, Language language) {
        ServiceConfig config;
        StoreSettings.Parsed store = StoreSettings.from(options, env);
        try {
            config = ServiceConfig.from(store.rest(), env);
        } catch (IllegalArgumentException e) {
            err.println("sroi: " + (e instanceof ServiceConfig.InvalidOption invalid ? invalid.text().in(language)
                    : e.getMessage()));
            err.print(Main.usage(language));
            return FAILURE;
        }
        // the catalogue is read and calculated on the other core while Jetty starts; routes wait for it
        CompletableFuture<ModelCatalog> loading = CompletableFuture.supplyAsync(() -> {
            try {
                return config.models() == null ? ModelCatalog.bundled() : ModelCatalog.fromDirectory(config.models());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String cannotListen = "sroi: " + ServiceTexts.message("cli.cannotListen", config.host(),
                Integer.toString(config.port())).in(config.language()) + ": ";
        if (!canListen(config, cannotListen, err)) {
            return FAILURE;
        }
        StoreAccess access = StoreAccess.of(store.settings());
        // the store is opened (and migrated) on the other core too; a database that cannot be reached is no reason
        // not to serve the calculation routes, a schema newer than this program or a store in use is
        CompletableFuture<StoreException> opening = CompletableFuture.supplyAsync(() -> {
            try {
                access.store();
                return null;
            } catch (StoreException e) {
                return e;
            }
        });
        Javalin app = new SroiService(config, loading::join, access).create();
        return start(app, config, store.settings(), loading, opening, access, cannotListen, err);
    }

    /**
     * Whether the service can listen on its address: Javalin reports a failed bind as a stack trace of Jetty's
     * stop, so the address is tried first, for one line. A host that is not loopback is said, not refused.
     */
    private static boolean canListen(ServiceConfig config, String cannotListen, PrintStream err) {
        InetAddress address;
        try {
            address = InetAddress.getByName(config.host());
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(address, config.port()));
            }
        } catch (UnknownHostException e) {
            err.println(cannotListen + ServiceTexts.message("cli.noSuchHost").in(config.language()));
            return false;
        } catch (IOException e) {
            err.println(cannotListen + e.getMessage());
            return false;
        }
        if (!address.isLoopbackAddress()) {
            err.println("sroi: " + ServiceTexts.message("cli.notLoopback", config.host()).in(config.language()));
        }
        return true;
    }

    /** Starts the application, waits for the catalogue and the store, and stays up unless either refuses. */
    private static int start(Javalin app, ServiceConfig config, StoreSettings settings,
                             CompletableFuture<ModelCatalog> loading, CompletableFuture<StoreException> opening,
                             StoreAccess access, String cannotListen, PrintStream err) {
        ModelCatalog catalog;
        try {
            app.start(config.host(), config.port());
            catalog = loading.join();
            if (!storeOpened(opening.join(), settings, config.language(), err)) {
                stopQuietly(app);
                return FAILURE;
            }
        } catch (CompletionException e) {
            stopQuietly(app);
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            if (cause instanceof ModelCatalog.InvalidCatalogException invalid) {
                err.println("sroi: " + ServiceTexts.message("cli.invalidCatalogue", invalid.problems().size(),
                        String.valueOf(config.models())).in(config.language()));
                invalid.lines(config.language()).forEach(line -> err.println("  " + line));
            } else {
                err.println("sroi: " + cause.getMessage());
            }
            return FAILURE;
        } catch (Exception e) { // Javalin rethrows Jetty's checked exceptions unchecked
            err.println(cannotListen + e.getMessage());
            stopQuietly(app);
            return FAILURE;
        }
        // SIGTERM runs the hook: Jetty stops accepting and lets requests in flight finish (up to its stop timeout)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            access.close();
        }, "sroi-shutdown"));
        LoggerFactory.getLogger(Main.class).info("serving {} analyses on http://{}:{}{}", catalog.size(),
                config.host(), app.port(), SroiService.API);
        return SERVING;
    }

    /**
     * Whether to serve with the store as it opened: only a schema newer than this program is a reason not to; a
     * database away or an embedded store held by another process leaves the store routes at 503 until it is free.
     */
    private static boolean storeOpened(StoreException refused, StoreSettings settings, Language language,
                                       PrintStream err) {
        if (refused != null && refused.kind() == StoreException.Kind.SCHEMA_TOO_NEW) {
            err.println("sroi: " + ServiceTexts.message("cli.store.startFailed", ServiceTexts.message("store."
                    + refused.key(), refused.args().toArray())).in(language));
            return false;
        }
        if (refused != null) {
            if (refused.kind() == StoreException.Kind.IN_USE) {
                err.println("sroi: " + ServiceTexts.message("store.inUse").in(language));
            }
            err.println("sroi: " + ServiceTexts.message("cli.store.unavailableAtStart", settings.where())
                    .in(language));
        }
        return true;
    }

    private static void stopQuietly(Javalin app) {
        try {
            app.stop();
        } catch (Exception e) {
            // the server did not start: there is nothing to stop, and nothing to report beyond the first error
        }
    }

    /** Searches the proxy library and prints the table: words, then {@code --price-year}, {@code --domain}, {@code --party}. */
    private static int proxies(String[] args, ProxyLookup lookup, Cli cli) {
        java.util.List<String> words = new java.util.ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> allowed = Set.of("--price-year", "--domain", "--party");
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                words.add(args[i]);
            } else if (allowed.contains(args[i]) && i + 1 < args.length && !options.containsKey(args[i])) {
                options.put(args[i], args[++i]);
            } else {
                cli.err().println("sroi: " + ServiceTexts.message(allowed.contains(args[i]) && i + 1 >= args.length
                        ? "cli.proxies.noValue" : "cli.proxies.option", args[i]).in(cli.language()));
                return cli.usage();
            }
        }
        String text = String.join(" ", words);
        ProxyLookup.Parsed<nl.sroi.core.proxy.ProxyQuery> query = lookup.query(text, options.get("--domain"),
                options.get("--party"));
        ProxyLookup.Parsed<Integer> year = lookup.priceYear("--price-year", options.get("--price-year"));
        for (ProxyLookup.Parsed<?> parsed : java.util.List.of(query, year)) {
            if (parsed.problem() != null) {
                cli.err().println("sroi: " + parsed.problem().message(cli.language()));
                return FAILURE;
            }
        }
        cli.out().print(ProxyTable.render(lookup.catalogue().search(query.value()), lookup.catalogue().size(), text,
                year.value(), lookup.index(), cli.language()));
        cli.out().flush();
        return OK;
    }

    /**
     * Writes the workbook (.xlsx) or the flows (.csv) of the model or scenarios document in FILE to OUT; the export's
     * language: the workbook's labels (Dutch without {@code --lang}), the CSV's conventions (RFC 4180 without it).
     */
    private static int export(String[] args, boolean langGiven, Operations operations, Cli cli) {
        Map<String, String> o = options(args, 3, Set.of("--scenario", "--for", "--compare-with"));
        if (o == null) {
            return cli.usage();
        }
        String target = args[2];
        String scenario = o.get("--scenario");
        String party = o.get("--for");
        String language = langGiven ? cli.language().code() : null;
        boolean csv = target.endsWith(".csv");
        if (!csv && !target.endsWith(".xlsx")) {
            return cli.fail(ServiceTexts.message("cli.exportTarget", target));
        }
        if (csv && o.containsKey("--compare-with")) {
            return cli.fail(ServiceTexts.message("cli.compareWithCsv"));
        }
        JsonApi api = operations.api(cli.language());
        return cli.documents(args[1], o.get("--compare-with"), (model, forecast) -> {
            if (csv) {
                JsonApi.Answer answer = api.flows(model, scenario, party, language);
                return answer.problem() ? answer : written(target, answer.body().getBytes(StandardCharsets.UTF_8));
            }
            Validated<byte[]> document = forecast == null ? Validated.valid(model) : compared(model, forecast);
            Validated<SroiWorkbook.Export> export = document.flatMap(d -> operations.workbook(d, scenario, party,
                    language));
            return export.isValid() ? written(target, export.value().workbook()) : api.problem(export);
        });
    }

    /** Writes the report of the model or scenarios document in FILE to OUT (.html or .pdf). */
    private static int report(String[] args, boolean langGiven, Operations operations, Cli cli) {
        Map<String, String> o = options(args, 3, Set.of("--for", "--scenario", "--iterations", "--seed",
                "--compare-with"));
        if (o == null) {
            return cli.usage();
        }
        String target = args[2];
        ReportFormat format = ReportFormat.ofFileName(target);
        if (format == null) {
            return cli.fail(ServiceTexts.message("cli.reportTarget", target));
        }
        // the report's language: without --lang the report is Dutch
        Validated<ReportRequest> request = ReportRequest.of(langGiven ? cli.language().code() : null, o.get("--for"),
                o.get("--scenario"), o.get("--iterations"), o.get("--seed"));
        JsonApi api = operations.api(cli.language());
        return cli.documents(args[1], o.get("--compare-with"), (document, forecast) -> {
            Validated<byte[]> posted = forecast == null ? Validated.valid(document) : compared(document, forecast);
            Validated<Report> report = request.flatMap(r -> posted.flatMap(p -> operations.reporter().report(p, r)));
            return report.isValid() ? written(target, format.render(report.value())) : api.problem(report);
        });
    }

    /**
     * {@code {"document": …, "compareWith": …}}: an evaluation with its forecast, as report and export take it. Each
     * file must be one JSON value on its own first, so that a file that is not is named by its own line and column
     * (the forecast's problem at {@code /compareWith}), and nothing in one file can change what the other says.
     */
    private static Validated<byte[]> compared(byte[] document, byte[] forecast) {
        for (byte[] file : new byte[][] {document, forecast}) {
            try {
                Jackson.parse(file);
            } catch (MalformedJsonException e) {
                Problem problem = file == forecast ? e.problem().at("/compareWith") : e.problem();
                return Validated.invalid(Validated.Failure.MALFORMED_JSON, List.of(problem));
            }
        }
        return Validated.valid(("{\"document\": " + new String(document, StandardCharsets.UTF_8)
                + ", \"compareWith\": " + new String(forecast, StandardCharsets.UTF_8) + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The validation document with the status of what it found: an invalid model exits 2 as with every other
     * command (the service answers it with 200, since there the document is the answer asked for).
     */
    private static JsonApi.Answer invalidIfNotValid(JsonApi.Answer validation) {
        if (validation.problem()) {
            return validation;
        }
        boolean valid;
        try {
            valid = Jackson.reader().readTree(validation.body()).path("valid").asBoolean();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return valid ? validation : new JsonApi.Answer(422, validation.body(), validation.mediaType());
    }

    private static JsonApi.Answer written(String target, byte[] content) {
        try {
            Files.write(Path.of(target), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JsonApi.Answer(200, "", JsonApi.Answer.JSON);
    }

    /** The {@code --name value} pairs after COMMAND FILE, or null when one is not allowed or lacks its value. */
    static Map<String, String> options(String[] args, Set<String> allowed) {
        return options(args, 2, allowed);
    }

    /** The {@code --name value} pairs from {@code args[from]} on, or null as above. */
    static Map<String, String> options(String[] args, int from, Set<String> allowed) {
        Map<String, String> options = new HashMap<>();
        for (int i = from; i < args.length; i += 2) {
            if (!allowed.contains(args[i]) || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    /** Where a command reads and writes, and the language it writes in. */
    private record Cli(InputStream in, PrintStream out, PrintStream err, Language language) {

        int usage() {
            err.print(Main.usage(language));
            return FAILURE;
        }

        int fail(Message message) {
            err.println("sroi: " + message.in(language));
            return FAILURE;
        }

        /** Reads FILE (or standard input), prints what the operation answers, and exits 0, or 2 for a problem. */
        int document(String file, java.util.function.Function<byte[], JsonApi.Answer> operation) {
            return documents(file, null, (model, none) -> operation.apply(model));
        }

        /** Reads FILE and SECOND (when not null), prints what the operation answers; exits as {@link #document}. */
        int documents(String file, String second,
                      java.util.function.BiFunction<byte[], byte[], JsonApi.Answer> operation) {
            byte[][] read = new byte[2][];
            String[] files = {file, second};
            for (int i = 0; i < 2 && files[i] != null; i++) {
                try {
                    read[i] = files[i].equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(files[i]));
                } catch (NoSuchFileException e) {
                    return fail(ServiceTexts.message("cli.noSuchFile", files[i]));
                } catch (IOException e) {
                    return fail(ServiceTexts.message("cli.cannotRead", files[i], String.valueOf(e.getMessage())));
                }
            }
            JsonApi.Answer answer;
            try {
                answer = operation.apply(read[0], read[1]);
            } catch (UncheckedIOException e) {
                return fail(ServiceTexts.message("cli.cannotWrite", String.valueOf(e.getCause().getMessage())));
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            out.write(body, 0, body.length);
            out.flush();
            return answer.problem() ? INVALID : OK;
        }
    }
}
