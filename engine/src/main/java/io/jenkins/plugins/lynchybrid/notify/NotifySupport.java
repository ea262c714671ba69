package io.jenkins.plugins.lynchybrid.notify;

import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import java.util.Optional;

/**
 * Where a Skype for Business client can be told of its user's pending upgrade to Teams. Microsoft documents the
 * on-premises TeamsUpgradePolicy (NotifySfbUsers) for Skype for Business Server 2019: New-CsTeamsUpgradePolicy.md's
 * parameters (-Identity, -NotifySfbUsers) say "Applicable: Skype for Business Server 2019". Lync Server 2013 has no
 * TeamsUpgradePolicy cmdlet at all. On 2015 the pages disagree (Grant-CsTeamsUpgradePolicy.md names "Skype for
 * Business Server 2015 with CU8"), so the narrower, parameter-level reading stands (docs/cmdlet-contract.md).
 */
public final class NotifySupport {
    private NotifySupport() {}

    /** Why the server cannot notify its users; empty where it can. */
    public static Optional<String> cannotNotify(ServerVersion version) {
        return switch (version) {
            case SFB_2019 -> Optional.empty();
            case SFB_2015 ->
                Optional.of("Skype for Business Server 2015 cannot notify users of their upgrade to Teams here:"
                        + " Microsoft documents New-CsTeamsUpgradePolicy -NotifySfbUsers for Skype for Business"
                        + " Server 2019 only. Tell these users another way (mail, intranet), or notify them after"
                        + " upgrading the pool to Skype for Business Server 2019");
            case LYNC_2013 ->
                Optional.of("Lync Server 2013 cannot notify users of their upgrade to Teams: it has no"
                        + " TeamsUpgradePolicy (Microsoft documents NotifySfbUsers for Skype for Business Server 2019)."
                        + " Tell these users another way (mail, intranet)");
        };
    }
}
