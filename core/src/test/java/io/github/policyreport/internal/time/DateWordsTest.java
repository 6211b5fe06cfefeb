package io.github.policyreport.internal.time;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule word list's trie answers exactly as trying every word of the longest-first list does. */
class DateWordsTest {

    private static final String ALPHABET = "年底前以来同期将于计划力争目标发布召开";

    @Test
    void findsTheSameWordAtAndBeforeAnOffsetAsTheListItself() {
        Random random = new Random(20261130);
        for (int round = 0; round < 200; round++) {
            List<String> plain = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(10); w++) {
                plain.add(randomText(random, 1 + random.nextInt(4)));
            }
            plain = plain.stream().distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList();
            Words words = new Words(plain);
            String text = randomText(random, 25);
            for (int i = -1; i <= text.length() + 1; i++) {
                assertThat(Rules.wordAt(text, i, words)).as("%s in %s at %d", plain, text, i)
                        .isEqualTo(Rules.wordAt(text, i, plain));
                assertThat(Rules.wordBefore(text, i, words)).as("%s in %s before %d", plain, text, i)
                        .isEqualTo(Rules.wordBefore(text, i, plain));
            }
        }
    }

    @Test
    void theRuleListsAreWordLists() {
        assertThat(Rules.defaults().futureMarkers).isInstanceOf(Words.class).isNotEmpty();
        assertThat(Rules.wordAt("我局将于下月召开", 2, Rules.defaults().futureMarkers)).isNotNull();
    }

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < length; k++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
