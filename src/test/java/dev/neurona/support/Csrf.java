package dev.neurona.support;

import dev.neurona.web.CsrfToken;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * RestAssured requests that pass the CSRF check as a page of ours would: the token cookie and the
 * same token in the header. Use {@link #given()} wherever a test used {@code RestAssured.given()}.
 */
public final class Csrf {

    /** One token for the whole test run; any well-formed token works as long as cookie and header agree. */
    public static final String TOKEN = CsrfToken.generate();

    private Csrf() {}

    /** A request carrying the token cookie and header. */
    public static RequestSpecification given() {
        return RestAssured.given().cookie(CsrfToken.COOKIE, TOKEN).header(CsrfToken.HEADER, TOKEN);
    }
}
