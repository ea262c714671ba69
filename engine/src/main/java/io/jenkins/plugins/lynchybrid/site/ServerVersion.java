package io.jenkins.plugins.lynchybrid.site;

import java.util.Locale;

/**
 * The on-premises product line. It decides the move flow: Lync 2013 moves with the documented 2013 command
 * line; Skype for Business Server 2015/2019 moves with the Teams-era switches.
 */
public enum ServerVersion {
    LYNC_2013("Lync Server 2013", "5.0.8308.1182", false),
    SFB_2015("Skype for Business Server 2015", "6.0.9319.619", true),
    SFB_2019("Skype for Business Server 2019", "7.0.2046.385", true);

    private final String productName;
    private final String minimumBuildForMoves;
    private final boolean teamsEra;

    ServerVersion(String productName, String minimumBuildForMoves, boolean teamsEra) {
        this.productName = productName;
        this.minimumBuildForMoves = minimumBuildForMoves;
        this.teamsEra = teamsEra;
    }

    public String productName() {
        return productName;
    }

    /** Since 2022-07-31 the hosted migration service refuses moves from older builds. */
    public String minimumBuildForMoves() {
        return minimumBuildForMoves;
    }

    /** Whether Move-CsUser takes -MoveToTeams/-UseOAuth and the bypass switches. */
    public boolean teamsEra() {
        return teamsEra;
    }

    public static ServerVersion parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
        return switch (key) {
            case "lync2013", "2013" -> LYNC_2013;
            case "sfb2015", "skypeforbusinessserver2015", "2015" -> SFB_2015;
            case "sfb2019", "skypeforbusinessserver2019", "2019" -> SFB_2019;
            default ->
                throw new IllegalArgumentException(
                        "server version '" + text + "' is not one of lync2013, sfb2015, sfb2019");
        };
    }
}
