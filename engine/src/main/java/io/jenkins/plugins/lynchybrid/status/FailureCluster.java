package io.jenkins.plugins.lynchybrid.status;

import java.util.List;

/**
 * Failures with one normalised cause, across every wave.
 *
 * @param cause the reason with user names, addresses, GUIDs and numbers stripped
 * @param fix the documented fix the reasons carry; empty when they name none
 * @param example one reason as recorded, for the reader to see a real case
 * @param users how many failed users the cause covers, counted per wave
 * @param waves the waves it appeared in, in the order given
 */
public record FailureCluster(String cause, String fix, String example, int users, List<String> waves) {}
