package io.github.policyreport.internal.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffsetMapTest {

    /** A naive map: one entry per normalized offset, built from the same edits. */
    private static final class Naive {
        final List<Integer> start = new ArrayList<>();
        final List<Integer> end = new ArrayList<>();
        int src;

        Naive() {
            start.add(0);
            end.add(0);
        }

        void edit(int a, int b) {
            if (a == b) {
                for (int k = 1; k <= a; k++) {
                    start.add(src + k);
                    end.add(src + k);
                }
            } else {
                // offsets strictly inside the group: start -> group start, end -> group end
                for (int k = 1; k < b; k++) {
                    start.add(src);
                    end.add(src + a);
                }
                start.add(src + a);
                end.add(src + a);
            }
            src += a;
        }
    }

    static Stream<Arguments> replacements() {
        // edits as (source chars, normalized chars) pairs; expected start and end maps per normalized offset
        return Stream.of(
                Arguments.of("identity", new int[][] {{3, 3}}, new int[] {0, 1, 2, 3}, new int[] {0, 1, 2, 3}),
                Arguments.of("one char grows to three", new int[][] {{1, 1}, {1, 3}, {1, 1}},
                        new int[] {0, 1, 1, 1, 2, 3}, new int[] {0, 1, 2, 2, 2, 3}),
                Arguments.of("three chars shrink to one", new int[][] {{1, 1}, {3, 1}, {1, 1}},
                        new int[] {0, 1, 4, 5}, new int[] {0, 1, 4, 5}),
                Arguments.of("two chars shrink to one at the start", new int[][] {{2, 1}, {2, 2}},
                        new int[] {0, 2, 3, 4}, new int[] {0, 2, 3, 4}),
                Arguments.of("growth at the end", new int[][] {{2, 2}, {1, 2}},
                        new int[] {0, 1, 2, 2, 3}, new int[] {0, 1, 2, 3, 3}),
                Arguments.of("grow then shrink", new int[][] {{1, 2}, {2, 1}},
                        new int[] {0, 0, 1, 3}, new int[] {0, 1, 1, 3}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replacements")
    void mapsStartAndEndOffsetsOfReplacementsThatGrowAndShrink(String name, int[][] edits, int[] starts, int[] ends) {
        OffsetMap.Builder b = new OffsetMap.Builder();
        for (int[] e : edits) {
            if (e[0] == e[1]) {
                b.copy(e[0]);
            } else {
                b.replace(e[0], e[1]);
            }
        }
        OffsetMap m = b.build();
        for (int k = 0; k < starts.length; k++) {
            assertThat(m.toSource(k)).as("start %d", k).isEqualTo(starts[k]);
            assertThat(m.toSourceEnd(k)).as("end %d", k).isEqualTo(ends[k]);
        }
    }

    static Stream<Arguments> deletions() {
        // edits as (source chars, normalized chars); 0 normalized chars is a deletion
        return Stream.of(
                Arguments.of("zero-width space inside a number", new int[][] {{1, 1}, {1, 0}, {1, 1}},
                        new int[] {0, 2, 3}, new int[] {0, 2, 3}),
                Arguments.of("deletion at the start", new int[][] {{1, 0}, {2, 2}}, new int[] {1, 2, 3}, new int[] {1, 2, 3}),
                Arguments.of("deletion at the end", new int[][] {{2, 2}, {1, 0}}, new int[] {0, 1, 3}, new int[] {0, 1, 3}),
                Arguments.of("two deletions in a row are one", new int[][] {{1, 1}, {1, 0}, {2, 0}, {1, 1}},
                        new int[] {0, 4, 5}, new int[] {0, 4, 5}),
                Arguments.of("deletion joins the replacement after it", new int[][] {{1, 1}, {1, 0}, {1, 2}, {1, 1}},
                        new int[] {0, 1, 1, 3, 4}, new int[] {0, 1, 3, 3, 4}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletions")
    void mapsOffsetsAroundDeletedCharacters(String name, int[][] edits, int[] starts, int[] ends) {
        OffsetMap.Builder b = new OffsetMap.Builder();
        for (int[] e : edits) {
            if (e[1] == 0) {
                b.delete(e[0]);
            } else if (e[0] == e[1]) {
                b.copy(e[0]);
            } else {
                b.replace(e[0], e[1]);
            }
        }
        OffsetMap m = b.build();
        assertThat(b.normLength()).isEqualTo(starts.length - 1);
        for (int k = 0; k < starts.length; k++) {
            assertThat(m.toSource(k)).as("start %d", k).isEqualTo(starts[k]);
            assertThat(m.toSourceEnd(k)).as("end %d", k).isEqualTo(ends[k]);
        }
    }

    @Test
    void matchesNaiveReferenceOnRandomEdits() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            OffsetMap.Builder b = new OffsetMap.Builder();
            Naive naive = new Naive();
            int edits = 1 + random.nextInt(40);
            for (int i = 0; i < edits; i++) {
                int kind = random.nextInt(4);
                int a = kind == 0 ? 1 + random.nextInt(5) : 1 + random.nextInt(3);
                int bb = kind == 0 ? a : 1 + random.nextInt(3);
                if (a == bb) {
                    b.copy(a);
                } else {
                    b.replace(a, bb);
                }
                naive.edit(a, bb);
            }
            OffsetMap m = b.build();
            for (int k = 0; k < naive.start.size(); k++) {
                assertThat(m.toSource(k)).as("round %d start %d", round, k).isEqualTo(naive.start.get(k));
                assertThat(m.toSourceEnd(k)).as("round %d end %d", round, k).isEqualTo(naive.end.get(k));
            }
            assertThat(b.srcLength()).isEqualTo(naive.src);
        }
    }

    @Test
    void chainsTwoNormalizations() {
        // source "abc" -> "aXXc" (b grows to 2) -> "aYc" (XX shrinks to 1)
        OffsetMap first = new OffsetMap.Builder().copy().replace(1, 2).copy().build();
        OffsetMap second = new OffsetMap.Builder().copy().replace(2, 1).copy().build();
        OffsetMap chain = first.andThen(second);
        assertThat(new int[] {chain.toSource(0), chain.toSource(1), chain.toSource(2), chain.toSource(3)})
                .containsExactly(0, 1, 2, 3);
        assertThat(chain.toSourceEnd(2)).isEqualTo(2);
        assertThat(OffsetMap.identity().andThen(second)).isSameAs(second);
        assertThat(first.andThen(OffsetMap.identity())).isSameAs(first);
    }

    @Test
    void rejectsDeletionsAndNegativeOffsets() {
        assertThatThrownBy(() -> new OffsetMap.Builder().replace(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OffsetMap.Builder().delete(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OffsetMap.identity().toSource(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
