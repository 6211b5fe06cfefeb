package io.github.policyreport.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cue trie against a naive longest-prefix (and longest-suffix) search over the same word lists. */
class WordTrieTest {

    private static final String ALPHABET = "计划将力争年度全省增长亿元";
    /** Enough characters that a node has more children than a sorted node keeps. */
    private static final String WIDE = "计划将力争年度全省增长亿元市县区新开发高技术产业园一二三四五六七八九十百千万0123456789ABCabc";

    @Test
    void findsTheSameLongestWordAsANaiveSearch() {
        Random random = new Random(20261130);
        for (int round = 0; round < 200; round++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(12); w++) {
                words.add(randomText(random, 1 + random.nextInt(4)));
            }
            WordTrie trie = WordTrie.of(words);
            String text = randomText(random, 30);
            for (int i = 0; i < text.length(); i++) {
                int to = i + random.nextInt(text.length() - i + 1);
                assertThat(trie.longestAt(text, i, to)).as("%s in %s at %d..%d", words, text, i, to)
                        .isEqualTo(naive(words, text, i, to));
            }
        }
    }

    @Test
    void aWideDictionaryWhoseNodesHashTheirCharactersFindsTheSameLongestWord() {
        Random random = new Random(20261203);
        for (int round = 0; round < 50; round++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 20 + random.nextInt(300); w++) {
                words.add(randomText(random, WIDE, 1 + random.nextInt(4)));
            }
            WordTrie trie = WordTrie.of(words);
            WordTrie back = WordTrie.reversed(words);
            String text = randomText(random, WIDE, 60);
            for (int i = 0; i < text.length(); i++) {
                int to = i + random.nextInt(text.length() - i + 1);
                assertThat(trie.longestAt(text, i, to)).as("%s at %d..%d", text, i, to)
                        .isEqualTo(naive(words, text, i, to));
                assertThat(back.longestEndingAt(text, i, to)).as("%s at %d..%d", text, i, to)
                        .isEqualTo(naiveEnding(words, text, i, to));
            }
        }
    }

    @Test
    void oneWalkFindsTheLongestWordOfEachListAsANaiveSearch() {
        Random random = new Random(20261201);
        for (int round = 0; round < 200; round++) {
            List<List<String>> lists = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                List<String> words = new ArrayList<>();
                for (int w = 0; w < random.nextInt(8); w++) {
                    words.add(randomText(random, 1 + random.nextInt(4)));
                }
                lists.add(words);
            }
            WordTrie trie = WordTrie.of(lists, false);
            String text = randomText(random, 30);
            int[] longest = new int[lists.size()];
            for (int i = 0; i < text.length(); i++) {
                int to = i + random.nextInt(text.length() - i + 1);
                trie.longestAt(text, i, to, longest);
                for (int k = 0; k < lists.size(); k++) {
                    assertThat(longest[k]).as("list %d of %s in %s at %d..%d", k, lists, text, i, to)
                            .isEqualTo(naive(lists.get(k), text, i, to));
                }
            }
        }
    }

    @Test
    void oneWalkFindsWhichListsHaveAWordAtAPositionAsANaiveSearch() {
        Random random = new Random(20261204);
        for (int round = 0; round < 200; round++) {
            List<List<String>> lists = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(6); k++) {
                List<String> words = new ArrayList<>();
                for (int w = 0; w < random.nextInt(8); w++) {
                    words.add(randomText(random, 1 + random.nextInt(4)));
                }
                lists.add(words);
            }
            WordTrie trie = WordTrie.of(lists, false);
            String text = randomText(random, 30);
            for (int i = 0; i < text.length(); i++) {
                int to = i + random.nextInt(text.length() - i + 1);
                int expected = 0;
                for (int k = 0; k < lists.size(); k++) {
                    expected |= naive(lists.get(k), text, i, to) > 0 ? 1 << k : 0;
                }
                assertThat(trie.kindsAt(text, i, to)).as("%s in %s at %d..%d", lists, text, i, to).isEqualTo(expected);
            }
        }
    }

    @Test
    void aReversedTrieFindsTheSameLongestWordEndingAtAPositionAsANaiveSearch() {
        Random random = new Random(20261202);
        for (int round = 0; round < 200; round++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(12); w++) {
                words.add(randomText(random, 1 + random.nextInt(4)));
            }
            WordTrie trie = WordTrie.reversed(words);
            String text = randomText(random, 30);
            for (int end = 0; end <= text.length(); end++) {
                int from = random.nextInt(end + 1);
                assertThat(trie.longestEndingAt(text, from, end)).as("%s in %s at %d..%d", words, text, from, end)
                        .isEqualTo(naiveEnding(words, text, from, end));
            }
        }
    }

    @Test
    void nextStartNeverPassesAnOffsetWhereAWordStarts() {
        Random random = new Random(20261204);
        for (int round = 0; round < 100; round++) {
            String alphabet = round % 2 == 0 ? ALPHABET : WIDE;
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(round % 2 == 0 ? 6 : 200); w++) {
                words.add(randomText(random, alphabet, 1 + random.nextInt(3)));
            }
            WordTrie trie = WordTrie.of(words);
            String text = randomText(random, alphabet, 30);
            for (int from = 0; from <= text.length(); from++) {
                int to = from + random.nextInt(text.length() + 3 - from);
                int first = Math.max(from, to);
                for (int i = from; i < Math.min(to, text.length()); i++) {
                    if (naive(words, text, i, to) > 0) {
                        first = i;
                        break;
                    }
                }
                int firstChar = Math.max(from, to);
                for (int i = from; i < Math.min(to, text.length()); i++) {
                    char c = text.charAt(i);
                    if (words.stream().anyMatch(w -> w.charAt(0) == c)) {
                        firstChar = i;
                        break;
                    }
                }
                int got = trie.nextStart(text, from, to);
                // never past a word, never before a character that starts one; a narrow root stops at
                // the first such character
                assertThat(got).as("%s in %s from %d to %d", words, text, from, to)
                        .isBetween(firstChar, first);
                if (round % 2 == 0) {
                    assertThat(got).isEqualTo(firstChar);
                }
            }
        }
    }

    @Test
    void aWideRootSkipsAFirstCharacterThatTheNextOneDoesNotContinue() {
        List<String> words = new ArrayList<>(List.of("成都", "成都市"));
        for (char c : "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未".toCharArray()) {
            words.add(c + "城");
        }
        WordTrie trie = WordTrie.of(words);
        assertThat(trie.nextStart("成功建成都市圈", 0, 7)).isEqualTo(3);
        assertThat(trie.nextStart("建成", 0, 2)).isEqualTo(2);
        assertThat(trie.find("成功建成都市圈", 0, 4, 7)).isEqualTo(3);
    }

    @Test
    void anIndexedTrieTellsWhichWordIsTheLongestAtAPosition() {
        Random random = new Random(20261205);
        for (int round = 0; round < 100; round++) {
            String alphabet = round % 2 == 0 ? ALPHABET : WIDE;
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(round % 2 == 0 ? 10 : 200); w++) {
                words.add(randomText(random, alphabet, random.nextInt(4)));
            }
            WordTrie trie = WordTrie.indexed(words);
            String text = randomText(random, alphabet, 30);
            for (int i = 0; i <= text.length(); i++) {
                int to = i + random.nextInt(text.length() - i + 1);
                int longest = naive(words, text, i, to);
                int k = trie.indexAt(text, i, to);
                assertThat(k < 0 ? 0 : words.get(k).length()).as("%s in %s at %d..%d", words, text, i, to)
                        .isEqualTo(longest);
                if (k >= 0) {
                    // the first of equal words, and the word written there
                    assertThat(k).isEqualTo(words.indexOf(words.get(k)));
                    assertThat(text.startsWith(words.get(k), i)).isTrue();
                }
                assertThat(trie.longestAt(text, i, to)).isEqualTo(longest);
            }
        }
    }

    @Test
    void findReturnsTheFirstOffsetOfARangeWhereAWordStartsAndEndsInTime() {
        Random random = new Random(20261206);
        for (int round = 0; round < 100; round++) {
            String alphabet = round % 2 == 0 ? ALPHABET : WIDE;
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(round % 2 == 0 ? 8 : 200); w++) {
                words.add(randomText(random, alphabet, 1 + random.nextInt(4)));
            }
            WordTrie trie = WordTrie.of(words);
            String text = randomText(random, alphabet, 30);
            for (int from = 0; from <= text.length(); from++) {
                int to = from + random.nextInt(text.length() - from + 1);
                int end = to + random.nextInt(text.length() - to + 1);
                int expected = -1;
                for (int i = from; i < to && expected < 0; i++) {
                    expected = naive(words, text, i, end) > 0 ? i : -1;
                }
                assertThat(trie.find(text, from, to, end)).as("%s in %s [%d, %d) by %d", words, text, from, to, end)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void anEmptyListFindsNothing() {
        assertThat(WordTrie.of(List.of()).longestAt("将力争", 0, 3)).isZero();
        assertThat(WordTrie.of(List.of("")).longestAt("将力争", 0, 3)).isZero();
    }

    private static int naive(List<String> words, String text, int i, int to) {
        int best = 0;
        for (String w : words) {
            if (!w.isEmpty() && i + w.length() <= to && text.startsWith(w, i)) {
                best = Math.max(best, w.length());
            }
        }
        return best;
    }

    private static int naiveEnding(List<String> words, String text, int from, int end) {
        int best = 0;
        for (String w : words) {
            if (!w.isEmpty() && end - w.length() >= from && text.startsWith(w, end - w.length())) {
                best = Math.max(best, w.length());
            }
        }
        return best;
    }

    private static String randomText(Random random, int length) {
        return randomText(random, ALPHABET, length);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < length; k++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
