package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ExitStatus;
import io.jenkins.plugins.lynchybrid.failures.FailureClassifier;
import io.jenkins.plugins.lynchybrid.move.FailureBudget;
import io.jenkins.plugins.lynchybrid.move.Parallelism;
import io.jenkins.plugins.lynchybrid.readiness.FailOn;
import io.jenkins.plugins.lynchybrid.readiness.SyncThreshold;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar lync-hybrid.jar}: the three hybrid jobs, the simulator and the demo. */
@Command(
        name = "lync-hybrid",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description =
                "Readiness, configuration and user moves for a Lync Server 2013 / Skype for Business Server hybrid.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ReadinessCommand.class,
            ConfigureCommand.class,
            MoveCommand.class,
            VerifyCommand.class,
            StatusCommand.class,
            NotifyCommand.class,
            SiteCheckCommand.class,
            SimulateCommand.class,
            DemoCommand.class
        })
public final class Main {
    /** The job ran and found problems (not ready, plan failed, some users failed). */
    public static final int EXIT_PROBLEMS = ExitStatus.PROBLEMS.code();
    /** Bad usage or configuration; the message names the bad input. */
    public static final int EXIT_USAGE = ExitStatus.USAGE.code();
    /** The job could not run or was stopped (journal held, a write failure, the circuit breaker, a refused sign-in). */
    public static final int EXIT_HALTED = ExitStatus.HALTED.code();
    /** Interrupted by a signal; reports written, a re-run with the same journal resumes. */
    public static final int EXIT_INTERRUPTED = ExitStatus.INTERRUPTED.code();

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine line = commandLine();
        return line.execute(args);
    }

    /** The CLI's command line, for callers that run it in-process (the tests, the bench's moves-process). */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        line.registerConverter(Home.class, new EngineValueConverter<>(Home::parse));
        line.registerConverter(Parallelism.class, new EngineValueConverter<>(Parallelism::parse));
        line.registerConverter(FailureBudget.class, new EngineValueConverter<>(FailureBudget::parse));
        line.registerConverter(FailOn.class, new EngineValueConverter<>(FailOn::parse));
        line.registerConverter(Duration.class, new EngineValueConverter<>(SyncThreshold::parse));
        line.setParameterExceptionHandler(new UnmatchedArguments());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            ExitStatus status = ExitStatus.of(e);
            // A job that could not run says why in one line; a host's start-up output is no help to the reader.
            // Messages quote inputs and host answers: shown safe, so they cannot rewrite the terminal or the log.
            String message = status == ExitStatus.HALTED ? FailureClassifier.firstLine(e.getMessage()) : e.getMessage();
            cmd.getErr().println("lync-hybrid: " + ConsoleText.lines(message) + hint(status));
            return status.code();
        });
        return line;
    }

    private static String hint(ExitStatus status) {
        return status == ExitStatus.HALTED ? " (exit " + status.code() + ": the job could not run or was stopped)" : "";
    }

    /** The version Maven wrote into version.properties when it built these classes (resource filtering). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties build = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties is missing from the build");
                }
                build.load(in);
            }
            return new String[] {"lync-hybrid " + build.getProperty("version")};
        }
    }
}
