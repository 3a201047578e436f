/** The UI strings of each interactive widget, one Qute message bundle per widget (Spanish default, English in messages/). */
package dev.neurona.web.widgets;
