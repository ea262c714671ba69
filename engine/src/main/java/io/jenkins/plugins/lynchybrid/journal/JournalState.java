package io.jenkins.plugins.lynchybrid.journal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a journal says so far: the job it belongs to, each user's last outcome, the users whose move started (and
 * those whose move started but never finished: the process died while it was in flight), and the registrar pool each
 * user left.
 *
 * @param header the job the journal's header names; empty for a journal written before schema 2
 * @param target the direction of its runs, from the header or the {@code job} lines
 * @param identities the identity each user was moved with, for rollback
 * @param started every user a Move-CsUser call was about to be made for, with its identity, in journal order
 * @param pools the registrar pool each user was homed on when its move online started
 * @param notes what the reader tolerated and the user should know (a journal without header, a torn line, a line
 *     type this version does not know)
 * @param reasons the reason of each user's last outcome
 * @param finishedAt when each user's last outcome was recorded
 * @param begun when the journal's first run began (its header or first {@code job} line)
 * @param completions each moved user's last recorded completion after the move ({@code completion} lines)
 */
public record JournalState(
        Optional<JobKey> header,
        Optional<Home> target,
        Map<String, UserOutcome.Status> lastOutcomes,
        Set<String> interrupted,
        Map<String, String> identities,
        Map<String, String> started,
        Map<String, String> pools,
        List<String> notes,
        Map<String, String> reasons,
        Map<String, Instant> finishedAt,
        Optional<Instant> begun,
        Map<String, UserCompletion> completions) {
    static final int SCHEMA = 2;
    private static final Set<String> KINDS =
            Set.of("journal", "job", "prepare", "start", "outcome", "verify", "completion");
    /** A call preparing a user's move (the Lync 2013 rollback's policy removal), journaled before it is sent. */
    public static final String PREPARE = "prepare";

    public static JournalState empty() {
        return new JournalState(
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(),
                Map.of(),
                Map.of(),
                Optional.empty(),
                Map.of());
    }

    /** Moved or skipped in an earlier run. */
    public boolean finished(String user) {
        UserOutcome.Status status = lastOutcomes.get(user);
        return status == UserOutcome.Status.MOVED || status == UserOutcome.Status.SKIPPED;
    }

    /** The last outcome recorded for the user is {@code moved}: a re-run checks that it still holds. */
    public boolean recordedMoved(String user) {
        return lastOutcomes.get(user) == UserOutcome.Status.MOVED;
    }

    /**
     * Refuses a journal of another job: another site, tenant or direction in its header, or (for a journal without
     * header) {@code job} lines of the other direction.
     */
    public void requireJob(Path file, JobKey job) {
        Optional<Home> direction = header.map(JobKey::direction).or(() -> target);
        if (direction.isPresent() && direction.get() != job.direction()) {
            throw new ConfigurationException(
                    "journal " + file + " records moves " + direction.get().id()
                            + "; this job moves " + job.direction().id()
                            + ": give this job a new journal (to undo those moves, roll back from this one)");
        }
        if (header.isPresent() && !header.get().sameJob(job)) {
            throw new ConfigurationException("journal " + file + " belongs to the job of " + header.get()
                    + "; this job is " + job + ": give this job its own journal");
        }
    }

    /** @param tornTail what becomes of a torn last line, for the note saying so */
    static JournalState parse(Path file, JournalText text, String tornTail) {
        Builder state = new Builder(file);
        List<JournalText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            JournalText.Line line = lines.get(i);
            if (line.text().isBlank()) {
                continue;
            }
            Optional<JsonNode> node = line.json();
            if (state.isFirstLine()
                    && node.map(n -> !KINDS.contains(n.path("type").asText())).orElse(true)) {
                throw new ConfigurationException("journal " + file + " is not a lync-hybrid journal (line "
                        + line.number() + " is not a journal line); give a new file or this job's journal");
            }
            if (node.isEmpty()) {
                if (line.text().startsWith("{\"type\":") && nextIsJob(lines, i)) {
                    state.notes.add("journal " + file + ":" + line.number()
                            + " was cut short by a run that died mid-write; ignored");
                    continue;
                }
                throw new ConfigurationException("journal " + file + ":" + line.number()
                        + " is not a JSON line (only a line cut short by a run that died mid-write is tolerated)");
            }
            state.accept(node.get(), file + ":" + line.number());
        }
        if (text.tornBytes() > 0) {
            state.notes.add("journal " + file + ": its last line was cut short by a run that died mid-write ("
                    + text.tornBytes() + " bytes); " + tornTail);
        }
        return state.build();
    }

    /**
     * Whether a cut-short line is followed by a run's {@code job} line: versions before schema 2 appended after a
     * torn tail instead of cutting it off.
     */
    private static boolean nextIsJob(List<JournalText.Line> lines, int index) {
        return lines.stream()
                .skip(index + 1)
                .filter(l -> !l.text().isBlank())
                .findFirst()
                .flatMap(JournalText.Line::json)
                .map(n -> n.path("type").asText().equals("job"))
                .orElse(false);
    }

    static final class Builder {
        private final Path file;
        private JobKey header;
        private Home target;
        private boolean seenLine;
        private final Map<String, UserOutcome.Status> lastOutcomes = new HashMap<>();
        private final Set<String> interrupted = new HashSet<>();
        private final Map<String, String> identities = new LinkedHashMap<>();
        private final Map<String, String> started = new LinkedHashMap<>();
        private final Map<String, String> pools = new HashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, String> reasons = new HashMap<>();
        private final Map<String, Instant> finishedAt = new HashMap<>();
        private final Map<String, UserCompletion> completions = new HashMap<>();
        private final Set<String> unknownTypes = new TreeSet<>();
        private Instant begun;

        Builder(Path file) {
            this.file = file;
        }

        boolean isFirstLine() {
            return !seenLine;
        }

        void accept(JsonNode line, String location) {
            seenLine = true;
            String type = line.path("type").asText();
            switch (type) {
                case "journal" -> {
                    header(line, location);
                    begin(line);
                }
                case "job" -> {
                    job(line, location);
                    begin(line);
                }
                case "verify" -> {
                    // a verification run began: nothing a move or a rollback acts on
                }
                case "completion" -> {
                    UserCompletion completion = UserCompletion.read(line, user(line, location), location);
                    completions.put(completion.user(), completion);
                }
                case "start" -> {
                    String user = user(line, location);
                    String identity = line.path("identity").asText(user);
                    identities.putIfAbsent(user, identity);
                    started.putIfAbsent(user, identity);
                    if (line.hasNonNull("from") && !pools.containsKey(user)) {
                        pools.put(user, line.get("from").asText());
                    }
                    interrupted.add(user);
                }
                case "outcome" -> {
                    String user = user(line, location);
                    identities.putIfAbsent(user, line.path("identity").asText(user));
                    interrupted.remove(user);
                    reasons.put(user, line.path("reason").asText(""));
                    at(line).ifPresent(at -> finishedAt.put(user, at));
                    try {
                        lastOutcomes.put(
                                user,
                                UserOutcome.Status.parse(line.path("status").asText()));
                    } catch (IllegalArgumentException e) {
                        throw new ConfigurationException("journal " + location + ": " + e.getMessage());
                    }
                }
                // nothing a re-run decides depends on it: the preparation is sent again before a user's next move
                case PREPARE -> user(line, location);
                default -> {
                    // Schema 2 grows by new line types (docs/move.md): one this version does not know was written by
                    // a newer one and carries nothing a move, rollback or verification of this version acts on.
                    if (type.isEmpty()) {
                        throw new ConfigurationException("journal " + location + ": line has no type");
                    }
                    unknownTypes.add(type);
                }
            }
        }

        private void begin(JsonNode line) {
            if (begun == null) {
                begun = at(line).orElse(null);
            }
        }

        static Optional<Instant> at(JsonNode line) {
            try {
                return line.hasNonNull("at")
                        ? Optional.of(Instant.parse(line.get("at").asText()))
                        : Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** The header comes first; in a journal begun before schema 2 it follows the lines of the earlier runs. */
        private void header(JsonNode line, String location) {
            if (header != null) {
                throw new ConfigurationException("journal " + location + ": a second header");
            }
            int schema = line.path("schema").asInt(0);
            if (schema < 1 || schema > SCHEMA) {
                throw new ConfigurationException("journal " + location + ": schema " + line.path("schema")
                        + " is not one this version reads (1.." + SCHEMA + "); it was written by another version");
            }
            Home to = direction(line, location, "header target");
            if (target != null && target != to) {
                throw new ConfigurationException("journal " + location + ": the header says " + to.id()
                        + " but earlier runs moved " + target.id());
            }
            header = new JobKey(line.path("site").asText(), line.path("tenant").asText(), to);
            target = to;
        }

        private void job(JsonNode line, String location) {
            Home to = direction(line, location, "job target");
            if (target != null && target != to) {
                throw new ConfigurationException("journal " + location + ": moves " + to.id()
                        + " but earlier runs moved " + target.id() + "; use a new journal for the other direction");
            }
            target = to;
        }

        private static Home direction(JsonNode line, String location, String what) {
            try {
                return Home.parse(line.path("to").asText());
            } catch (ConfigurationException e) {
                throw new ConfigurationException("journal " + location + ": " + what + " " + e.getMessage());
            }
        }

        private static String user(JsonNode line, String location) {
            String user = line.path("user").asText("");
            if (user.isEmpty()) {
                throw new ConfigurationException("journal " + location + ": line has no user");
            }
            return user;
        }

        JournalState build() {
            if (header == null && seenLine) {
                notes.add("journal " + file + " has no header (written before journals had one): read as it is;"
                        + " the next run binds it to its job");
            }
            if (!unknownTypes.isEmpty()) {
                notes.add("journal " + file + " has lines of types this version does not know ("
                        + String.join(", ", unknownTypes) + "), written by a newer version: ignored");
            }
            return new JournalState(
                    Optional.ofNullable(header),
                    Optional.ofNullable(target),
                    Map.copyOf(lastOutcomes),
                    Set.copyOf(interrupted),
                    identities,
                    started,
                    Map.copyOf(pools),
                    List.copyOf(notes),
                    Map.copyOf(reasons),
                    Map.copyOf(finishedAt),
                    Optional.ofNullable(begun),
                    Map.copyOf(completions));
        }
    }
}
