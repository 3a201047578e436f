package dev.neurona.web;

import dev.neurona.classroom.Instructor;
import dev.neurona.classroom.InstructorAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** The instructor signed in on this request, if any, from their session cookie. */
@RequestScoped
public class CurrentInstructor {

    static final String COOKIE = "neurona_instructor";

    @Inject
    HttpHeaders headers;

    @Inject
    InstructorAccounts accounts;

    private Optional<Instructor> instructor;

    public Optional<Instructor> get() {
        if (instructor == null) {
            instructor = Optional.ofNullable(headers.getCookies().get(COOKIE)).map(Cookie::getValue).flatMap(accounts::session);
        }
        return instructor;
    }

    /** The signed-in instructor, or the refusal that becomes a 401 (nobody) or 403 (a learner). */
    public Instructor require() {
        return get().orElseThrow(() -> new InstructorOnlyException(isLearner()));
    }

    /** The session token the browser sent, for signing out. */
    Optional<String> token() {
        return Optional.ofNullable(headers.getCookies().get(COOKIE)).map(Cookie::getValue);
    }

    /** Whether the request carries a learner's identity (then a refusal is 403, not 401). */
    boolean isLearner() {
        return headers.getCookies().containsKey(CurrentLearner.COOKIE);
    }
}
