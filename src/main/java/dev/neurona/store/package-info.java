/**
 * Where the server keeps its state: the embedded H2 database by default, PostgreSQL when {@code neurona.db.url} is set,
 * chosen when the server starts (same build) and reached by every repository through {@link dev.neurona.store.Database}.
 */
package dev.neurona.store;
