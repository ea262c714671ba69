package io.jenkins.plugins.lynchybrid.site;

import java.time.Duration;
import java.util.List;

/**
 * How to reach the Lync Management Shell: the host command (powershell.exe, pwsh, or any program that
 * speaks the host protocol), how many warm hosts to keep, and how long one cmdlet may take. When
 * {@code remotePoolUrl} is set the bootstrap script opens a remote session to that pool's
 * OcsPowershell endpoint instead of importing the module locally.
 */
public record ShellSettings(List<String> command, int hosts, Duration commandTimeout, String remotePoolUrl) {
    public ShellSettings {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("shell.command is empty: name powershell.exe, pwsh or a host program");
        }
        if (hosts < 1 || hosts > 64) {
            throw new IllegalArgumentException("shell.hosts is " + hosts + ": give 1 to 64 warm hosts");
        }
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("shell.commandTimeoutSeconds must be positive");
        }
    }
}
