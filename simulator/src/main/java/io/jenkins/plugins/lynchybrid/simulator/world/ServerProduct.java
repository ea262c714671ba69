package io.jenkins.plugins.lynchybrid.simulator.world;

import java.util.Arrays;
import java.util.Locale;

/**
 * The on-premises product a world runs, each with its own cmdlet surface (the contract's per-product
 * applicability). The names are the reference pages' "Applicable:" spellings; the builds are the lowest that
 * may still move users to and from the cloud (Move-CsUser.md's minimum-version table).
 */
public enum ServerProduct {
    LYNC_2013(
            "Lync Server 2013",
            "lync2013",
            "Lync Server 2013 (5.0.8308.0): Volume license key installed.",
            "5.0.8308.1182"),
    SFB_2015(
            "Skype for Business Server 2015",
            "sfb2015",
            "Skype for Business Server 2015 (6.0.9319.0): Volume license key installed.",
            "6.0.9319.619"),
    SFB_2019(
            "Skype for Business Server 2019",
            "sfb2019",
            "Skype for Business Server 2019 (7.0.2046.0): Volume license key installed.",
            "7.0.2046.385");

    private final String contractName;
    private final String id;
    private final String serverVersion;
    private final String patchVersion;

    ServerProduct(String contractName, String id, String serverVersion, String patchVersion) {
        this.contractName = contractName;
        this.id = id;
        this.serverVersion = serverVersion;
        this.patchVersion = patchVersion;
    }

    /** As the reference pages' "Applicable:" lines spell it. */
    public String contractName() {
        return contractName;
    }

    /** As the CLI and the site file spell it, e.g. {@code sfb2015}. */
    public String id() {
        return id;
    }

    /** What Get-CsServerVersion writes. */
    public String serverVersion() {
        return serverVersion;
    }

    /** The management module the agent imports: Lync for 2013, SkypeForBusiness from 2015. */
    public String moduleName() {
        return this == LYNC_2013 ? "Lync" : "SkypeForBusiness";
    }

    /** The build the world's servers run. */
    public String patchVersion() {
        return patchVersion;
    }

    public static ServerProduct byId(String id) {
        String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.id.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "server version '" + id + "' is not one of lync2013, sfb2015, sfb2019"));
    }
}
