package dev.neurona.support;

import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The test instructor and their classes over HTTP: sign in, create a class, read its join code, join it. */
public final class Classroom {

    /** The instructor password the test profile configures ({@code %test.neurona.instructor.password}). */
    public static final String PASSWORD = "classroom-test-password";

    private Classroom() {}

    /** Signs the test instructor in and returns the session cookie's value. */
    public static String instructorSession() {
        Response r =
                given().contentType("application/x-www-form-urlencoded")
                        .formParam("username", "instructor")
                        .formParam("password", PASSWORD)
                        .post("/instructor/login");
        assertEquals(200, r.statusCode(), r.asString());
        return r.getCookie(Cookies.INSTRUCTOR);
    }

    /** Creates a class as the signed-in instructor and returns its id. */
    public static String createClass(String session, String name) {
        Response r =
                given().cookie(Cookies.INSTRUCTOR, session)
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("name", name)
                        .post("/instructor/classes");
        assertEquals(200, r.statusCode(), r.asString());
        return r.getHeader("HX-Redirect").substring("/instructor/classes/".length());
    }

    /** The class's six-character join code, as the instructor's class list shows it. */
    public static String joinCode(String session, String classId) {
        String classes =
                given().cookie(Cookies.INSTRUCTOR, session)
                        .get("/instructor/classes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        Matcher m =
                Pattern.compile(
                                "/instructor/classes/"
                                        + classId
                                        + "\">\\s*<span class=\"class-name\">[^<]*</span>\\s*<span class=\"class-code\"[^>]*>([A-Z0-9]{6})<")
                        .matcher(classes);
        assertTrue(m.find(), "the class and its code are listed");
        return m.group(1);
    }

    /** Joins a class with its code as {@code learner}, under {@code name}. */
    public static Response join(String learner, String code, String name) {
        return given().cookie(Cookies.LEARNER, learner)
                .contentType("application/x-www-form-urlencoded")
                .formParam("code", code)
                .formParam("name", name)
                .post("/join");
    }
}
