package io.jenkins.plugins.lynchybrid.errors;

/** Bad input: the message names the input and what is wrong with it. */
public final class ConfigurationException extends HybridException {
    public ConfigurationException(String message) {
        super(Side.CONFIGURATION, message, null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(Side.CONFIGURATION, message, cause);
    }
}
