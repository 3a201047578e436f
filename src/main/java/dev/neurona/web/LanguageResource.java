package dev.neurona.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Switches the interface language and returns to the page the learner was on. */
@Path("/language")
public class LanguageResource {

    @GET
    @Path("{code}")
    public Response choose(@PathParam("code") String code, @HeaderParam("Referer") String referer,
            @Context HttpServerRequest request) {
        String language = "en".equals(code) ? "en" : "es";
        URI back = URI.create("/");
        if (referer != null) {
            URI from = URI.create(referer);
            // only ever redirect within this site
            back = URI.create((from.getRawPath() == null || from.getRawPath().isEmpty() ? "/" : from.getRawPath())
                    + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
        }
        NewCookie cookie = new NewCookie.Builder(Ui.LANGUAGE_COOKIE).value(language).path("/")
                .maxAge(60 * 60 * 24 * 365).secure(request.isSSL()).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(back).cookie(cookie).build();
    }
}
