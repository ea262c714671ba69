package io.jenkins.plugins.lynchybrid.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Move-CsUser switch that skips one of the service's licence checks (domain.md §4.1, §4.4 U6/U7). Only Skype for
 * Business Server 2015/2019 have them; Lync Server 2013's Move-CsUser cannot bind either. Microsoft's Move-CsUser
 * page marks -BypassAudioConferencingCheck "deprecated and should not be used": the engine never sends it.
 */
public enum Bypass {
    ENTERPRISE_VOICE(
            "BypassEnterpriseVoiceCheck",
            "Enterprise Voice user without a Phone System licence",
            "Phone System (MCOEV)",
            false),
    AUDIO_CONFERENCING(
            "BypassAudioConferencingCheck",
            "dial-in conferencing user without an Audio Conferencing licence",
            "Audio Conferencing (MCOMEETADV)",
            true);

    private final String parameter;
    private final String problem;
    private final String licence;
    private final boolean deprecated;

    Bypass(String parameter, String problem, String licence, boolean deprecated) {
        this.parameter = parameter;
        this.problem = problem;
        this.licence = licence;
        this.deprecated = deprecated;
    }

    /** Whether Microsoft's page deprecates the switch: it is never sent, so only the licence helps. */
    public boolean deprecated() {
        return deprecated;
    }

    /** The Move-CsUser switch's name, without the dash. */
    public String parameter() {
        return parameter;
    }

    /** The licence (service plan) whose absence the switch skips over, e.g. {@code Phone System (MCOEV)}. */
    public String licence() {
        return licence;
    }

    /** Why the pre-check stops the user, with the fix; {@code lync2013} when allowing the bypass cannot help. */
    public String refusal(boolean lync2013) {
        if (deprecated) {
            return problem + " — fix: assign " + licence + " (-" + parameter
                    + " is deprecated: Microsoft's Move-CsUser page says it should not be used)";
        }
        return lync2013
                ? problem + " — fix: assign " + licence + " (Lync Server 2013's Move-CsUser has no -" + parameter
                        + ", so allowing the bypass cannot help)"
                : problem + " — fix: assign " + licence + ", or allow the bypass (-" + parameter
                        + ", Skype for Business Server 2015/2019 only)";
    }

    /** {@code bypasses} in a fixed order, so calls and notes read the same for every user. */
    public static List<Bypass> ordered(Set<Bypass> bypasses) {
        return Arrays.stream(values()).filter(bypasses::contains).toList();
    }

    /** The note a user moved with bypasses carries into the journal and the reports; empty without any. */
    public static String note(Set<Bypass> bypasses) {
        return bypasses.isEmpty()
                ? ""
                : ordered(bypasses).stream()
                        .map(b -> "-" + b.parameter + " (" + b.problem + ")")
                        .collect(Collectors.joining(", ", "moved with ", ""));
    }
}
