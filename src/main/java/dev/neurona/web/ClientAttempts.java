package dev.neurona.web;

import dev.neurona.cluster.ClusterNode;
import dev.neurona.cluster.SharedRateLimiter;
import dev.neurona.config.NeuronaConfig;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;

/**
 * Rate limits on joining and signing in: per client address (a whole class behind one school router
 * still fits in a burst) and per account, so guessing one learner's PIN or the instructor's password
 * takes forever from any number of addresses.
 */
@ApplicationScoped
public class ClientAttempts {

    /** Wrong guesses allowed at once on one account before it slows to one a minute. */
    static final int ACCOUNT_BURST = 5;

    private static final int MAX_KEYS = 10_000;

    @Inject CurrentVertxRequest request;

    @Inject NeuronaConfig config;

    @Inject ClusterNode node;

    @Inject SharedRateLimiter shared;

    RateLimiter perAddress;
    RateLimiter perAccount;

    @PostConstruct
    void init() {
        int perMinute = config.classroom().attemptsPerMinute();
        perAddress =
                new RateLimiter(perMinute, Duration.ofMinutes(1).dividedBy(perMinute), MAX_KEYS);
        perAccount = new RateLimiter(ACCOUNT_BURST, Duration.ofMinutes(1), MAX_KEYS);
    }

    /** Counts one attempt of the current client; false when it made too many lately. */
    public boolean allow() {
        String client = "unknown";
        if (request.getCurrent() != null
                && request.getCurrent().request().remoteAddress() != null) {
            client = request.getCurrent().request().remoteAddress().hostAddress();
        }
        if (node.clustered()) {
            int perMinute = config.classroom().attemptsPerMinute();
            return shared.tryAcquire(
                            "address:" + client,
                            perMinute,
                            Duration.ofMinutes(1).dividedBy(perMinute))
                    .isEmpty();
        }
        return perAddress.tryAcquire(client).allowed();
    }

    /** Counts one sign-in attempt on an account (a class code and name, or the instructor's name). */
    public boolean allowAccount(String... parts) {
        if (node.clustered()) {
            return shared.tryAcquire(
                            "account:" + accountKey(parts), ACCOUNT_BURST, Duration.ofMinutes(1))
                    .isEmpty();
        }
        return perAccount.tryAcquire(accountKey(parts)).allowed();
    }

    /** A successful sign-in clears the account's count, so a learner who mistyped once is not slowed. */
    public void signedIn(String... parts) {
        if (node.clustered()) {
            shared.reset("account:" + accountKey(parts));
        }
        perAccount.reset(accountKey(parts));
    }

    /** "ANA" and "ana " typed on the sign-in form are one account. */
    private static String accountKey(String... parts) {
        return String.join("\u0000", parts).toLowerCase(Locale.ROOT).strip();
    }
}
