package io.jenkins.plugins.lynchybrid.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

public class CsvUserSourceTest {
    private static final String HEADER = "SipAddress,UserPrincipalName,DisplayName\n";
    private static final String GOOD_BEFORE = "sip:good1@contoso.com,good1@contoso.com,Good One\n";
    private static final String GOOD_AFTER = "sip:good2@contoso.com,,\"Two, Good\"\n";

    private final CsvUserSource source =
            new CsvUserSource(new IdentityRules(List.of("contoso.com", "fabrikam.contoso.com")));

    /** The hostile corpus: each bad line, and the words its error must contain. */
    public static Stream<Arguments> hostileLines() {
        return Stream.of(
                Arguments.of("foreign SIP domain", "sip:alice@fabrikam.org,,", "not in a SIP domain of this site"),
                Arguments.of("no domain", "alice,,", "is not of the form name@domain"),
                Arguments.of("wildcard", "sip:*@contoso.com,,", "wildcard"),
                Arguments.of("space inside", "sip:al ice@contoso.com,,", "U+0020"),
                Arguments.of("statement separator", "\"sip:a@contoso.com;Remove-CsUser\",,", "invalid domain"),
                Arguments.of("subexpression", "sip:$(Get-Process)@contoso.com,,", "contains '$'"),
                Arguments.of("backtick", "sip:a`b@contoso.com,,", "contains '`'"),
                Arguments.of("pipe", "sip:a|b@contoso.com,,", "contains '|'"),
                Arguments.of("stray quote", "sip:a\"b@contoso.com,,", "contains '\"'"),
                Arguments.of("text after closing quote", "\"sip:a@contoso.com\"x,,", "text after a closing quote"),
                Arguments.of("too many fields", "sip:a@contoso.com,a@contoso.com,Name,extra", "has 4 fields"),
                Arguments.of("no identity", ",,Just A Name", "names no user"),
                Arguments.of("blank quoted identity", "\"   \",,", "names no user"),
                Arguments.of("sip prefix in UPN column", ",sip:a@contoso.com,", "has a sip: prefix"),
                Arguments.of("UPN without domain", ",alice,", "is not of the form name@domain"),
                Arguments.of("two at signs", "sip:a@b@contoso.com,,", "is not of the form name@domain"),
                Arguments.of("double dot in domain", ",a@contoso..com,", "invalid domain"),
                Arguments.of("underscore in domain", ",a@con_toso.com,", "invalid domain"),
                Arguments.of("leading dot", "sip:.a@contoso.com,,", "misplaced dot"),
                Arguments.of("double dot in name", "sip:a..b@contoso.com,,", "misplaced dot"),
                Arguments.of("NUL", "sip:a\u0000b@contoso.com,,", "U+0000"),
                Arguments.of("right-to-left override", "sip:a\u202Eb@contoso.com,,", "U+202E"),
                Arguments.of("zero-width no-break space", "sip:\uFEFFa@contoso.com,,", "U+FEFF"),
                Arguments.of("tab inside", "sip:a\tb@contoso.com,,", "U+0009"),
                Arguments.of("line break inside quotes", "\"sip:a\nb@contoso.com\",,", "U+000A"),
                Arguments.of("too long", "sip:" + "a".repeat(300) + "@contoso.com,,", "characters long"),
                Arguments.of("not UTF-8", "sip:a\uFFFDb@contoso.com,,", "not UTF-8"),
                Arguments.of("empty name", "sip:@contoso.com,,", "is not of the form name@domain"),
                Arguments.of("nothing after at", "sip:alice@,,", "is not of the form name@domain"),
                Arguments.of("homoglyph", "sip:\u0430lice@contoso.com,,", "contains '\u0430'"),
                Arguments.of("percent escape", "sip:a%20b@contoso.com,,", "contains '%'"),
                Arguments.of("bare prefix", "sip:,,", "is not of the form name@domain"),
                Arguments.of("markup", "sip:<script>@contoso.com,,", "contains '<'"),
                Arguments.of("trailing dot domain", "sip:a@contoso.com.,,", "invalid domain"),
                Arguments.of("comment marker inside", "sip:a#b@contoso.com,,", "contains '#'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileLines")
    void aBadLineIsNamedWithItsReasonAndTheGoodLinesProceed(String name, String badLine, String reason) {
        UserSelection selection = source.parse(HEADER + GOOD_BEFORE + badLine + "\n" + GOOD_AFTER, "users.csv");

        assertEquals(1, selection.problems().size(), selection.problems().toString());
        SourceProblem problem = selection.problems().get(0);
        assertEquals("users.csv:3", problem.location());
        assertTrue(problem.message().contains(reason), problem.message());
        assertEquals(List.of("good1@contoso.com", "good2@contoso.com"), keys(selection));
    }

    @Test
    void anUnclosedQuoteIsNamedByTheLineItOpensOn() {
        UserSelection selection =
                source.parse(HEADER + GOOD_BEFORE + GOOD_AFTER + "\"sip:bob@contoso.com,,\n", "u.csv");

        assertEquals("u.csv:4", selection.problems().get(0).location());
        assertTrue(selection.problems().get(0).message().contains("never closed"));
        assertEquals(2, selection.users().size());
    }

    @Test
    void byteOrderMarkAndCrlfAreHandled() {
        String text = "\uFEFFSipAddress\r\nsip:a@contoso.com\r\nsip:b@contoso.com\r\n";

        UserSelection selection = source.parse(text, "wave.csv");

        assertEquals(List.of(), selection.problems());
        assertEquals(List.of("a@contoso.com", "b@contoso.com"), keys(selection));
        assertEquals("wave.csv:3", selection.users().get(1).origin());
    }

    @Test
    void duplicatesKeepTheFirstOccurrenceWhateverTheCaseAndNameTheOthers() {
        String text = "SipAddress,UserPrincipalName\nsip:A@contoso.com,\nSIP:a@CONTOSO.com,\n,a@contoso.com\n";

        UserSelection selection = source.parse(text, "d.csv");

        assertEquals(List.of("a@contoso.com"), keys(selection));
        assertEquals(
                List.of("d.csv:3", "d.csv:4"),
                selection.problems().stream().map(SourceProblem::location).toList());
        assertTrue(selection.problems().get(0).message().contains("repeats d.csv:2"));
    }

    @Test
    void headerNamesMayComeInAnyOrderCaseAndQuoting() {
        String text = "\"DisplayName\",\"userprincipalname\"\n\"Smith, Ann\",ann@contoso.com\n";

        UserSelection selection = source.parse(text, "h.csv");

        assertEquals("ann@contoso.com", selection.users().get(0).identity());
    }

    @Test
    void semicolonSeparatedFilesFromExcelAreRead() {
        UserSelection selection = source.parse("SipAddress;DisplayName\nsip:a@contoso.com;Ann\n", "excel.csv");

        assertEquals(List.of("a@contoso.com"), keys(selection));
    }

    @Test
    void aHeaderWithoutIdentityColumnsIsAConfigurationError() {
        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> source.parse("Name,Mail\na,b\n", "bad.csv"));

        assertTrue(error.getMessage().contains("bad.csv:1"), error.getMessage());
        assertTrue(error.getMessage().contains("neither SipAddress nor UserPrincipalName"));
    }

    @Test
    void anEmptyFileIsAConfigurationError() {
        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> source.parse("\uFEFF", "empty.csv"));

        assertTrue(error.getMessage().contains("empty.csv is empty"), error.getMessage());
    }

    @Test
    void aUtf16FileIsRefusedWithTheEncodingNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unicode.csv");
        Files.write(file, ("\uFEFF" + HEADER + GOOD_BEFORE).getBytes(StandardCharsets.UTF_16LE));

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> source.read(file));

        assertTrue(error.getMessage().contains("UTF-16"), error.getMessage());
    }

    @Test
    void invalidUtf8BytesSpoilOnlyTheirOwnLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        byte[] bad = "sip:j\u00f6rg@contoso.com\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat(("SipAddress\n" + "sip:a@contoso.com\n").getBytes(StandardCharsets.UTF_8), bad));

        UserSelection selection = source.read(file);

        assertEquals("latin1.csv:3", selection.problems().get(0).location());
        assertTrue(selection.problems().get(0).message().contains("not UTF-8"));
        assertEquals(List.of("a@contoso.com"), keys(selection));
    }

    @Test
    void strictModeStopsOnAnyBadLine() {
        UserSelection selection = source.parse(HEADER + GOOD_BEFORE + "alice,,\n", "s.csv");

        ConfigurationException error = assertThrows(ConfigurationException.class, selection::requireClean);

        assertTrue(error.getMessage().contains("s.csv:3"), error.getMessage());
    }

    private static List<String> keys(UserSelection selection) {
        return selection.users().stream().map(UserRef::key).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
