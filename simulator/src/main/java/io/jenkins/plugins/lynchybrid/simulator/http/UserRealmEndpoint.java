package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /common/userrealm/{user}?api-version=1.0}: tells a client whether the user's domain signs in at
 * Entra (Managed) or at its AD FS (Federated, with the MEX address MSAL follows).
 */
final class UserRealmEndpoint {
    static final String PREFIX = "/common/userrealm/";
    private final World world;

    UserRealmEndpoint(World world) {
        this.world = world;
    }

    Reply realm(String user) {
        String domain = user.substring(user.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return world.read(w -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ver", "1.0");
            Map<String, Object> dom = w.domains().get(domain);
            Map<String, Object> fed = w.federationConfigurations().get(domain);
            if (dom == null) {
                answer.put("account_type", "Unknown");
            } else if ("Federated".equals(dom.get("authenticationType")) && fed != null) {
                answer.put("account_type", "Federated");
                answer.put("domain_name", domain);
                answer.put("federation_protocol", "WSTrust");
                answer.put("federation_metadata_url", fed.get("metadataExchangeUri"));
                answer.put("federation_active_auth_url", fed.get("activeSignInUri"));
            } else {
                answer.put("account_type", "Managed");
                answer.put("domain_name", domain);
            }
            answer.put("cloud_instance_name", "microsoftonline.com");
            answer.put("cloud_audience_urn", AdfsEndpoint.CLOUD_AUDIENCE);
            return Reply.json(200, answer);
        });
    }
}
