package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.support.Cookies;
import org.junit.jupiter.api.Test;

/** The test helpers outside this package name the server's cookies as the server does. */
class CookieNamesTest {

    @Test
    void theSupportPackageNamesTheServersCookies() {
        assertEquals(CurrentLearner.COOKIE, Cookies.LEARNER);
        assertEquals(CurrentInstructor.COOKIE, Cookies.INSTRUCTOR);
    }
}
