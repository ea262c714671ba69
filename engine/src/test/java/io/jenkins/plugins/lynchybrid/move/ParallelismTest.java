package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParallelismTest {
    @Test
    void autoAdaptsUpToItsMaximum() {
        assertEquals(new Parallelism(true, Parallelism.AUTO_MAXIMUM), Parallelism.parse(" Auto "));
    }

    @Test
    void aNumberIsAFixedNumberOfMoves() {
        assertEquals(Parallelism.fixed(12), Parallelism.parse("12"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            many | 'many' is neither auto nor a number of moves
            ""   | '' is neither auto nor a number of moves
            0    | parallel moves 0 is outside 1..256
            257  | parallel moves 257 is outside 1..256
            -3   | parallel moves -3 is outside 1..256
            """)
    void aBadParallelismIsAConfigurationErrorNamingTheValueAndWhatIsWrong(String parallel, String message) {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> Parallelism.parse(parallel));

        assertEquals(message, error.getMessage());
    }
}
