package io.jenkins.plugins.lynchybrid.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The host process's command line. For Windows PowerShell or pwsh it runs the bootstrap script without a
 * profile or prompts (a prompt would hang an unattended build); any other command is a program that speaks
 * the host protocol itself (the simulator's host) and is used as given. Nothing secret ever goes in here.
 */
public final class HostCommandLine {
    private HostCommandLine() {}

    public static List<String> of(List<String> command, String bootstrapScript, boolean windows) {
        if (!isPowerShell(command.get(0))) {
            return List.copyOf(command);
        }
        List<String> line = new ArrayList<>(command);
        line.add("-NoProfile");
        line.add("-NonInteractive");
        if (windows) {
            line.add("-ExecutionPolicy");
            line.add("Bypass");
        }
        line.add("-File");
        line.add(bootstrapScript);
        return line;
    }

    /** Whether {@code program} names Windows PowerShell or pwsh, with Windows or POSIX separators alike. */
    public static boolean isPowerShell(String program) {
        String name = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return name.equals("powershell")
                || name.equals("powershell.exe")
                || name.equals("pwsh")
                || name.equals("pwsh.exe");
    }
}
