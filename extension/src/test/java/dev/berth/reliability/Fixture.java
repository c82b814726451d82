package dev.berth.reliability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a {@code *TestCase} fixture that fails or holds containers on purpose: it runs only through EngineTestKit from
 * its enclosing test (which sets {@link #PARAMETER}), and is skipped when a pattern such as
 * {@code -Dtest='dev.berth.reliability.**'} selects it directly.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(Fixture.OnlyThroughTestKit.class)
@interface Fixture {

    String PARAMETER = "berth.reliability.fixture";

    final class OnlyThroughTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).isPresent()
                    ? ConditionEvaluationResult.enabled("run by its enclosing test")
                    : ConditionEvaluationResult.disabled("a fixture: runs only through EngineTestKit from its enclosing test");
        }
    }
}
