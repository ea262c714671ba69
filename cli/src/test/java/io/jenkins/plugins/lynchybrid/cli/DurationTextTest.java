package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class DurationTextTest {
    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource({"3h, 10800", "90m, 5400", "1h30m, 5400", "45s, 45", "PT3H, 10800", "pt90m, 5400"})
    void readsTheUsualShorthands(String text, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), DurationText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "three hours", "0h", "-1h", "3d"})
    void rejectsAnythingElseSayingWhatItExpects(String text) {
        CommandLine.TypeConversionException e =
                assertThrows(CommandLine.TypeConversionException.class, () -> DurationText.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }
}
