package io.jenkins.plugins.lynchybrid.users;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects users in source order, dropping later duplicates of a user (same SIP address or UPN). */
final class UserSelectionBuilder {
    private final List<UserRef> users = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    private final Map<String, String> firstSeen = new HashMap<>();

    void add(UserRef user) {
        String previous = firstSeen.putIfAbsent(user.key(), user.origin());
        if (previous == null) {
            user.userPrincipalName().ifPresent(upn -> firstSeen.putIfAbsent(UserRef.keyOf(upn), user.origin()));
            users.add(user);
        }
    }

    void problem(String location, String message) {
        problems.add(new SourceProblem(location, message));
    }

    UserSelection build() {
        return new UserSelection(users, problems);
    }
}
