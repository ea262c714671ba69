package io.jenkins.plugins.lynchybrid.report;

import io.jenkins.plugins.lynchybrid.text.HiddenCharacters;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in the shape Jenkins' junit step reads: one testsuite, one testcase per check or per user, so
 * Jenkins trends each one across builds.
 */
public final class JUnitReport {
    private JUnitReport() {}

    /** One testcase. {@code outcome} decides the child element: failure, skipped, or none (passed). */
    public record TestCase(
            String className, String name, double seconds, Outcome outcome, String message, String detail) {}

    public enum Outcome {
        PASSED,
        FAILED,
        SKIPPED
    }

    /**
     * For work done one case after another: the suite's time is the sum of its cases' times. Written as {@link
     * ReportFiles#writeText} writes a file: atomically, owner-only, no link followed.
     */
    public static Path write(Path directory, String name, String suiteName, List<TestCase> cases) throws IOException {
        Duration sum = Duration.ofNanos(
                Math.round(cases.stream().mapToDouble(TestCase::seconds).sum() * 1e9));
        return write(directory, name, suiteName, sum, cases);
    }

    /**
     * For cases run in parallel: the suite's time is the job's wall time, since the sum of parallel cases' times
     * (2,725 s for a 25.7 s job) misleads every trend that reads it.
     */
    public static Path write(Path directory, String name, String suiteName, Duration wallTime, List<TestCase> cases)
            throws IOException {
        return ReportFiles.writeText(directory, name, render(suiteName, wallTime, cases));
    }

    static String render(String suiteName, Duration wallTime, List<TestCase> cases) throws IOException {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", clean(suiteName));
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(count(cases, Outcome.FAILED)));
            xml.writeAttribute("skipped", String.valueOf(count(cases, Outcome.SKIPPED)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", seconds(wallTime.toNanos() / 1e9));
            for (TestCase c : cases) {
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", clean(c.className()));
                xml.writeAttribute("name", clean(c.name()));
                xml.writeAttribute("time", seconds(c.seconds()));
                if (c.outcome() != Outcome.PASSED) {
                    xml.writeStartElement(c.outcome() == Outcome.FAILED ? "failure" : "skipped");
                    xml.writeAttribute("message", clean(c.message()));
                    if (c.detail() != null) {
                        xml.writeCharacters(clean(c.detail()));
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot render JUnit report " + suiteName + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static long count(List<TestCase> cases, Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static String seconds(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    /**
     * XML 1.0 cannot carry most control characters nor unpaired surrogates, not even escaped; Jenkins shows the rest
     * of the text as it is. Hidden characters are shown by their code ({@link HiddenCharacters}).
     */
    private static String clean(String text) {
        return HiddenCharacters.show(text, "\n\t");
    }
}
