package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Graph v1.0, read side: organization, domains and their federation configuration, users with $select,
 * $filter ({@link UserFilter}), $top and $skiptoken paging. Callers have already checked the bearer token and throttling.
 */
final class GraphEndpoint {
    static final String VERSION = "/v1.0";
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 999;

    private final World world;
    private final String baseUrl;

    GraphEndpoint(World world, String baseUrl) {
        this.world = world;
        this.baseUrl = baseUrl;
    }

    /** Answers a GET for {@code path} (below /v1.0, e.g. {@code /users/x}) with decoded query parameters. */
    Reply get(String path, Map<String, String> query) {
        try {
            String[] segments = java.net
                    .URI
                    .create(path)
                    .getPath()
                    .replaceAll("^/+|/+$", "")
                    .split("/");
            return switch (segments[0]) {
                case "organization" -> segments.length == 1 ? organization() : notFound(path);
                case "domains" -> domains(segments);
                case "users" -> segments.length == 1 ? users(query) : user(segments, query);
                default ->
                    Reply.graphError(400, "BadRequest", "Resource not found for the segment '" + segments[0] + "'.");
            };
        } catch (UserFilter.UnsupportedQuery e) {
            return Reply.graphError(400, "Request_UnsupportedQuery", e.getMessage());
        } catch (IllegalArgumentException e) {
            return Reply.graphError(400, "Request_BadRequest", e.getMessage());
        }
    }

    private Reply organization() {
        return world.read(w -> {
            Map<String, Object> org = new LinkedHashMap<>(w.organization());
            List<Map<String, Object>> verified = new ArrayList<>();
            for (Map<String, Object> domain : w.domains().values()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("name", domain.get("id"));
                v.put("type", domain.get("authenticationType"));
                v.put("isDefault", domain.get("isDefault"));
                v.put("isInitial", domain.get("isInitial"));
                v.put("capabilities", String.join(", ", stringList(domain.get("supportedServices"))));
                verified.add(v);
            }
            org.put("verifiedDomains", verified);
            return collection("organization", List.of(org), null);
        });
    }

    private Reply domains(String[] segments) {
        return world.read(w -> {
            if (segments.length == 1) {
                return collection(
                        "domains",
                        w.domains().values().stream()
                                .<Map<String, Object>>map(LinkedHashMap::new)
                                .toList(),
                        null);
            }
            String id = segments[1].toLowerCase(java.util.Locale.ROOT);
            Map<String, Object> domain = w.domains().get(id);
            if (domain == null || segments.length > 3) {
                return notFound(segments[1]);
            }
            if (segments.length == 2) {
                return Reply.json(200, new LinkedHashMap<>(domain));
            }
            if (!"federationConfiguration".equals(segments[2])) {
                return notFound(segments[2]);
            }
            Map<String, Object> fed = w.federationConfigurations().get(id);
            return fed == null
                    ? notFound(id + "/federationConfiguration")
                    : collection(
                            "domains('" + id + "')/federationConfiguration", List.of(new LinkedHashMap<>(fed)), null);
        });
    }

    private Reply user(String[] segments, Map<String, String> query) {
        String id = segments[1];
        return world.read(w -> {
            Optional<OnPremUser> user = segments.length == 2 ? find(w, id) : Optional.empty();
            return user.map(u -> Reply.json(200, GraphUsers.select(GraphUsers.full(w, u), query.get("$select"))))
                    .orElseGet(() -> notFound(id));
        });
    }

    private static Optional<OnPremUser> find(World w, String id) {
        Optional<OnPremUser> byName = id.contains("@") ? w.user(id) : Optional.empty();
        return byName.isPresent()
                ? byName
                : w.users().stream().filter(u -> u.objectId().equals(id)).findFirst();
    }

    private Reply users(Map<String, String> query) {
        int top = pageSize(query.get("$top"));
        int offset = offset(query.get("$skiptoken"));
        Predicate<Map<String, Object>> filter = UserFilter.parse(query.get("$filter"));
        return world.read(w -> {
            List<Map<String, Object>> page = new ArrayList<>();
            int matched = 0;
            boolean more = false;
            for (OnPremUser user : w.users()) {
                Map<String, Object> full = GraphUsers.full(w, user);
                if (!filter.test(full)) {
                    continue;
                }
                if (matched >= offset + top) {
                    more = true;
                    break;
                }
                if (matched >= offset) {
                    page.add(GraphUsers.select(full, query.get("$select")));
                }
                matched++;
            }
            return collection("users", page, more ? nextLink(query, offset + top) : null);
        });
    }

    private static int pageSize(String top) {
        if (top == null) {
            return DEFAULT_PAGE;
        }
        try {
            int value = Integer.parseInt(top);
            if (value >= 1 && value <= MAX_PAGE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below with Graph's wording
        }
        throw new IllegalArgumentException(
                "Invalid page size specified: '" + top + "'. Must be between 1 and " + MAX_PAGE + " inclusive.");
    }

    private static int offset(String skipToken) {
        if (skipToken == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(skipToken), StandardCharsets.UTF_8);
            return Integer.parseInt(text.substring(text.indexOf(':') + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The $skiptoken '" + skipToken + "' is not valid.");
        }
    }

    private String nextLink(Map<String, String> query, int offset) {
        StringBuilder link = new StringBuilder(baseUrl + VERSION + "/users?");
        for (String name : List.of("$select", "$filter", "$top")) {
            if (query.containsKey(name)) {
                link.append(encode(name))
                        .append('=')
                        .append(encode(query.get(name)))
                        .append('&');
            }
        }
        String token = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
        return link.append("$skiptoken=").append(token).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%24", "$");
    }

    private Reply collection(String context, List<Map<String, Object>> values, String nextLink) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@odata.context", baseUrl + VERSION + "/$metadata#" + context);
        if (nextLink != null) {
            body.put("@odata.nextLink", nextLink);
        }
        body.put("value", values);
        return Reply.json(200, body);
    }

    static Reply notFound(String resource) {
        return Reply.graphError(
                404,
                "Request_ResourceNotFound",
                "Resource '" + resource
                        + "' does not exist or one of its queried reference-property objects are not present.");
    }

    private static List<String> stringList(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }
}
