package io.jenkins.plugins.lynchybrid.jenkins.help;

import hudson.model.Describable;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridSite;
import io.jenkins.plugins.lynchybrid.jenkins.steps.ConfigureStep;
import io.jenkins.plugins.lynchybrid.jenkins.steps.MoveUsersStep;
import io.jenkins.plugins.lynchybrid.jenkins.steps.ReadinessStep;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The Snippet Generator and the site form show a help file beside every field: each data-bound property of the
 * steps and of a site has one, and it loads. Properties are read from the classes, so a new one without help fails.
 */
@WithJenkins
class HelpFilesTest {
    static Stream<Arguments> describables() {
        return Stream.of(
                Arguments.of(ReadinessStep.class, "site"),
                Arguments.of(ConfigureStep.class, "site"),
                Arguments.of(MoveUsersStep.class, "site"),
                Arguments.of(LyncHybridSite.class, "name"));
    }

    @ParameterizedTest
    @MethodSource("describables")
    void everyFieldHasAHelpFileThatLoads(
            Class<? extends Describable<?>> type, String constructorParameter, JenkinsRule r) throws Exception {
        r.assertHelpExists(type, properties(type, constructorParameter));
    }

    /** The constructor's parameter and every {@code @DataBoundSetter} property, comma-separated. */
    private static String properties(Class<?> type, String constructorParameter) {
        Stream<String> setters = Arrays.stream(type.getMethods())
                .filter(m -> m.isAnnotationPresent(DataBoundSetter.class))
                .map(Method::getName)
                .map(name -> Introspector.decapitalize(name.substring("set".length())));
        return Stream.concat(Stream.of(constructorParameter), setters).sorted().collect(Collectors.joining(","));
    }
}
