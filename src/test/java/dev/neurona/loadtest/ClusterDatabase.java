package dev.neurona.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the cluster test reads straight from the nodes' PostgreSQL: runs' states, owners and tries. */
final class ClusterDatabase {

    private final String url;
    private final String user;
    private final String password;

    ClusterDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A run as stored: its state, the node that trained it last, and how many nodes took it. */
    record StoredRun(String id, String state, String owner, int attempts, String errorCode) {}

    Map<String, StoredRun> runs(Collection<String> ids) throws SQLException {
        Map<String, StoredRun> runs = new TreeMap<>();
        try (Connection c = connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT id, state, owner_node, attempts, error_code FROM training_run WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    runs.put(
                            r.getString(1),
                            new StoredRun(
                                    r.getString(1),
                                    r.getString(2),
                                    r.getString(3),
                                    r.getInt(4),
                                    r.getString(5)));
                }
            }
        }
        return runs;
    }

    /** The runs a node is training now. */
    List<String> runningOn(String node) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT id FROM training_run WHERE owner_node = ? AND state = 'RUNNING'")) {
            s.setString(1, node);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
