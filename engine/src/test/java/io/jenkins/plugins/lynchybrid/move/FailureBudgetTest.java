package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureBudgetTest {
    @ParameterizedTest
    @CsvSource({"5, 5, 1000, false", "5, 6, 1000, true", "2%, 20, 1000, false", "2%, 21, 1000, true", "0, 1, 10, true"})
    void aBudgetIsExceededOnlyByMoreFailuresThanItAllows(String budget, long failed, long total, boolean exceeded) {
        assertEquals(exceeded, FailureBudget.parse(budget).exceeded(failed, total));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""   | '' is neither a count (5) nor a percentage (2%)
            -1   | '-1' is a negative count of failures
            five | 'five' is neither a count (5) nor a percentage (2%)
            120% | '120%' is not a percentage from 0% to 100%
            %    | '%' is neither a count (5) nor a percentage (2%)
            1.5  | '1.5' is neither a count (5) nor a percentage (2%)
            """)
    void aBadBudgetIsAConfigurationErrorNamingTheValueAndWhatIsWrong(String budget, String message) {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> FailureBudget.parse(budget));

        assertEquals(message, error.getMessage());
    }
}
