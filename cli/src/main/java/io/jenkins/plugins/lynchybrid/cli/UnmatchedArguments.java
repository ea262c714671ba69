package io.jenkins.plugins.lynchybrid.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not read without ever echoing a value: {@code --password Passw0rd} is a
 * natural mistake, and picocli's own message ({@code Unknown options: '--password', 'Passw0rd'}) would print the
 * secret into a build log. Only option names are shown; anything else is counted, not shown.
 */
final class UnmatchedArguments implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        if (e instanceof UnmatchedArgumentException unmatched) {
            err.println(name + ": " + describe(unmatched.getUnmatched()));
            suggestion(unmatched).ifPresent(err::println);
        } else {
            // picocli names the option and the allowed values here; the values it quotes are not secrets
            // (a wrong --fail-on, a missing --site), and an argument it could not place is an unmatched one above
            err.println(name + ": " + e.getMessage());
        }
        err.println("See '" + name + " --help'.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** {@code unknown option --password; 1 more argument (not shown, it may be a secret)}. */
    static String describe(List<String> unmatched) {
        List<String> options = new ArrayList<>();
        int values = 0;
        for (String argument : unmatched) {
            if (argument.startsWith("-") && argument.length() > 1) {
                int equals = argument.indexOf('=');
                options.add(equals < 0 ? argument : argument.substring(0, equals) + "=(not shown)");
            } else {
                values++;
            }
        }
        StringBuilder text = new StringBuilder();
        if (!options.isEmpty()) {
            text.append(options.size() == 1 ? "unknown option " : "unknown options ")
                    .append(String.join(", ", options));
        }
        if (values > 0) {
            text.append(text.isEmpty() ? "" : "; ")
                    .append(String.format(
                            Locale.ROOT,
                            "%d %s argument%s (not shown: it may be a secret)",
                            values,
                            options.isEmpty() ? "unexpected" : "more",
                            values == 1 ? "" : "s"));
        }
        return text.toString();
    }

    private static Optional<String> suggestion(UnmatchedArgumentException e) {
        boolean password = e.getUnmatched().stream()
                .anyMatch(a -> a.startsWith("-") && a.toLowerCase(Locale.ROOT).contains("pass"));
        if (password && e.getCommandLine().getCommandSpec().findOption("--password-file") != null) {
            return Optional.of("The password is never an argument: put it on the first line of a file"
                    + " only you can read and pass --password-file FILE.");
        }
        List<String> close = e.getSuggestions();
        return close.isEmpty() ? Optional.empty() : Optional.of("Did you mean " + String.join(" or ", close) + "?");
    }
}
