package io.jenkins.plugins.lynchybrid.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The tenant as Microsoft Graph shows it. Implemented over HTTPS by {@link GraphClient}. */
public interface TenantDirectory {

    /** Gets ready for the first call (signs in); a failure here comes back on that call. */
    default void signIn() {}

    Organization organization();

    List<Domain> domains();

    Optional<Domain> domain(String id);

    /** Empty when the domain has no federation object (Graph answers 404). */
    Optional<FederationConfiguration> federationConfiguration(String domainId);

    /**
     * Streams users page by page (never all pages in memory).
     *
     * @param filter an OData $filter, or null
     */
    void forEachUserPage(String filter, Consumer<List<GraphUser>> page);

    /**
     * Looks users up by UPN or id (UPNs 15 to a {@code $filter}, 20 filters to a {@code $batch}); the answer keeps
     * every requested key, and a user the tenant does not have is {@link UserLookup#notFound}.
     */
    Map<String, UserLookup> users(Collection<String> userPrincipalNames);
}
