package io.jenkins.plugins.lynchybrid.journal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a journal says so far: the direction of its runs, each user's last outcome, and the users whose move
 * started but never finished (the process died while the move was in flight).
 *
 * @param identities the identity each user was moved with, for rollback
 */
public record JournalState(
        Optional<Home> target,
        Map<String, UserOutcome.Status> lastOutcomes,
        Set<String> interrupted,
        Map<String, String> identities) {

    public static JournalState empty() {
        return new JournalState(Optional.empty(), Map.of(), Set.of(), Map.of());
    }

    /** Moved or skipped in an earlier run: a re-run leaves the user alone. Failed users are tried again. */
    public boolean finished(String user) {
        UserOutcome.Status status = lastOutcomes.get(user);
        return status == UserOutcome.Status.MOVED || status == UserOutcome.Status.SKIPPED;
    }

    /** The users the journal's runs moved, or may have moved (started, never finished), in journal order. */
    public Map<String, String> movedOrMaybeMoved() {
        Map<String, String> users = new LinkedHashMap<>();
        identities.forEach((user, identity) -> {
            if (lastOutcomes.get(user) == UserOutcome.Status.MOVED || interrupted.contains(user)) {
                users.put(user, identity);
            }
        });
        return users;
    }

    static final class Builder {
        private Home target;
        private final Map<String, UserOutcome.Status> lastOutcomes = new HashMap<>();
        private final Set<String> interrupted = new HashSet<>();
        private final Map<String, String> identities = new LinkedHashMap<>();

        void accept(JsonNode line, String location) {
            String type = line.path("type").asText();
            switch (type) {
                case "job" -> job(line, location);
                case "start" -> {
                    String user = user(line, location);
                    identities.putIfAbsent(user, line.path("identity").asText(user));
                    interrupted.add(user);
                }
                case "outcome" -> {
                    String user = user(line, location);
                    identities.putIfAbsent(user, line.path("identity").asText(user));
                    interrupted.remove(user);
                    try {
                        lastOutcomes.put(
                                user,
                                UserOutcome.Status.parse(line.path("status").asText()));
                    } catch (IllegalArgumentException e) {
                        throw new ConfigurationException("journal " + location + ": " + e.getMessage());
                    }
                }
                default ->
                    throw new ConfigurationException(
                            "journal " + location + ": line type '" + type + "' is not job, start or outcome");
            }
        }

        private void job(JsonNode line, String location) {
            Home to;
            try {
                to = Home.parse(line.path("to").asText());
            } catch (ConfigurationException e) {
                throw new ConfigurationException("journal " + location + ": job target " + e.getMessage());
            }
            if (target != null && target != to) {
                throw new ConfigurationException("journal " + location + ": moves " + to.id()
                        + " but earlier runs moved " + target.id() + "; use a new journal for the other direction");
            }
            target = to;
        }

        private static String user(JsonNode line, String location) {
            String user = line.path("user").asText("");
            if (user.isEmpty()) {
                throw new ConfigurationException("journal " + location + ": line has no user");
            }
            return user;
        }

        JournalState build() {
            return new JournalState(
                    Optional.ofNullable(target), Map.copyOf(lastOutcomes), Set.copyOf(interrupted), identities);
        }
    }
}
