package dev.neurona.support;

import static dev.neurona.support.Csrf.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A submitted exercise form: repeatable fields, in order, posted with the CSRF token. */
public final class Form {

    public final Map<String, List<String>> fields = new LinkedHashMap<>();

    /** A small valid configuration: one hidden layer of 16 relu, one epoch, big batches. */
    public static Form small() {
        return new Form()
                .set("hidden_layers_present", "1")
                .set("hidden_units", "16")
                .set("hidden_activation", "relu")
                .set("output", "softmax")
                .set("loss", "categorical_crossentropy")
                .set("optimizer", "rmsprop")
                .set("learning_rate", "0.001")
                .set("epochs", "1")
                .set("batch_size", "512")
                .set("validation_split", "0")
                .set("seed", "42");
    }

    public Form set(String key, String... values) {
        fields.put(key, List.of(values));
        return this;
    }

    public Form layers(int count, String units, String activation) {
        fields.put("hidden_units", Collections.nCopies(count, units));
        fields.put("hidden_activation", Collections.nCopies(count, activation));
        return this;
    }

    /** A form-encoded request of these fields, ready to post. */
    public RequestSpecification request() {
        RequestSpecification request = given().contentType(ContentType.URLENC);
        fields.forEach((key, values) -> request.formParam(key, values.toArray()));
        return request;
    }
}
