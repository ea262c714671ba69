package io.jenkins.plugins.lynchybrid.shell;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JSON-lines protocol between the engine and a shell host (docs/powershell-host.md): a hello line, then (once
 * the host has imported the Lync shell) a credential line, then one request line per cmdlet; the host answers with
 * framed lines only.
 */
public final class HostProtocol {
    /** Starts every protocol line a host writes: ASCII record separator, the protocol's name and version. */
    public static final String FRAME = "\u001eLH1 ";
    /** The errorId a host gives a request it refuses (cmdlet outside its allow-list, malformed request). */
    public static final String REFUSED_ERROR_ID = "LyncHostRefused";

    static final ObjectMapper JSON = new ObjectMapper();

    private HostProtocol() {}

    /**
     * The hello line, UTF-8, newline-terminated: what the host needs to import the Lync shell, which is the slow
     * part of its start, so it can do that while the job's first sign-in is still out. The tenant admin's credential
     * is not in it: it follows in {@link #credential} once the host has answered {@code imported} and the job's
     * sign-in gate lets it go. The pool admin goes in only with a remote pool URL, as remoteUsername/remotePassword;
     * a national cloud's Teams environment as teamsEnvironmentName (for the Connect-MicrosoftTeams that follows the
     * credential). Passwords go from the credentials' char arrays straight into the byte buffer; the caller wipes the
     * returned array once it is written.
     */
    static byte[] hello(
            String remotePoolUrl,
            Optional<AccountCredential> poolAdmin,
            boolean online,
            Optional<String> teamsEnvironment) {
        return line(json -> {
            json.writeStringField("type", "hello");
            json.writeStringField("remotePoolUrl", remotePoolUrl);
            if (remotePoolUrl != null && poolAdmin.isPresent()) {
                writeAccount(json, "remoteUsername", "remotePassword", poolAdmin.get());
            }
            json.writeBooleanField("online", online);
            if (teamsEnvironment.isPresent()) {
                json.writeStringField("teamsEnvironmentName", teamsEnvironment.get());
            }
        });
    }

    /** The credential line: the tenant admin, for Connect-MicrosoftTeams and Move-CsUser's -Credential. Wipe it too. */
    static byte[] credential(AccountCredential credential) {
        return line(json -> {
            json.writeStringField("type", "credential");
            writeAccount(json, "username", "password", credential);
        });
    }

    private static byte[] line(JsonFields fields) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.getFactory().createGenerator(buffer)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a host handshake line", e);
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }

    private interface JsonFields {
        void write(JsonGenerator json) throws IOException;
    }

    private static void writeAccount(
            JsonGenerator json, String usernameField, String passwordField, AccountCredential account)
            throws IOException {
        char[] password = account.password();
        try {
            json.writeStringField(usernameField, account.username());
            json.writeFieldName(passwordField);
            json.writeString(password, 0, password.length);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static String request(long id, CmdletCall call) {
        ObjectNode request = JSON.createObjectNode();
        request.put("id", id);
        request.put("cmdlet", call.cmdlet());
        request.set("params", JSON.valueToTree(call.parameters()));
        try {
            return JSON.writeValueAsString(request) + "\n";
        } catch (IOException e) {
            throw new ShellException(
                    call.cmdlet(),
                    ShellException.Kind.REFUSED,
                    "InvalidArgument",
                    REFUSED_ERROR_ID,
                    "its parameters cannot be written as JSON: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Splits one stdout line into stray text and the protocol message. The marker may follow stray text that
     * lacked a line end (e.g. {@code Write-Host -NoNewline}); JSON escapes U+001E, so it never occurs inside a
     * message.
     */
    static Line parseLine(String line) {
        int at = line.indexOf(FRAME);
        if (at < 0) {
            return new Line(line, Optional.empty());
        }
        try {
            return new Line(line.substring(0, at), Optional.of(JSON.readTree(line.substring(at + FRAME.length()))));
        } catch (IOException e) {
            return new Line(line, Optional.empty());
        }
    }

    /** One stdout line: the stray text (possibly empty) and the message it carried, if any. */
    record Line(String stray, Optional<JsonNode> message) {}

    /** The objects of a successful answer. */
    public static List<PsObject> objects(JsonNode answer) {
        List<PsObject> objects = new ArrayList<>();
        JsonNode list = answer.path("objects");
        if (list.isObject()) {
            objects.add(new PsObject((ObjectNode) list));
        }
        list.forEach(o -> {
            if (o.isObject()) {
                objects.add(new PsObject((ObjectNode) o));
            }
        });
        return objects;
    }

    /** The exception for a failed answer: REFUSED for the host's own refusal, else the cmdlet's error. */
    public static ShellException failure(String cmdlet, String category, String message, String errorId) {
        ShellException.Kind kind =
                REFUSED_ERROR_ID.equals(errorId) ? ShellException.Kind.REFUSED : ShellException.Kind.CMDLET_ERROR;
        return new ShellException(cmdlet, kind, category, errorId, message, null);
    }

    static ShellException failure(String cmdlet, JsonNode error) {
        return failure(
                cmdlet,
                error.path("category").asText(""),
                error.path("message").asText("the host gave no message"),
                error.path("errorId").asText(""));
    }
}
