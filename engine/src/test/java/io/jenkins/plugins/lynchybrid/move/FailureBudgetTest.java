package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FailureBudgetTest {
    @ParameterizedTest
    @CsvSource({"5, 5, 1000, false", "5, 6, 1000, true", "2%, 20, 1000, false", "2%, 21, 1000, true", "0, 1, 10, true"})
    void aBudgetIsExceededOnlyByMoreFailuresThanItAllows(String budget, long failed, long total, boolean exceeded) {
        assertEquals(exceeded, FailureBudget.parse(budget).exceeded(failed, total));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "five", "120%", "%", "1.5"})
    void aBadBudgetIsAConfigurationErrorNamingTheOption(String budget) {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> FailureBudget.parse(budget));

        assertTrue(error.getMessage().startsWith("--max-failures"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "257", "many", "-3"})
    void aBadParallelismIsAConfigurationErrorNamingTheValue(String parallel) {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> Parallelism.parse(parallel));

        assertTrue(error.getMessage().contains(parallel), error.getMessage());
    }
}
