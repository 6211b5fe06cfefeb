package io.github.policyreport.internal;

import io.github.policyreport.model.Warning;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsolationTest {

    @Test
    void theBuildRunsTestsStrictSoThatStageErrorsAreSeen() {
        assertThat(Isolation.STRICT).isTrue();
    }

    @Test
    void aFailingStageGivesItsFallbackAndAWarningNamingIt() {
        List<Warning> warnings = new ArrayList<>();
        String out = Isolation.guard("figures: sentence at 12", () -> {
            throw new NumberFormatException("For input string: \"1.5万\"");
        }, "fallback", warnings, false);
        assertThat(out).isEqualTo("fallback");
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(Warning.Code.STAGE_FAILED);
            assertThat(w.message()).startsWith("figures: sentence at 12 failed").contains("NumberFormatException");
        });
    }

    @Test
    void aStackOverflowIsIsolatedLikeAnyRuleFailure() {
        List<Warning> warnings = new ArrayList<>();
        Integer out = Isolation.guard("timeline", IsolationTest::recurse, -1, warnings, false);
        assertThat(out).isEqualTo(-1);
        assertThat(warnings).extracting(Warning::code).containsExactly(Warning.Code.STAGE_FAILED);
    }

    @Test
    void aWorkingStageLeavesNoWarning() {
        List<Warning> warnings = new ArrayList<>();
        assertThat(Isolation.guard("text layer", () -> 7, 0, warnings, false)).isEqualTo(7);
        assertThat(warnings).isEmpty();
    }

    @Test
    void strictModeRethrows() {
        List<Warning> warnings = new ArrayList<>();
        assertThatThrownBy(() -> Isolation.guard("figures", () -> {
            throw new IllegalStateException("bug");
        }, null, warnings, true)).isInstanceOf(IllegalStateException.class).hasMessage("bug");
        assertThat(warnings).isEmpty();
    }

    @Test
    void longMessagesAreCut() {
        Warning w = Isolation.failed("figures", new IllegalArgumentException("x".repeat(10_000)));
        assertThat(w.message().length()).isLessThan(300);
    }

    private static Integer recurse() {
        return recurse() + 1;
    }
}
