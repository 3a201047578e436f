/**
 * Module 2's network written from scratch on raw ND4J arrays, no DL4J: forward pass, backpropagation
 * and gradient descent exactly as the lessons write them. Knows nothing of HTTP.
 */
package dev.neurona.nn.scratch;
