package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyncThresholdTest {
    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource({"3h, 10800", "90m, 5400", "1h30m, 5400", "45s, 45", "PT3H, 10800", "pt90m, 5400"})
    void readsTheUsualShorthands(String text, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), SyncThreshold.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "three hours", "0h", "-1h", "3d"})
    void refusesAnythingElseNamingTheValueAndSayingWhatItExpects(String text) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SyncThreshold.parse(text));
        assertTrue(e.getMessage().startsWith("'" + text + "' is not a"), e.getMessage());
    }
}
