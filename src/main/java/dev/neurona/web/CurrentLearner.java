package dev.neurona.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;

/**
 * The learner behind a request, identified for now by an anonymous cookie. A request without one
 * gets a fresh id, which {@link LearnerCookieFilter} sends back so the browser keeps it.
 */
@RequestScoped
public class CurrentLearner {

    static final String COOKIE = "neurona_learner";

    @Inject
    HttpHeaders headers;

    private String id;
    private boolean fresh;

    public String id() {
        if (id == null) {
            Cookie cookie = headers.getCookies().get(COOKIE);
            if (cookie != null && isValid(cookie.getValue())) {
                id = cookie.getValue();
            } else {
                id = UUID.randomUUID().toString();
                fresh = true;
            }
        }
        return id;
    }

    /** Continues as another learner id (signing in from a new device): the response hands the browser its cookie. */
    public void become(String learnerId) {
        id = learnerId;
        fresh = true;
    }

    boolean isFresh() {
        id();
        return fresh;
    }

    private static boolean isValid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
