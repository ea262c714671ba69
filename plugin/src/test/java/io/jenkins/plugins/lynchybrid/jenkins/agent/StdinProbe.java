package io.jenkins.plugins.lynchybrid.jenkins.agent;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in shell host for {@link AgentProcessLauncherTest}: reads one line (the secret) from stdin and
 * reports where it is running, whether that line can also be seen in its command line or environment, and the
 * arguments it was given.
 */
public final class StdinProbe {
    private StdinProbe() {}

    public static void main(String[] args) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String secret = stdin.readLine();
        String commandLine = ProcessHandle.current().info().commandLine().orElse(String.join(" ", args));
        boolean inEnvironment = System.getenv().values().stream().anyMatch(v -> v.contains(secret));
        System.out.println("cwd " + new File(".").getCanonicalPath());
        System.out.println("received " + secret.length() + " chars; in command line: " + commandLine.contains(secret)
                + "; in environment: " + inEnvironment);
        System.out.println("arguments " + String.join(" | ", args));
        System.out.flush();
    }
}
