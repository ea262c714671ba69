package io.jenkins.plugins.lynchybrid.jenkins.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.TaskListener;
import hudson.slaves.DumbSlave;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.SignInGate;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.TestCredentials;
import io.jenkins.plugins.lynchybrid.shell.ProcessLauncher.LaunchedProcess;
import io.jenkins.plugins.lynchybrid.shell.ProcessLauncher.StagedFile;
import io.jenkins.plugins.lynchybrid.shell.ShellHostPool;
import io.jenkins.plugins.lynchybrid.site.ShellSettings;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class AgentProcessLauncherTest {
    private static final String SECRET = TestCredentials.PASSWORD;

    @Test
    void hostOnTheAgentGetsTheSecretOnStdinOnlyAndRunsInTheGivenDirectory(JenkinsRule r) throws Exception {
        DumbSlave agent = r.createOnlineSlave();
        Launcher launcher = agent.createLauncher(TaskListener.NULL);
        FilePath workDir = agent.getRootPath();
        List<String> command = java(StdinProbe.class);

        List<String> report;
        try (LaunchedProcess host = new AgentProcessLauncher(launcher, workDir).launch(command)) {
            host.stdin().write((SECRET + "\n").getBytes(StandardCharsets.UTF_8));
            host.stdin().flush();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(host.stdout(), StandardCharsets.UTF_8));
            report = Arrays.asList(stdout.readLine(), stdout.readLine());
        }

        assertEquals(
                List.of(
                        // canonical on both sides: Windows agents may name their directory with 8.3 short names
                        "cwd " + new File(workDir.getRemote()).getCanonicalPath(),
                        "received " + SECRET.length() + " chars; in command line: false; in environment: false"),
                report);
    }

    /**
     * The engine is given the tenant admin's password and starts a host through this launcher on an agent. The host
     * gets the password (in the credential line on its stdin), and it is nowhere else: not in the host's command line or
     * environment, not in what the launcher writes to the build's listener, not in any Jenkins log record.
     */
    @Test
    void aSecretGivenToTheLauncherReachesTheHostOnlyOnStdinNeverArgvEnvironmentOrLog(JenkinsRule r) throws Exception {
        DumbSlave agent = r.createOnlineSlave();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        FilePath workDir = agent.getRootPath();
        List<String> command = java(HelloProbe.class);
        LogRecords logs = LogRecords.capture();
        try {
            AgentProcessLauncher launcher = new AgentProcessLauncher(
                    agent.createLauncher(new StreamTaskListener(console, StandardCharsets.UTF_8)), workDir);
            try (AccountCredential admin =
                            new AccountCredential("admin@contoso.onmicrosoft.com", SECRET.toCharArray());
                    ShellHostPool hosts = ShellHostPool.open(
                            new ShellSettings(command, 1, Duration.ofSeconds(60), null),
                            launcher,
                            admin,
                            Optional.empty(),
                            Optional.empty(),
                            new SignInGate())) {
                assertEquals(Optional.of(Set.of()), hosts.moveCsUserParameters(), "the host started: ready was read");
            }
        } finally {
            logs.stop();
        }

        assertEquals(
                "received " + SECRET.length() + " chars; in command line: false; in environment: false",
                workDir.child(HelloProbe.REPORT).readToString());
        String consoleText = console.toString(StandardCharsets.UTF_8);
        assertFalse(consoleText.contains(SECRET), consoleText);
        logs.texts().forEach(text -> assertFalse(text.contains(SECRET), text));
        String agentLog = agent.toComputer().getLog();
        assertFalse(agentLog.contains(SECRET), agentLog);
    }

    @Test
    void argumentsWithDollarSignsReachTheHostAsTyped(JenkinsRule r) throws Exception {
        DumbSlave agent = r.createOnlineSlave();
        List<String> command = java(StdinProbe.class, "$PATH", "${PATH}", "$$", "-Command & $PSHOME\\powershell.exe");

        String arguments;
        try (LaunchedProcess host = new AgentProcessLauncher(
                        agent.createLauncher(TaskListener.NULL), agent.getRootPath())
                .launch(command)) {
            host.stdin().write("x\n".getBytes(StandardCharsets.UTF_8));
            host.stdin().flush();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(host.stdout(), StandardCharsets.UTF_8));
            stdout.readLine();
            stdout.readLine();
            arguments = stdout.readLine();
        }

        assertEquals("arguments $PATH | ${PATH} | $$ | -Command & $PSHOME\\powershell.exe", arguments);
    }

    @Test
    void theBootstrapScriptIsStagedBesideTheWorkspaceNotInIt(JenkinsRule r, @TempDir Path dir) throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("job"));
        AgentProcessLauncher launcher =
                AgentProcessLauncher.forWorkspace(r.createLocalLauncher(), new FilePath(workspace.toFile()));

        try (StagedFile script =
                launcher.stage("lync-host.ps1", "Write-Output 'ready'".getBytes(StandardCharsets.UTF_8))) {
            assertEquals(dir.resolve("job@tmp"), Path.of(script.path()).getParent());
            assertEquals("Write-Output 'ready'", Files.readString(Path.of(script.path())));
        }
        try (Stream<Path> inWorkspace = Files.list(workspace)) {
            assertEquals(List.of(), inWorkspace.toList());
        }
    }

    /** This JVM running {@code main} with this test's class path, then {@code arguments}. */
    private static List<String> java(Class<?> main, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(arguments));
        return command;
    }
}
