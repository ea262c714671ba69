package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;

/** A healthy simulated hybrid described by a site file and a password file, and the CLI run against it in-process. */
final class SimulatedCli implements AutoCloseable {
    private final SimulatedHybrid hybrid;
    private final Path site;
    private final Path passwordFile;

    /** What a command printed and how it ended. */
    record Run(int exit, String out, String err) {}

    SimulatedCli(int users, Path dir) throws IOException {
        this(ServerProduct.LYNC_2013, users, dir);
    }

    /** The hybrid with {@code product} on-premises. */
    SimulatedCli(ServerProduct product, int users, Path dir) throws IOException {
        String password = "Pa55-w0rd!" + dir.getFileName();
        hybrid = SimulatedHybrid.start(product, Scenario.HEALTHY, users, password.toCharArray(), Faults.none());
        site = Files.writeString(
                dir.resolve("site.json"), SiteFile.write(SimulatedSite.describe(hybrid, dir.resolve("trust.p12"))));
        passwordFile = Files.writeString(dir.resolve("password"), password + "\n");
    }

    SimulatedHybrid hybrid() {
        return hybrid;
    }

    /** {@code command --site S --password-file P arguments...} */
    Run run(String command, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] all = Stream.concat(
                        Stream.of(command, "--site", site.toString(), "--password-file", passwordFile.toString()),
                        Stream.of(arguments))
                .toArray(String[]::new);
        return new Run(line.execute(all), out.toString(), err.toString());
    }

    @Override
    public void close() {
        hybrid.close();
    }
}
