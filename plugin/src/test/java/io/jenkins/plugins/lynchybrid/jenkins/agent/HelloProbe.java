package io.jenkins.plugins.lynchybrid.jenkins.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in shell host for {@link AgentProcessLauncherTest} that speaks just enough of the host protocol
 * (docs/powershell-host.md) for the engine to start it: it reads the hello line, answers imported, reads the
 * credential line, writes where that line's password could also be seen (its command line, its environment) to
 * {@value #REPORT} in its working directory, answers ready, and reads requests until its stdin closes.
 */
public final class HelloProbe {
    static final String REPORT = "hello-probe.txt";

    private HelloProbe() {}

    public static void main(String[] args) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        stdin.readLine(); // the hello: no tenant credential in it
        System.out.println("\u001eLH1 {\"type\":\"imported\"}");
        System.out.flush();
        JsonNode credential = new ObjectMapper().readTree(stdin.readLine());
        String password = credential.path("password").asText();
        String commandLine = ProcessHandle.current().info().commandLine().orElse(String.join(" ", args));
        boolean inEnvironment = System.getenv().entrySet().stream()
                .anyMatch(e -> e.getKey().contains(password) || e.getValue().contains(password));
        Files.writeString(
                Path.of(REPORT),
                "received " + password.length() + " chars; in command line: " + commandLine.contains(password)
                        + "; in environment: " + inEnvironment);
        System.out.println("probe host started");
        System.out.println(
                "\u001eLH1 {\"type\":\"ready\",\"protocol\":1,\"host\":\"probe\",\"moveCsUserParameters\":[]}");
        System.out.flush();
        while (stdin.readLine() != null) {
            // no requests are sent; wait for the engine to close the host
        }
    }
}
