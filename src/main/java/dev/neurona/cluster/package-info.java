/**
 * Several nodes on one PostgreSQL: a node's identity and heartbeat ({@link dev.neurona.cluster.ClusterNode})
 * and the database's LISTEN/NOTIFY channels ({@link dev.neurona.cluster.Notifications}). With the
 * embedded H2 a node is alone and none of this runs. Knows about {@code store} and {@code config}.
 */
package dev.neurona.cluster;
