package io.jenkins.plugins.lynchybrid.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The shipped bootstrap script, lync-host.ps1, that turns PowerShell into a protocol host. */
public final class BootstrapScript {
    public static final String FILE_NAME = "lync-host.ps1";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private BootstrapScript() {}

    /**
     * The script file's bytes, UTF-8 with a byte order mark first, without which Windows PowerShell 5.1 reads a
     * script as the ANSI code page.
     */
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
