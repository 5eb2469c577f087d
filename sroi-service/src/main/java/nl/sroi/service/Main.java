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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.javalin.Javalin;
import org.slf4j.LoggerFactory;

import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.Validated;
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

    private static final String USAGE = String.join("\n",
            "usage: java -jar sroi.jar [serve] [--host H] [--port N] [--models DIR] [--max-body BYTES]",
            "                          [--work-budget STEPS] [--deadline-ms MS] [--heavy-at-once N]",
            "           start the service (defaults 127.0.0.1, 7070, the bundled models, 1048576,",
            "           3000000000, 5000, half the cores; or SROI_HOST, SROI_PORT, SROI_MODELS, SROI_MAX_BODY,",
            "           SROI_WORK_BUDGET, SROI_DEADLINE_MS, SROI_HEAVY_AT_ONCE)",
            "       java -jar sroi.jar calculate FILE",
            "           calculate a sroi-model/1 document (FILE may be - for standard input)",
            "       java -jar sroi.jar sensitivity FILE",
            "           tornado of the ranged estimates and the switching value of every estimate",
            "       java -jar sroi.jar simulate FILE [--iterations N] [--seed S]",
            "           Monte Carlo over the ranged estimates (defaults 10000 iterations, seed 1)",
            "       java -jar sroi.jar scenarios FILE",
            "           a sroi-scenarios/1 document: the model and its scenarios side by side",
            "       java -jar sroi.jar business-case FILE --for STAKEHOLDER [--scenario ID]",
            "           what one party pays and receives per period, beside every other party",
            "       java -jar sroi.jar export FILE OUT.xlsx|OUT.csv",
            "           the model as a workbook with live formulas, or every party's flows as CSV",
            "");

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        if (status != SERVING) {
            System.exit(status);
        }
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("calculate")) {
            return document(args[1], in, out, err, JsonApi.DEFAULT::calculate);
        }
        if (args.length == 2 && args[0].equals("sensitivity")) {
            return document(args[1], in, out, err, JsonApi.DEFAULT::sensitivity);
        }
        if (args.length == 2 && args[0].equals("scenarios")) {
            return document(args[1], in, out, err, JsonApi.DEFAULT::scenarios);
        }
        if (args.length >= 2 && args[0].equals("simulate")) {
            Map<String, String> o = options(args, Set.of("--iterations", "--seed"));
            if (o == null) {
                err.print(USAGE);
                return FAILURE;
            }
            return document(args[1], in, out, err,
                    model -> JsonApi.DEFAULT.simulate(model, o.get("--iterations"), o.get("--seed")));
        }
        if (args.length >= 2 && args[0].equals("business-case")) {
            Map<String, String> o = options(args, Set.of("--for", "--scenario"));
            if (o == null || !o.containsKey("--for")) {
                err.print(USAGE);
                return FAILURE;
            }
            return document(args[1], in, out, err,
                    model -> JsonApi.DEFAULT.businessCase(model, o.get("--for"), o.get("--scenario")));
        }
        if (args.length == 3 && args[0].equals("export")) {
            return export(args[1], args[2], in, out, err);
        }
        if (args.length == 0 || args[0].equals("serve") || args[0].startsWith("--")) {
            int skip = args.length > 0 && args[0].equals("serve") ? 1 : 0;
            return serve(Arrays.copyOfRange(args, skip, args.length), err);
        }
        err.print(USAGE);
        return FAILURE;
    }

    private static int serve(String[] options, PrintStream err) {
        ServiceConfig config;
        try {
            config = ServiceConfig.from(options, System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("sroi: " + e.getMessage());
            err.print(USAGE);
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
        String cannotListen = "sroi: cannot listen on " + config.host() + ":" + config.port() + ": ";
        InetAddress address;
        try {
            address = InetAddress.getByName(config.host());
            // Javalin reports a failed bind as a stack trace of Jetty's stop: try the address first, for one line
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(address, config.port()));
            }
        } catch (UnknownHostException e) {
            err.println(cannotListen + "no such host");
            return FAILURE;
        } catch (IOException e) {
            err.println(cannotListen + e.getMessage());
            return FAILURE;
        }
        if (!address.isLoopbackAddress()) {
            err.println("sroi: warning: listening on " + config.host() + ", which other machines can reach; the "
                    + "service has no authentication and is meant for loopback (127.0.0.1)");
        }
        Javalin app = new SroiService(config, loading::join).create();
        ModelCatalog catalog;
        try {
            app.start(config.host(), config.port());
            catalog = loading.join();
        } catch (CompletionException e) {
            err.println("sroi: " + e.getCause().getCause().getMessage());
            stopQuietly(app);
            return FAILURE;
        } catch (Exception e) { // Javalin rethrows Jetty's checked exceptions unchecked
            err.println(cannotListen + e.getMessage());
            stopQuietly(app);
            return FAILURE;
        }
        // SIGTERM runs the hook: Jetty stops accepting and lets requests in flight finish (up to its stop timeout)
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "sroi-shutdown"));
        LoggerFactory.getLogger(Main.class).info("serving {} analyses on http://{}:{}{}", catalog.size(),
                config.host(), app.port(), SroiService.API);
        return SERVING;
    }

    private static void stopQuietly(Javalin app) {
        try {
            app.stop();
        } catch (Exception e) {
            // the server did not start: there is nothing to stop, and nothing to report beyond the first error
        }
    }

    /** Writes the workbook (.xlsx) or the flows (.csv) of the model in FILE to OUT. */
    private static int export(String file, String target, InputStream in, PrintStream out, PrintStream err) {
        boolean csv = target.endsWith(".csv");
        if (!csv && !target.endsWith(".xlsx")) {
            err.println("sroi: export writes a .xlsx workbook or a .csv file, not " + target);
            return FAILURE;
        }
        return document(file, in, out, err, model -> {
            if (csv) {
                JsonApi.Answer answer = JsonApi.DEFAULT.flows(model, null);
                return answer.problem() ? answer : written(target, answer.body().getBytes(StandardCharsets.UTF_8));
            }
            Validated<SroiWorkbook.Export> export = SroiWorkbook.fromJson(model, ModelValidator.DEFAULT);
            return export.isValid() ? written(target, export.value().workbook()) : JsonApi.Answer.of(export);
        });
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
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i += 2) {
            if (!allowed.contains(args[i]) || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    /** Reads FILE (or standard input), prints what the operation answers, and exits 0, or 2 for a problem. */
    private static int document(String file, InputStream in, PrintStream out, PrintStream err,
                                java.util.function.Function<byte[], JsonApi.Answer> operation) {
        byte[] model;
        try {
            model = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            err.println("sroi: no such file: " + file);
            return FAILURE;
        } catch (IOException e) {
            err.println("sroi: cannot read " + file + ": " + e.getMessage());
            return FAILURE;
        }
        JsonApi.Answer answer;
        try {
            answer = operation.apply(model);
        } catch (UncheckedIOException e) {
            err.println("sroi: cannot write: " + e.getCause().getMessage());
            return FAILURE;
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        out.write(body, 0, body.length);
        out.flush();
        return answer.problem() ? INVALID : OK;
    }
}
