package dev.neurona.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Hands a new learner their identity cookie on the first response: HttpOnly (no script needs it),
 * SameSite=Lax (a link from elsewhere still opens the learner's own page), and Secure when the request
 * came over TLS, directly or through a proxy Quarkus is told to trust (see README, "Behind a proxy").
 */
public class LearnerCookieFilter {

    @Inject
    CurrentLearner learner;

    @ServerResponseFilter
    public void addCookie(ContainerResponseContext response, HttpServerRequest request) {
        if (learner.isFresh()) {
            NewCookie cookie = new NewCookie.Builder(CurrentLearner.COOKIE)
                    .value(learner.id()).path("/").maxAge(60 * 60 * 24 * 365).httpOnly(true)
                    .secure(request.isSSL()).sameSite(NewCookie.SameSite.LAX).build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }
}
