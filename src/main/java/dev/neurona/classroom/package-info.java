/** People and their progress: for now, quiz attempts of anonymous learners (identified by a cookie). */
package dev.neurona.classroom;
