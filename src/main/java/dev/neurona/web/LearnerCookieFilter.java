package dev.neurona.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Hands a new learner their identity cookie on the first response. */
public class LearnerCookieFilter {

    @Inject
    CurrentLearner learner;

    @ServerResponseFilter
    public void addCookie(ContainerResponseContext response) {
        if (learner.isFresh()) {
            NewCookie cookie = new NewCookie.Builder(CurrentLearner.COOKIE)
                    .value(learner.id()).path("/").maxAge(60 * 60 * 24 * 365).httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX).build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }
}
