package io.jenkins.plugins.lynchybrid.graph;

import java.time.Instant;
import java.util.Optional;

/** Graph's organization resource, the fields readiness needs. {@code onPremisesSyncEnabled} may be null (never synced). */
public record Organization(
        String id, String displayName, Boolean onPremisesSyncEnabled, Optional<Instant> onPremisesLastSyncDateTime) {}
