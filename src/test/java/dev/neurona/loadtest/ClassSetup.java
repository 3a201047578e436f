package dev.neurona.loadtest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An instructor signed in with a class of their own: its id and the code learners join with. */
record ClassSetup(Browserless instructor, String classId, String joinCode) {

    private static final Pattern JOIN_CODE = Pattern.compile("data-join-code>([A-Z0-9]{6})<");

    /** Signs the instructor in (the account the server created from its configured password) and creates a class. */
    static ClassSetup create(ServerProcess server, String password, String className)
            throws IOException, InterruptedException {
        Browserless instructor = new Browserless(server);
        instructor.get("/instructor");
        HttpResponse<String> login =
                instructor.post(
                        "/instructor/login",
                        Map.of("username", "instructor", "password", password));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("instructor sign-in: HTTP " + login.statusCode());
        }
        HttpResponse<String> created =
                instructor.post("/instructor/classes", Map.of("name", className));
        String classId =
                created.headers()
                        .firstValue("HX-Redirect")
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "class creation: HTTP " + created.statusCode()))
                        .replace("/instructor/classes/", "");
        Matcher code = JOIN_CODE.matcher(instructor.get(dashboard(classId)).body());
        if (!code.find()) {
            throw new IllegalStateException("no join code on the class page");
        }
        return new ClassSetup(instructor, classId, code.group(1));
    }

    static String dashboard(String classId) {
        return "/instructor/classes/" + classId;
    }

    String dashboard() {
        return dashboard(classId);
    }
}
