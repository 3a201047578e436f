package dev.neurona.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/** Session cookies: HttpOnly, SameSite=Strict, and Secure whenever the request came over TLS. */
@ApplicationScoped
public class SessionCookies {

    @Inject
    CurrentVertxRequest request;

    NewCookie session(String name, String value, Duration length) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge((int) length.toSeconds()).httpOnly(true)
                .secure(overTls()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true)
                .secure(overTls()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** As the other cookies decide it: behind a trusted proxy, the forwarding wrapper reports the proxy's TLS. */
    boolean overTls() {
        return request.getCurrent() != null && request.getCurrent().request().isSSL();
    }
}
