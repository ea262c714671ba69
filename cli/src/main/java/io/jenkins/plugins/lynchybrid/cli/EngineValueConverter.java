package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Reads an option with the engine's own parser. The engine's message names the bad value and what is wrong; picocli
 * puts the option's name in front of it and exits with the usage error code.
 */
record EngineValueConverter<T>(Function<String, T> parser) implements CommandLine.ITypeConverter<T> {
    @Override
    public T convert(String text) {
        try {
            return parser.apply(text);
        } catch (ConfigurationException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
