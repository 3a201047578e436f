package dev.neurona.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.support.Csrf;
import dev.neurona.support.ExerciseRuns;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The double-submit check on unsafe requests, and how a browser gets its token. */
@QuarkusTest
class CsrfTest {

    /** An unsafe request that succeeds when the check lets it through: the exercise's parameter count. */
    private static final String SUMMARY = "/exercises/" + ExerciseRuns.EXERCISE + "/summary";

    private static Response summary(RequestSpecification request) {
        return request.contentType(ContentType.URLENC).formParam("epochs", "1").post(SUMMARY);
    }

    private static String csrfSetCookie(Response response) {
        List<String> cookies = response.headers().getValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(CsrfToken.COOKIE + "=")).findFirst().orElse(null);
    }

    @Test
    void aPostWithoutTokenIs403WithAMessage() {
        Response refused = summary(given());
        assertEquals(403, refused.statusCode(), refused.asString());
        assertTrue(refused.asString().contains("Recarga la página"), refused.asString());
        assertTrue(refused.contentType().startsWith("text/plain"), refused.contentType());
        // the refusal hands out a token, so a reloaded page can try again
        assertNotNull(csrfSetCookie(refused), refused.headers().toString());
    }

    @Test
    void theMessageFitsWhoAsked() {
        Response htmx = summary(given().header("HX-Request", "true"));
        assertEquals(403, htmx.statusCode());
        assertTrue(htmx.contentType().startsWith("text/html"), htmx.contentType());
        assertTrue(htmx.asString().startsWith("<p class=\"notice error\" role=\"alert\">"), htmx.asString());

        Response json = given().cookie(Ui.LANGUAGE_COOKIE, "en").contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{}").post("/scratch/training");
        assertEquals(403, json.statusCode());
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        assertTrue(json.jsonPath().getString("message").contains("Reload the page"), json.asString());
        assertEquals(json.jsonPath().getString("message"), json.jsonPath().getString("error"));
    }

    @Test
    void aWrongOrMissingTokenIs403() {
        String token = CsrfToken.generate();
        assertEquals(403, summary(given().cookie(CsrfToken.COOKIE, token).header(CsrfToken.HEADER, CsrfToken.generate())).statusCode(),
                "another token");
        assertEquals(403, summary(given().cookie(CsrfToken.COOKIE, token)).statusCode(), "a cookie but no header");
        assertEquals(403, summary(given().header(CsrfToken.HEADER, token)).statusCode(), "a header but no cookie");
        assertEquals(403, summary(given().cookie(CsrfToken.COOKIE, token).header(CsrfToken.HEADER, token.substring(1))).statusCode(),
                "a truncated token");
        assertEquals(403, summary(given().cookie(CsrfToken.COOKIE, "abc").header(CsrfToken.HEADER, "abc")).statusCode(),
                "equal but not one of ours");
    }

    @Test
    void everyUnsafeMethodIsChecked() {
        String run = "/runs/" + java.util.UUID.randomUUID() + "/cancel";
        assertEquals(403, given().put(run).statusCode());
        assertEquals(403, given().patch(run).statusCode());
        assertEquals(403, given().delete(run).statusCode());
        assertEquals(403, given().post("/no-such-page").statusCode(), "before any route is chosen");
    }

    @Test
    void theRightTokenGoesThrough() {
        Response response = summary(Csrf.given());
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.asString().contains("parámetros"), response.asString());
    }

    @Test
    void safeRequestsNeedNoToken() {
        assertEquals(200, given().get("/").statusCode());
        assertEquals(200, given().get("/exercises/" + ExerciseRuns.EXERCISE + "/history").statusCode());
        assertEquals(200, given().head("/glossary").statusCode());
    }

    @Test
    void aFirstVisitGetsATokenItCanPostWith() {
        Response page = given().get("/lessons/1.5");
        String setCookie = csrfSetCookie(page);
        assertNotNull(setCookie, page.headers().toString());
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertFalse(setCookie.contains("HttpOnly"), "our scripts read it: " + setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP: " + setCookie);
        String token = page.cookie(CsrfToken.COOKIE);
        assertTrue(CsrfToken.isWellFormed(token), token);

        Response posted = summary(given().cookie(CsrfToken.COOKIE, token).header(CsrfToken.HEADER, token));
        assertEquals(200, posted.statusCode(), posted.asString());
    }

    @Test
    void aBrowserWithATokenKeepsItAndStaticFilesNeverSetOne() {
        assertNull(csrfSetCookie(Csrf.given().get("/")), "a valid token is kept");
        assertNotNull(csrfSetCookie(given().cookie(CsrfToken.COOKIE, "forged").get("/")), "a malformed one is replaced");
        Response script = given().get("/js/csrf.js");
        assertEquals(200, script.statusCode());
        assertNull(csrfSetCookie(script), "cached static files carry no cookie");
    }
}
