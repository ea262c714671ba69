package io.jenkins.plugins.lynchybrid.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped bootstrap script, lync-host.ps1, that turns PowerShell into a protocol host. */
public final class BootstrapScript {
    public static final String FILE_NAME = "lync-host.ps1";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private BootstrapScript() {}

    /**
     * Writes the script into {@code directory} with a UTF-8 byte order mark, without which Windows
     * PowerShell 5.1 reads a script as the ANSI code page.
     */
    public static Path writeTo(Path directory) {
        Path target = directory.resolve(FILE_NAME);
        try {
            Files.write(target, bytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE_NAME + " to " + directory, e);
        }
    }

    /** The script file's bytes, byte order mark first, for a launcher that writes it on a remote agent. */
    public static byte[] bytes() {
        try (InputStream script = BootstrapScript.class.getResourceAsStream(FILE_NAME)) {
            if (script == null) {
                throw new IllegalStateException(FILE_NAME + " is missing from the engine jar");
            }
            byte[] body = script.readAllBytes();
            byte[] file = new byte[UTF8_BOM.length + body.length];
            System.arraycopy(UTF8_BOM, 0, file, 0, UTF8_BOM.length);
            System.arraycopy(body, 0, file, UTF8_BOM.length, body.length);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE_NAME + " from the engine jar", e);
        }
    }
}
