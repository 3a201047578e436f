/** Thin HTTP layer: Qute pages, htmx fragments, SSE streams, form binding and error display. Parses, delegates, renders. */
package dev.neurona.web;
