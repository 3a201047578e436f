/** The server's {@code neurona.*} settings, the engine objects made from them, and the native runtime's set-up. */
package dev.neurona.config;
