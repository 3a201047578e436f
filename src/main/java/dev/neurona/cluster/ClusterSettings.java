package dev.neurona.cluster;

import dev.neurona.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;

/** Values every node of a cluster must agree on, such as the instructor set-up code: the first node's wins. */
@ApplicationScoped
public class ClusterSettings {

    @Inject Jdbc jdbc;

    /** The stored value of {@code name}, storing {@code proposed} if there is none yet. */
    public String agree(String name, String proposed) {
        try {
            jdbc.update(
                    "INSERT INTO cluster_setting (name, setting_value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                    name,
                    proposed);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the cluster setting " + name, e);
        }
        return jdbc.first(
                        "SELECT setting_value FROM cluster_setting WHERE name = ?",
                        r -> r.getString(1),
                        name)
                .orElse(proposed);
    }
}
