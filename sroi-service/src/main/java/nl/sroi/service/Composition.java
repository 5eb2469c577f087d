package nl.sroi.service;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import nl.sroi.core.rules.ModelValidator;

/**
 * The composition root: the one place where the parts of the service and of the command line are made, each once,
 * and where the one executor policy is decided. Routes ({@link SroiService}, {@link StoreRoutes},
 * {@link PortfolioRoutes}) and commands ({@link Main}) are assembled over these parts and make none of their own.
 */
final class Composition {

    /**
     * The service's executor: every analysis (a simulation, a report's, a portfolio's) runs on its request's own
     * thread, so that the {@link Admission}'s places bound the cores heavy work takes ("each runs on one thread").
     */
    static final Executor SERVICE = Runnable::run;
    /** The command line's: one command runs at a time, so its simulations use every core. */
    static final Executor COMMAND_LINE = ForkJoinPool.commonPool();

    private Composition() {
    }

    /**
     * The shared parts of one service: made once per {@link SroiService}.
     *
     * @param operations what the routes ask, on the service's executor
     * @param responder  the one writer of answers and problems
     * @param admission  the places for work
     * @param computing  how a route that computes runs
     */
    record Service(Operations operations, Responder responder, Admission admission, Computing computing) {
    }

    /** The parts of a service with this configuration. */
    static Service service(ServiceConfig config) {
        Responder responder = new Responder(config);
        Admission admission = new Admission(config.work());
        return new Service(new Operations(ModelValidator.DEFAULT, SERVICE), responder, admission,
                new Computing(admission, responder));
    }

    /** The operations of the command line. */
    static Operations commandLine() {
        return new Operations(ModelValidator.DEFAULT, COMMAND_LINE);
    }

    /** The embedded store in the default folder, opened on first use. */
    static StoreAccess defaultStore() {
        return StoreAccess.of(new StoreSettings(Path.of(StoreSettings.DEFAULT_FOLDER), null, null, null));
    }
}
