package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The judgement of every pool server's own build against Microsoft's minimum for moves. "As of July 31, 2022,
 * moving users between an on-premises deployment and the cloud requires the following minimum version": Skype for
 * Business Server 2019 CU6 (7.0.2046.385), Skype for Business Server 2015 CU12 (6.0.9319.619), Lync Server 2013
 * CU10 with Hotfix 7 (5.0.8308.1182) (move-users-between-on-premises-and-cloud.md and plan-hybrid-connectivity.md
 * in MicrosoftDocs/OfficeDocs-SkypeForBusiness, Skype/SfbHybrid/hybrid). Any one server below it fails; a server
 * whose build could not be read is reported as unknown and warns when every other server is at the minimum.
 */
final class ServerBuilds {
    static final String SOURCE = "move-users-between-on-premises-and-cloud.md (\"minimum version\" table; also"
            + " plan-hybrid-connectivity.md), MicrosoftDocs/OfficeDocs-SkypeForBusiness Skype/SfbHybrid/hybrid";

    /** One pool server's build as read on it, or why it could not be read. */
    record ServerBuild(String computer, Optional<VersionNumber> build, String detail) {
        static ServerBuild read(String computer, VersionNumber build, String component) {
            return new ServerBuild(computer, Optional.of(build), component);
        }

        static ServerBuild unknown(String computer, String why) {
            return new ServerBuild(computer, Optional.empty(), why);
        }

        String describe() {
            return computer + " " + build.map(VersionNumber::toString).orElse("unknown (" + detail + ")");
        }
    }

    private final ServerVersion product;
    private final String pool;

    ServerBuilds(ServerVersion product, String pool) {
        this.product = product;
        this.pool = pool;
    }

    /** The update Microsoft's table names for the product's minimum build. */
    static String minimumUpdate(ServerVersion product) {
        return switch (product) {
            case LYNC_2013 -> "CU10 with Hotfix 7";
            case SFB_2015 -> "CU12";
            case SFB_2019 -> "CU6";
        };
    }

    Finding judge(List<ServerBuild> servers) {
        VersionNumber minimum = VersionNumber.parse(product.minimumBuildForMoves());
        String required = product.productName() + " " + minimumUpdate(product) + " (" + minimum + ")";
        if (servers.isEmpty()) {
            return Finding.unmet(
                    "Get-CsPool -Identity " + pool + " lists no Computers: no server's build could be judged",
                    "Check that the site's pool FQDN is the Front End pool's (Get-CsPool), then run readiness again.");
        }
        List<ServerBuild> below = servers.stream()
                .filter(s -> s.build().map(b -> !b.atLeast(minimum)).orElse(false))
                .toList();
        List<ServerBuild> unknown =
                servers.stream().filter(s -> s.build().isEmpty()).toList();
        String evidence = "pool " + pool + ": "
                + servers.stream().map(ServerBuild::describe).collect(Collectors.joining("; "))
                + "; minimum for moves " + required;
        if (!below.isEmpty()) {
            return Finding.unmet(
                    below.stream().map(ServerBuild::describe).collect(Collectors.joining(", "))
                            + (below.size() == 1 ? " is" : " are") + " below " + required
                            + ": moves to and from the cloud are impossible until updated (" + evidence + ")",
                    "Install the latest " + product.productName() + " cumulative update (at least "
                            + minimumUpdate(product) + ", " + minimum + ") on "
                            + below.stream().map(ServerBuild::computer).collect(Collectors.joining(", "))
                            + ", then run readiness again.");
        }
        if (!unknown.isEmpty()) {
            return Finding.warning(
                    evidence,
                    "Read the build on "
                            + unknown.stream().map(ServerBuild::computer).collect(Collectors.joining(", "))
                            + " by hand (" + howToReadByHand() + ") and make sure it is at least " + minimum
                            + "; enable PowerShell remoting (WinRM) from the agent to let readiness read it.");
        }
        return Finding.met(evidence);
    }

    private String howToReadByHand() {
        return product == ServerVersion.LYNC_2013
                ? "Programs and Features: the version of Lync Server 2013, Core Components"
                : "Get-CsServerPatchVersion on that server";
    }
}
