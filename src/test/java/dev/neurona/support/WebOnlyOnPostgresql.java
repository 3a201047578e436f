package dev.neurona.support;

import java.util.Map;

/**
 * A web-only node of a cluster ({@code neurona.workers.count=0}): it serves pages and streams but
 * claims no run, so a test can play the other nodes' workers on the shared queue itself.
 */
public class WebOnlyOnPostgresql extends OnPostgresql {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
        config.put("neurona.workers.count", "0");
        return config;
    }
}
