package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /_simulator/state}: where every user is homed (and on which pool), how many moves changed their home and
 * how many Move-CsUser calls named them, the state of each user's meeting migration, how many users are online and
 * on-premises, what changed, and every password sign-in attempt ({@code signIns}), for
 * tests and the demo.
 */
final class StateEndpoint {
    static final String PATH = "/_simulator/state";
    private final World world;

    StateEndpoint(World world) {
        this.world = world;
    }

    Reply state() {
        return world.read(w -> {
            List<Map<String, Object>> users = new ArrayList<>();
            for (OnPremUser user : w.users()) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("sipAddress", user.sipAddress());
                u.put("home", user.isOnline() ? "online" : "onprem");
                u.put("registrarPool", user.isOnline() ? null : user.registrarPool());
                u.put("moves", user.moves());
                u.put("moveCalls", user.moveCalls());
                u.put(
                        "meetingMigration",
                        w.meetingMigration(user).map(m -> m.state(w.now())).orElse(null));
                users.add(u);
            }
            List<Map<String, Object>> changes = new ArrayList<>();
            for (World.Change change : w.changes()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("at", change.at().toString());
                c.put("side", change.side());
                c.put("operation", change.operation());
                c.put("target", change.target());
                c.put("parameters", change.parameters());
                changes.add(c);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("scenario", w.scenario());
            body.put(
                    "online",
                    users.stream().filter(u -> u.get("home").equals("online")).count());
            body.put(
                    "onPremises",
                    users.stream().filter(u -> u.get("home").equals("onprem")).count());
            body.put("users", users);
            body.put("changes", changes);
            body.put("signIns", w.signIns().asMap());
            return Reply.json(200, body);
        });
    }
}
