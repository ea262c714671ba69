package io.jenkins.plugins.lynchybrid.provisioning;

import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import io.jenkins.plugins.lynchybrid.graph.ProvisionedPlan;
import io.jenkins.plugins.lynchybrid.provisioning.ProvisioningVerdict.Fault;
import io.jenkins.plugins.lynchybrid.provisioning.ProvisioningVerdict.State;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Predicts the hosted migration service's refusals of a move online from the tenant's view of the user, with the
 * fixes Microsoft documents (MicrosoftDocs/SupportArticles-docs, Skype for Business hybrid moves):
 *
 * <ul>
 *   <li>fault 506, "there appears to be a problem with this user account. Please verify the attribute settings"
 *       (hostedmigration-fault-error-506.md): the msRTCSIP attributes did not sync because "identity
 *       synchronization was originally configured" before the Skype for Business schema extension; fix: "rerun
 *       the configuration wizard for Directory Synchronization (DirSync) or Microsoft Entra Connect". The tenant
 *       shows it as an empty OnPremHostingProvider (Get-CsOnlineUser.md's filter {@code OnPremHostingProvider -ne
 *       $null}). The same fault's "verify the attribute settings" is what UserValidationErrors lists.
 *   <li>fault 507, "User must has an assigned license to use Skype for Business Online"
 *       (move-csuser-hostedmigration-fault-507.md): fix "assign the user a license for Skype for Business Online";
 *       "you may receive the error ... until the user is fully provisioned ... up to 30 minutes". The tenant shows
 *       provisioning not finished as a MicrosoftCommunicationsOnline provisionedPlan (Graph) whose
 *       provisioningStatus is not Success. A missing licence is the licence pre-check's (U5).
 * </ul>
 */
public final class ProvisioningJudge {
    private ProvisioningJudge() {}

    /**
     * @param read what Get-CsOnlineUser said of the user
     * @param graph the user as Graph's batched look-up found them, when it did
     */
    public static ProvisioningVerdict judge(String upn, OnlineUserReader.Read read, Optional<GraphUser> graph) {
        if (read.failure().isPresent()) {
            return new ProvisioningVerdict(
                    upn,
                    State.UNKNOWN,
                    Fault.NONE,
                    "Get-CsOnlineUser could not be read: "
                            + read.failure().get().describe(),
                    "");
        }
        if (read.user().isEmpty()) {
            return new ProvisioningVerdict(
                    upn,
                    State.NOT_IN_TENANT,
                    Fault.NONE,
                    "Get-CsOnlineUser finds no online user " + upn,
                    "bring the user into the directory sync scope and wait for a sync cycle");
        }
        OnlineUser user = read.user().get();
        String type = user.interpretedUserType()
                .map(t -> " (InterpretedUserType " + t + ")")
                .orElse("");
        if (!user.validationErrors().isEmpty()) {
            return new ProvisioningVerdict(
                    upn,
                    State.VALIDATION_ERRORS,
                    Fault.F506,
                    "the tenant lists validation errors for the user" + type + ": "
                            + String.join("; ", user.validationErrors()),
                    "correct the attributes the errors name in on-premises Active Directory and let directory sync"
                            + " run, until Get-CsOnlineUser shows no UserValidationErrors");
        }
        if (user.onPremHostingProvider().isEmpty()) {
            return new ProvisioningVerdict(
                    upn,
                    State.ATTRIBUTES_NOT_SYNCED,
                    Fault.F506,
                    "the user's msRTCSIP attributes have not reached the tenant (Get-CsOnlineUser shows no"
                            + " OnPremHostingProvider" + type + ")",
                    "rerun the configuration wizard of Microsoft Entra Connect (or DirSync) so it syncs the msRTCSIP"
                            + " attributes, then wait for a sync cycle");
        }
        List<ProvisionedPlan> pending =
                graph.map(GraphUser::skypeOnlinePlansNotProvisioned).orElse(List.of());
        if (!pending.isEmpty()) {
            return new ProvisioningVerdict(
                    upn,
                    State.PENDING,
                    Fault.F507,
                    "Skype for Business Online has not finished provisioning the user (Graph provisionedPlans: "
                            + pending.stream()
                                    .map(p -> p.service() + " " + p.provisioningStatus())
                                    .distinct()
                                    .collect(Collectors.joining(", "))
                            + type + ")",
                    "wait until provisioning completes (Microsoft: up to 30 minutes after the licence is assigned),"
                            + " then move the user in a later run");
        }
        return new ProvisioningVerdict(upn, State.READY, Fault.NONE, "provisioned online" + type, "");
    }
}
