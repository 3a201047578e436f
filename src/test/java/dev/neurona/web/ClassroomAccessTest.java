package dev.neurona.web;

import static dev.neurona.support.Classroom.PASSWORD;
import static dev.neurona.support.Classroom.createClass;
import static dev.neurona.support.Classroom.instructorSession;
import static dev.neurona.support.Classroom.join;
import static dev.neurona.support.Classroom.joinCode;
import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Instructor sign-in, classes, joining with a code and signing in again with the PIN, and who may see what. */
@QuarkusTest
class ClassroomAccessTest {

    @Test
    void instructorPagesAre401ForNobodyAnd403ForALearner() {
        given().get("/instructor/classes").then().statusCode(401);
        given().contentType("application/x-www-form-urlencoded").formParam("name", "x").post("/instructor/classes").then().statusCode(401);
        String page = given().cookie(CurrentLearner.COOKIE, UUID.randomUUID().toString()).get("/instructor/classes")
                .then().statusCode(403).extract().asString();
        assertTrue(page.contains("solo para el docente"), "the refusal says why and offers the sign-in form");
        given().cookie(CurrentInstructor.COOKIE, "forged-token").get("/instructor/classes").then().statusCode(401);
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensAStrictHttpOnlySession() {
        Response wrong = given().contentType("application/x-www-form-urlencoded").formParam("username", "instructor")
                .formParam("password", "not-the-password").post("/instructor/login");
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.asString().contains("Usuario o contraseña incorrectos"));
        assertEquals(null, wrong.getCookie(CurrentInstructor.COOKIE));

        Response right = given().contentType("application/x-www-form-urlencoded").formParam("username", "instructor")
                .formParam("password", PASSWORD).post("/instructor/login");
        assertEquals("/instructor/classes", right.getHeader("HX-Redirect"));
        String setCookie = right.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(CurrentInstructor.COOKIE)).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);

        String session = right.getCookie(CurrentInstructor.COOKIE);
        given().cookie(CurrentInstructor.COOKIE, session).get("/instructor/classes").then().statusCode(200);
        given().cookie(CurrentInstructor.COOKIE, session).post("/instructor/logout").then().statusCode(204);
        given().cookie(CurrentInstructor.COOKIE, session).get("/instructor/classes").then().statusCode(401);
    }

    @Test
    void aClassNeedsAName() {
        String session = instructorSession();
        Response r = given().cookie(CurrentInstructor.COOKIE, session).contentType("application/x-www-form-urlencoded")
                .formParam("name", "   ").post("/instructor/classes");
        assertEquals(422, r.statusCode());
        assertTrue(r.asString().contains("nombre de clase"), r.asString());
    }

    @Test
    void aLearnerJoinsWithTheCodeAndSignsInElsewhereWithThePin() {
        String session = instructorSession();
        String classId = createClass(session, "Redes 2026 · grupo A");
        String code = joinCode(session, classId);

        Response unknown = join(UUID.randomUUID().toString(), "ZZZZZ1", "Ana");
        assertEquals(422, unknown.statusCode());
        assertTrue(unknown.asString().contains("No hay ninguna clase con ese código"));

        String ana = UUID.randomUUID().toString();
        Response joined = join(ana, code.toLowerCase(), "  Ana  ");
        assertEquals(200, joined.statusCode(), joined.asString());
        Matcher pin = Pattern.compile("data-pin>(\\d{6})<").matcher(joined.asString());
        assertTrue(pin.find(), "the PIN is shown once");

        Response clash = join(UUID.randomUUID().toString(), code, "ANA");
        assertEquals(422, clash.statusCode());
        assertTrue(clash.asString().contains("Ya hay alguien con ese nombre"));

        Response badPin = given().contentType("application/x-www-form-urlencoded").formParam("code", code).formParam("name", "ana")
                .formParam("pin", pin.group(1).equals("000000") ? "111111" : "000000").post("/signin");
        assertEquals(422, badPin.statusCode());
        assertTrue(badPin.asString().contains("no coinciden"));

        String otherDevice = UUID.randomUUID().toString();
        Response signedIn = given().cookie(CurrentLearner.COOKIE, otherDevice).contentType("application/x-www-form-urlencoded")
                .formParam("code", code).formParam("name", "ana").formParam("pin", pin.group(1)).post("/signin");
        assertEquals("/", signedIn.getHeader("HX-Redirect"));
        assertEquals(ana, signedIn.getCookie(CurrentLearner.COOKIE), "the other device continues as the same learner");
    }

    @Test
    void hostileNamesAreEscapedWhereTheyAreShown() {
        String session = instructorSession();
        String classId = createClass(session, "<img src=x onerror=alert(1)>");
        String code = joinCode(session, classId);
        String classes = given().cookie(CurrentInstructor.COOKIE, session).get("/instructor/classes").then().extract().asString();
        assertFalse(classes.contains("<img src=x onerror"), "a class name is text");
        assertTrue(classes.contains("&lt;img src=x onerror=alert(1)&gt;"));

        String page = join(UUID.randomUUID().toString(), code, "\"><script>alert(1)</script>").asString();
        assertFalse(page.contains("<script>alert(1)"), page);
        assertTrue(page.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    }

    @Test
    void aPinIsGuessedFiveTimesAtMostBeforeTheAccountSlowsDown() {
        String session = instructorSession();
        String code = joinCode(session, createClass(session, "Límite de intentos"));
        String learner = UUID.randomUUID().toString();
        assertEquals(200, join(learner, code, "Carla").statusCode());
        for (int i = 0; i < ClientAttempts.ACCOUNT_BURST; i++) {
            given().contentType("application/x-www-form-urlencoded").formParam("code", code).formParam("name", "Carla")
                    .formParam("pin", "wrong" + i).post("/signin").then().statusCode(422);
        }
        Response limited = given().contentType("application/x-www-form-urlencoded").formParam("code", code).formParam("name", "carla ")
                .formParam("pin", "000000").post("/signin");
        assertEquals(429, limited.statusCode());
        assertTrue(limited.asString().contains("Demasiados intentos"), limited.asString());
        // another learner of the class is not slowed by it
        assertEquals(200, join(UUID.randomUUID().toString(), code, "Dani").statusCode());
        given().contentType("application/x-www-form-urlencoded").formParam("code", code).formParam("name", "Dani")
                .formParam("pin", "nope").post("/signin").then().statusCode(422);
    }

    @Test
    void aLearnerCannotReadAnotherClassOrStopRunsAsInstructor() {
        String learner = UUID.randomUUID().toString();
        given().cookie(CurrentLearner.COOKIE, learner).get("/instructor/classes/" + UUID.randomUUID()).then().statusCode(403);
        given().cookie(CurrentLearner.COOKIE, learner).post("/instructor/runs/" + UUID.randomUUID() + "/cancel").then().statusCode(403);
        given().post("/instructor/runs/" + UUID.randomUUID() + "/cancel").then().statusCode(401);
        given().get("/instructor/classes/" + UUID.randomUUID() + "/export.csv").then().statusCode(401);
        given().get("/instructor/classes/" + UUID.randomUUID() + "/live").then().statusCode(401);
        String session = instructorSession();
        given().cookie(CurrentInstructor.COOKIE, session).get("/instructor/classes/" + UUID.randomUUID()).then().statusCode(404);
    }
}
