package io.jenkins.plugins.lynchybrid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConsoleTextTest {
    static Stream<Arguments> hiddenCharacters() {
        return Stream.of(
                Arguments.of("escape sequence", "a\u001B[2Jb", "a\\u001B[2Jb"),
                Arguments.of("forged log line", "a\n[INFO] ok", "a\\n[INFO] ok"),
                Arguments.of("carriage return", "a\rb", "a\\rb"),
                Arguments.of("NUL", "a\u0000b", "a\\u0000b"),
                Arguments.of("C1 control sequence", "a\u009B31mb", "a\\u009B31mb"),
                Arguments.of("right-to-left override", "a\u202Eexe", "a\\u202Eexe"),
                Arguments.of("isolate", "a\u2066b", "a\\u2066b"),
                Arguments.of("line separator", "a\u2028b", "a\\u2028b"),
                Arguments.of("zero width space", "a\u200Bb", "a\\u200Bb"),
                Arguments.of("plain text", "Smith, Ann \u00E9", "Smith, Ann \u00E9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenCharacters")
    void aLineShowsEveryHiddenCharacterByItsCode(String what, String text, String shown) {
        assertEquals(shown, ConsoleText.line(text), what);
    }

    @Test
    void anUnpairedSurrogateIsShownByItsCodeAndAPairIsKept() {
        assertEquals("a\\uD83Db \uD83D\uDE00", ConsoleText.line("a\uD83Db \uD83D\uDE00"));
    }

    @Test
    void aLongLineIsCutSayingHowMuchWasLeftOut() {
        String line = ConsoleText.line("x".repeat(200_000));

        assertEquals("x".repeat(ConsoleText.MAX_LINE), line.substring(0, ConsoleText.MAX_LINE));
        assertTrue(
                line.endsWith("... (" + (200_000 - ConsoleText.MAX_LINE) + " more characters)"),
                line.substring(ConsoleText.MAX_LINE));
        assertTrue(line.length() < ConsoleText.MAX_LINE + 40);
    }

    @Test
    void linesKeepTheirLineFeedsAndTabsButNotOtherControls() {
        String text = "2 bad lines:\r\nu.csv:2:\tnames \u001B[31mno user\nu.csv:3: is\rblank";

        assertEquals(
                "2 bad lines:" + System.lineSeparator() + "u.csv:2:\tnames \\u001B[31mno user" + System.lineSeparator()
                        + "u.csv:3: is\\rblank",
                ConsoleText.lines(text));
    }

    @Test
    void wellFormedReplacesOnlyUnpairedSurrogates() {
        assertEquals("a\uFFFDb\uD83D\uDE00\uFFFD", HiddenCharacters.wellFormed("a\uDE00b\uD83D\uDE00\uD83D"));
    }
}
