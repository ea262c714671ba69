package io.jenkins.plugins.lynchybrid.simulator.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What one cmdlet wrote: its objects, or the error record PowerShell would show.
 *
 * @param replyLost the cmdlet took effect but its answer must never reach the caller (fault LOST_REPLY); a
 *     shell host process that sees this dies without replying
 */
public record ShellReply(boolean ok, List<ObjectNode> objects, Error error, boolean replyLost) {
    public ShellReply {
        objects = List.copyOf(objects);
    }

    public static ShellReply success(List<ObjectNode> objects) {
        return new ShellReply(true, objects, null, false);
    }

    public static ShellReply failure(Error error) {
        return new ShellReply(false, List.of(), error, false);
    }

    public static ShellReply lost() {
        return new ShellReply(true, List.of(), null, true);
    }

    /**
     * A PowerShell error record.
     *
     * @param category the ErrorCategory, e.g. {@code ObjectNotFound}
     * @param errorId the FullyQualifiedErrorId
     */
    public record Error(String category, String message, String errorId) {}
}
