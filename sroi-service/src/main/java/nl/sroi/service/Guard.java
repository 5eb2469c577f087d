package nl.sroi.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;

import nl.sroi.core.text.Message;
import nl.sroi.store.Role;
import nl.sroi.store.Store;
import nl.sroi.store.User;

/**
 * Who is asking, and whether they may: the bearer token of the {@code Authorization} header, looked up by its hash.
 * None or an unknown one is a 401 with {@code WWW-Authenticate: Bearer}; a role that may not is a 403. Failed
 * attempts are answered no sooner than {@value #FAILURE_FLOOR_MILLIS} ms after the request arrived (a success
 * takes a few), and a client address with {@value #MAX_FAILURES} failures within {@value #WINDOW_SECONDS} s gets
 * 429 with {@code Retry-After} until the oldest of them is that old. Every refusal but a 429 is in the audit log.
 */
final class Guard {

    static final int MAX_FAILURES = 10;
    static final int WINDOW_SECONDS = 60;
    static final long FAILURE_FLOOR_MILLIS = 200;
    /** Addresses remembered at most; beyond it the oldest is forgotten. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    /** A refusal with its status: the routes turn it into a problem document. */
    record Refusal(ProblemType type, Message detail, long retryAfter) {
    }

    /**
     * The user of the request, when the token is known and the role may.
     *
     * @param ctx    the request
     * @param store  the store
     * @param needed the least role the route needs
     * @return the user, or the refusal
     */
    Result check(Context ctx, Store store, Role needed) {
        long start = System.nanoTime();
        String address = ctx.ip();
        long retry = blockedFor(address);
        if (retry > 0) {
            return Result.refused(new Refusal(ProblemType.TOO_MANY_REQUESTS,
                    ServiceTexts.message("store.tooManyFailures", MAX_FAILURES, WINDOW_SECONDS, retry), retry));
        }
        String token = bearer(ctx.header("Authorization"));
        Optional<User> user = token == null ? Optional.empty() : store.accounts().authenticate(token);
        if (user.isEmpty()) {
            failed(address);
            store.accounts().audit(address, "refused", ctx.method() + " " + ctx.path() + ": "
                    + (token == null ? "no bearer token" : "unknown token"));
            floor(start);
            return Result.refused(new Refusal(ProblemType.UNAUTHORIZED, ServiceTexts.message(token == null
                    ? "store.noToken" : "store.unknownToken"), 0));
        }
        if (!user.get().role().may(needed)) {
            store.accounts().audit(user.get().name(), "refused", ctx.method() + " " + ctx.path() + ": role "
                    + user.get().role().code() + ", needs " + needed.code());
            return Result.refused(new Refusal(ProblemType.FORBIDDEN, ServiceTexts.message("store.forbidden",
                    user.get().name(), user.get().role().code(), needed.code()), 0));
        }
        return new Result(user.get(), null);
    }

    /** The user, or why not. */
    record Result(User user, Refusal refusal) {
        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }
    }

    /** The token of {@code Bearer TOKEN} (the scheme in any case), or null. */
    static String bearer(String header) {
        if (header == null || header.length() < 8 || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private synchronized long blockedFor(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return 0;
        }
        long now = System.currentTimeMillis();
        while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_SECONDS * 1000L) {
            times.pollFirst();
        }
        if (times.isEmpty()) {
            failures.remove(address);
            return 0;
        }
        return times.size() >= MAX_FAILURES ? (times.peekFirst() + WINDOW_SECONDS * 1000L - now + 999) / 1000 : 0;
    }

    private synchronized void failed(String address) {
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        times.addLast(System.currentTimeMillis());
        while (times.size() > MAX_FAILURES) {
            times.pollFirst();
        }
    }

    private static void floor(long start) {
        long left = FAILURE_FLOOR_MILLIS - (System.nanoTime() - start) / 1_000_000;
        if (left > 0) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
