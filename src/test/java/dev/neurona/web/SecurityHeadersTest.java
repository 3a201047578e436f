package dev.neurona.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers every page carries, and the cookies' attributes, over plain HTTP and behind a TLS proxy. */
@QuarkusTest
class SecurityHeadersTest {

    private static void assertProtected(Response response) {
        String csp = response.header("Content-Security-Policy");
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, csp);
        for (String directive : List.of("default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:", "connect-src 'self'", "font-src 'self' data:", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")) {
            assertTrue(csp.contains(directive), directive + " in " + csp);
        }
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("same-origin", response.header("Referrer-Policy"));
        assertEquals("DENY", response.header("X-Frame-Options"));
    }

    @Test
    void pagesFragmentsAndErrorsCarryThePolicy() {
        assertProtected(given().get("/"));
        assertProtected(given().get("/lessons/1.5"));
        assertProtected(given().get("/glossary"));
        assertProtected(given().header("HX-Request", "true").queryParam("q", "epoca").get("/search"));
        Response missing = given().get("/lessons/9.9");
        assertEquals(404, missing.statusCode());
        assertProtected(missing);
        Response refused = given().post("/quizzes/anything");
        assertEquals(403, refused.statusCode());
        assertProtected(refused);
    }

    @Test
    void staticFilesAreNotSniffed() {
        assertEquals("nosniff", given().get("/js/csrf.js").header("X-Content-Type-Options"));
    }

    private static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie: " + response.headers()));
    }

    @Test
    void overPlainHttpTheLearnerCookieIsHttpOnlyLaxAndNotSecure() {
        Response page = given().get("/");
        String learner = setCookie(page, CurrentLearner.COOKIE);
        assertTrue(learner.contains("HttpOnly"), learner);
        assertTrue(learner.contains("SameSite=Lax"), learner);
        assertFalse(learner.contains("Secure"), learner);
        assertFalse(setCookie(page, CsrfToken.COOKIE).contains("Secure"));
    }

    @Test
    void behindATlsProxyTheCookiesAreSecure() {
        Response page = given().header("X-Forwarded-Proto", "https").get("/");
        String learner = setCookie(page, CurrentLearner.COOKIE);
        assertTrue(learner.contains("Secure"), learner);
        assertTrue(learner.contains("HttpOnly") && learner.contains("SameSite=Lax"), learner);
        String csrf = setCookie(page, CsrfToken.COOKIE);
        assertTrue(csrf.contains("Secure") && csrf.contains("SameSite=Strict"), csrf);
        String language = setCookie(given().header("X-Forwarded-Proto", "https").redirects().follow(false).get("/language/en"),
                Ui.LANGUAGE_COOKIE);
        assertTrue(language.contains("Secure"), language);
    }
}
