package dev.neurona.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a test class, before its server starts, when the test PostgreSQL does not answer. */
public class PostgresqlReachable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestPostgresql.reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestPostgresql.URL);
        }
        return ConditionEvaluationResult.disabled(
                "Skipped: no PostgreSQL answers at "
                        + TestPostgresql.URL
                        + " as "
                        + TestPostgresql.USER
                        + ". Start one with eval \"$(scripts/ci-postgres.sh)\" (.ci/run does)"
                        + " or point NEURONA_TEST_PG_URL, NEURONA_TEST_PG_USER, NEURONA_TEST_PG_PASSWORD at one.");
    }
}
