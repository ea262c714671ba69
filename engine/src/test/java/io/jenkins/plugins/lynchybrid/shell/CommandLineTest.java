package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The PowerShell lines shown to reviewers are ones an administrator could paste and run. */
class CommandLineTest {

    @Test
    void stringsAreSingleQuotedWithEmbeddedQuotesDoubled() {
        assertEquals(
                "Set-CsHostingProvider -Identity 'O''Brien''s provider'",
                CommandLine.of(CmdletCall.of("Set-CsHostingProvider").with("Identity", "O'Brien's provider")));
    }

    @Test
    void booleansUseTheColonFormThatSwitchesAlsoAccept() {
        assertEquals(
                "Set-CsAccessEdgeConfiguration -UseDnsSrvRouting:$true -AllowOutsideUsers:$false",
                CommandLine.of(CmdletCall.of("Set-CsAccessEdgeConfiguration")
                        .with("UseDnsSrvRouting", true)
                        .with("AllowOutsideUsers", false)));
    }

    @Test
    void theSessionCredentialIsShownAsAVariableNeverAsItsValue() {
        assertEquals(
                "Move-CsUser -Identity 'sip:ann@contoso.com' -Target 'sipfed.online.lync.com' -Credential $credential",
                CommandLine.of(Calls.moveUser("sip:ann@contoso.com", "sipfed.online.lync.com", null, false, Set.of())));
    }

    @Test
    void numbersAreWrittenBare() {
        assertEquals(
                "Set-CsHostingProvider -SipClientPort 443",
                CommandLine.of(CmdletCall.of("Set-CsHostingProvider").with("SipClientPort", 443)));
    }
}
