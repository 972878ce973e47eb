package org.iptmodel.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.junit.jupiter.api.Test;

/**
 * jqwik 1.9.3 honours the committed {@code junit-platform.properties}: the number of tries, the
 * maximum discard ratio and the failure of a property with a fixed seed. Each property here checks
 * the result of the run with a lifecycle hook.
 */
class JqwikConfigurationProperties {

    private static final Properties CONFIGURATION = load();

    @Test
    void theConfigurationIsOnTheTestClassPath() {
        assertThat(CONFIGURATION).containsKeys("jqwik.tries.default", "jqwik.maxdiscardratio.default",
                "jqwik.seeds.whenfixed", "jqwik.database", "jqwik.edgecases.default", "jqwik.shrinking.default",
                "jqwik.shrinking.bounded.seconds", "jqwik.reporting.onlyfailures");
        assertThat(CONFIGURATION.getProperty("jqwik.seeds.whenfixed")).isEqualTo("FAIL");
    }

    @Property
    @AddLifecycleHook(ExpectConfiguredTries.class)
    void runsTheConfiguredNumberOfTries(@ForAll int any) {
        assertThat(any).isNotNull();
    }

    @Property(seed = "42")
    @AddLifecycleHook(ExpectFixedSeedFailure.class)
    void aPropertyWithAFixedSeedFails(@ForAll int any) {
        assertThat(any).isNotNull();
    }

    @Property
    @AddLifecycleHook(ExpectExhaustion.class)
    void aPropertyThatDiscardsMoreThanTheRatioAllowsFails(@ForAll int any) {
        // keeps about one try in twenty: a discard ratio of 19, far above the configured maximum (one
        // in ten kept, a ratio of 9, could by chance stay at jqwik's rounded-down ratio of 5 and pass)
        Assume.that(Math.floorMod(any, 20) == 0);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = JqwikConfigurationProperties.class.getResourceAsStream("/junit-platform.properties")) {
            assertThat(in).as("junit-platform.properties").isNotNull();
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static int configured(String key) {
        return Integer.parseInt(CONFIGURATION.getProperty(key).trim());
    }

    /** Fails the property unless it ran exactly the configured default number of tries. */
    static class ExpectConfiguredTries implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            PropertyExecutionResult result = property.execute();
            int expected = configured("jqwik.tries.default");
            if (result.status() == PropertyExecutionResult.Status.SUCCESSFUL && result.countTries() != expected) {
                return result.mapToFailed("ran " + result.countTries() + " tries, jqwik.tries.default is " + expected);
            }
            return result;
        }
    }

    /** Turns the expected failure of a property with a fixed seed into a success, and anything else into a failure. */
    static class ExpectFixedSeedFailure implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            PropertyExecutionResult result = property.execute();
            boolean failedForTheSeed = result.status() == PropertyExecutionResult.Status.FAILED
                    && result.throwable().map(t -> String.valueOf(t.getMessage()).contains("fixed seed")).orElse(false);
            return failedForTheSeed ? result.mapToSuccessful()
                    : result.mapToFailed("a property with a fixed seed must fail: jqwik.seeds.whenfixed = FAIL");
        }
    }

    /** Turns the expected exhaustion of a property that discards too many tries into a success. */
    static class ExpectExhaustion implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            PropertyExecutionResult result = property.execute();
            int ratio = configured("jqwik.maxdiscardratio.default");
            boolean exhausted = result.status() == PropertyExecutionResult.Status.FAILED && ratio < 19
                    && result.throwable().map(t -> t.getClass().getSimpleName().contains("TooManyFilterMisses")
                            || String.valueOf(t.getMessage()).contains("exhausted")).orElse(false);
            return exhausted ? result.mapToSuccessful()
                    : result.mapToFailed("discarding 19 tries in 20 must exhaust a property: jqwik.maxdiscardratio.default = "
                            + ratio);
        }
    }
}
