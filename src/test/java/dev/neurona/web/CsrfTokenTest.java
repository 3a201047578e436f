package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The double-submit token: its shape and the comparison. */
class CsrfTokenTest {

    @Test
    void tokensAreLongRandomAndWellFormed() {
        String a = CsrfToken.generate();
        String b = CsrfToken.generate();
        assertEquals(43, a.length(), a);
        assertTrue(CsrfToken.isWellFormed(a), a);
        assertNotEquals(a, b);
    }

    @Test
    void onlyTheSameTokenMatches() {
        String token = CsrfToken.generate();
        assertTrue(CsrfToken.matches(token, token));
        assertTrue(CsrfToken.matches(token, new String(token.toCharArray())));
        assertFalse(CsrfToken.matches(token, CsrfToken.generate()));
        assertFalse(CsrfToken.matches(token, token.substring(0, 42)), "a prefix");
        assertFalse(CsrfToken.matches(token, token + "x"), "a longer value");
        assertFalse(CsrfToken.matches(token, null));
        assertFalse(CsrfToken.matches(token, ""));
    }

    @Test
    void aMalformedCookieMatchesNothingNotEvenItself() {
        assertFalse(CsrfToken.matches("", ""));
        assertFalse(CsrfToken.matches(null, null));
        assertFalse(CsrfToken.matches("short", "short"));
        String withSpace = "a".repeat(42) + " ";
        assertFalse(CsrfToken.isWellFormed(withSpace));
        assertFalse(CsrfToken.matches(withSpace, withSpace));
    }
}
