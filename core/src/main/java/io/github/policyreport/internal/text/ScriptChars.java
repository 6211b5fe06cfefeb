package io.github.policyreport.internal.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.WordTrie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What opencc4j 1.14.0's Traditional→Simplified ({@code ZhConverterUtil.toSimple}) does, read once
 * from its own dictionary files; its converter is not touched for Chinese text. Characters that
 * conversion changes on their own (TSCharacters), the phrases that it changes as a whole
 * (TSPhrases: 回覆→回复, while 覆 alone and 覆盖 stay), and characters that only Simplified script
 * uses (STCharacters). It answers three questions: whether a run {@linkplain #mayChange may
 * change} (most runs of a Simplified page do not: nothing to convert), the {@linkplain #toSimple
 * conversion} itself, and the script of a page without a conversion per character.
 *
 * <p>The conversion is opencc4j's, exactly, re-implemented with arrays and a trie: opencc4j cuts
 * a run of Chinese characters (U+4E00–U+9FA5) into the longest words of its phrase dictionaries
 * (forward maximum matching), turns a word of TSPhrases into its first value and any other
 * segment character by character (TSCharacters' first value when it is one UTF-16 char).
 * Segmentation only matters where one of the TSPhrases words whose value differs from their
 * character-by-character conversion occurs, so most runs are converted by a table read per
 * character; the others go through the {@link Simplifier}, built on first need (it reads the
 * 49,000 words of STPhrases). Text with other characters (extension A, compatibility ideographs,
 * U+9FA6–U+9FFF, supplementary planes), which opencc4j segments differently, goes to opencc4j.
 *
 * <p>Dictionary lines are read as opencc4j reads them: split on blanks, the key first, the
 * value 𫗵 dropped, a key left without values ignored. If the dictionaries cannot be read, every
 * Han character counts as convertible and every conversion goes to opencc4j (slower, same
 * output). Read on first use, not in a static initializer; fetch the tables once per text.
 */
final class ScriptChars {

    private static final Lazy<ScriptChars> DEFAULTS = Lazy.of(ScriptChars::new);
    /** opencc4j's split of a dictionary line (heaven's {@code StringUtil.splitByAnyBlank}). */
    private static final Pattern BLANKS = Pattern.compile("\\s+|\u0013");
    /** The one value opencc4j's loader drops ({@code DataUtil.buildValueList}). */
    private static final String DROPPED = "\uD86D\uDDF5";
    /** The characters opencc4j's segmenter treats as Chinese (heaven's {@code CharUtil.isChinese}). */
    static final char FIRST = '\u4E00';
    static final char LAST = '\u9FA5';
    private static final byte TRADITIONAL_ONLY = 1;
    private static final byte SIMPLIFIED_ONLY = 2;

    private final BitSet traditional = new BitSet(0x10000);
    private final BitSet changed = new BitSet(0x10000);
    private final BitSet simplified = new BitSet(0x10000);
    private final BitSet phraseStart = new BitSet(0x10000);
    private final Map<Character, List<String>> phrases = new HashMap<>();
    /** Each Chinese character's conversion on its own, indexed from {@link #FIRST}; 0 for itself. */
    private final char[] simple = new char[LAST - FIRST + 1];
    /** TSPhrases: a word and the value opencc4j gives it. */
    private final Map<String, String> phraseValues = new HashMap<>();
    /** The TSPhrases words whose value differs from their character-by-character conversion. */
    private final WordTrie segmented;
    private final Lazy<Optional<Simplifier>> simplifier;
    /** Per BMP character: written only in Traditional or only in Simplified script, else 0 (one read per character). */
    private final byte[] only = new byte[0x10000];
    private final boolean loaded;

    private ScriptChars() {
        loaded = read("/data/dictionary/TSCharacters.txt", this::character)
                && read("/data/dictionary/TSPhrases.txt", this::phrase)
                && read("/data/dictionary/STCharacters.txt", this::simplifiedCharacter);
        List<String> differ = new ArrayList<>();
        phraseValues.forEach((word, value) -> {
            if (!value.equals(charByChar(word))) {
                differ.add(word);
            }
        });
        segmented = WordTrie.of(differ);
        for (int c = traditional.nextSetBit(0); loaded && c >= 0; c = traditional.nextSetBit(c + 1)) {
            only[c] = simplified.get(c) ? 0 : TRADITIONAL_ONLY;
        }
        for (int c = simplified.nextSetBit(0); loaded && c >= 0; c = simplified.nextSetBit(c + 1)) {
            only[c] = traditional.get(c) ? 0 : SIMPLIFIED_ONLY;
        }
        simplifier = Lazy.of(() -> Optional.ofNullable(readSimplifier()));
    }

    /**
     * Whether Traditional→Simplified may change this run of Han characters: a character it
     * changes on its own, a phrase it changes as a whole, or a supplementary character. Exact for
     * opencc4j, which converts a run phrase by phrase (a phrase of its dictionary, else each
     * character alone), so a run without either comes back unchanged.
     */
    static boolean mayChange(String run) {
        return mayChange(run, 0, run.length());
    }

    /** {@link #mayChange(String)} of {@code text[from, to)}, without cutting it out. */
    static boolean mayChange(String text, int from, int to) {
        ScriptChars t = DEFAULTS.get();
        if (!t.loaded) {
            return true;
        }
        BitSet changed = t.changed;
        BitSet phraseStart = t.phraseStart;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isSurrogate(c) || changed.get(c)) {
                return true;
            }
            if (phraseStart.get(c)) {
                for (String p : t.phrases.get(c)) {
                    if (k + p.length() <= to && text.startsWith(p, k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** opencc4j 1.14.0's {@code ZhConverterUtil.toSimple(s)}, exactly. */
    static String toSimple(String s) {
        String ours = ownConversion(s);
        return ours != null ? ours : ZhConverterUtil.toSimple(s);
    }

    /**
     * {@link #toSimple} done here, without opencc4j, for a non-empty text of Chinese characters
     * only (U+4E00–U+9FA5); null for any other text, or if the dictionaries cannot be read.
     */
    static String ownConversion(String s) {
        ScriptChars t = DEFAULTS.get();
        if (s.isEmpty() || !t.loaded || !chinese(s, 0, s.length())) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        if (!t.segmentationMatters(s, 0, s.length())) {
            t.appendCharByChar(s, 0, s.length(), out);
            return out.toString();
        }
        Optional<Simplifier> words = t.simplifier.get();
        if (words.isEmpty()) {
            return null;
        }
        words.get().append(s, 0, s.length(), t, out, false);
        return out.toString();
    }

    /**
     * Appends {@link #toSimple} of {@code text[from, to)} to {@code out} when the conversion keeps
     * every character in place (one BMP character for one, as every conversion of opencc4j
     * 1.14.0's dictionaries does) and is done here, without opencc4j; otherwise returns false and
     * leaves {@code out} as it was (the caller converts another way).
     */
    static boolean appendInPlace(String text, int from, int to, StringBuilder out) {
        ScriptChars t = DEFAULTS.get();
        if (!t.loaded || !chinese(text, from, to)) {
            return false;
        }
        if (!t.segmentationMatters(text, from, to)) {
            t.appendCharByChar(text, from, to, out);
            return true;
        }
        Optional<Simplifier> words = t.simplifier.get();
        int start = out.length();
        if (words.isPresent() && words.get().append(text, from, to, t, out, true)) {
            return true;
        }
        out.setLength(start);
        return false;
    }

    /** The tables, read on first use; fetch them once per text, not per character. */
    static ScriptChars defaults() {
        return DEFAULTS.get();
    }

    /** Whether {@code c} is written only in Traditional script. */
    boolean traditionalOnly(char c) {
        return only[c] == TRADITIONAL_ONLY;
    }

    /** Whether {@code c} is written only in Simplified script. */
    boolean simplifiedOnly(char c) {
        return only[c] == SIMPLIFIED_ONLY;
    }

    /** The conversion of the Chinese character {@code c} on its own (TSCharacters), or {@code c}. */
    char simple(char c) {
        char s = c >= FIRST && c <= LAST ? simple[c - FIRST] : 0;
        return s == 0 ? c : s;
    }

    /** opencc4j's value of the TSPhrases word {@code text[from, to)}, or null if it is none. */
    String phraseValue(CharSequence text, int from, int to) {
        return phraseValues.get(text.subSequence(from, to).toString());
    }

    private void appendCharByChar(String text, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            char s = simple[c - FIRST];
            out.append(s == 0 ? c : s);
        }
    }

    private String charByChar(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            sb.append(simple(word.charAt(k)));
        }
        return sb.toString();
    }

    /** Whether a TSPhrases word whose value is not its character-by-character conversion occurs in the text. */
    private boolean segmentationMatters(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (segmented.longestAt(text, k, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every character of {@code text[from, to)} is one that opencc4j's segmenter calls Chinese. */
    private static boolean chinese(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c < FIRST || c > LAST) {
                return false;
            }
        }
        return true;
    }

    /** A TSCharacters line: the script sets (Traditional when it changes) and the conversion table. */
    private void character(String key, String first, String kept) {
        if (key.length() != 1) {
            return;
        }
        char c = key.charAt(0);
        if (!key.equals(first)) {
            traditional.set(c);
            changed.set(c);
        }
        if (kept != null && kept.length() == 1 && c >= FIRST && c <= LAST) {
            simple[c - FIRST] = kept.charAt(0);
        }
    }

    /** A TSPhrases line: a phrase that changes is listed under its first character; its changed characters count as Traditional. */
    private void phrase(String key, String first, String kept) {
        if (kept != null) {
            phraseValues.put(key, kept);
        }
        if (key.equals(first)) {
            return;
        }
        for (int i = 0; i < key.length() && key.length() == first.length(); i++) {
            if (key.charAt(i) != first.charAt(i)) {
                traditional.set(key.charAt(i));
            }
        }
        phraseStart.set(key.charAt(0));
        phrases.computeIfAbsent(key.charAt(0), x -> new ArrayList<>()).add(key);
    }

    /** An STCharacters line: a character that Simplified→Traditional changes is Simplified. */
    private void simplifiedCharacter(String key, String first, String kept) {
        if (key.length() == 1 && !key.equals(first)) {
            simplified.set(key.charAt(0));
        }
    }

    /** The segmenter over STPhrases and TSPhrases words, or null if STPhrases cannot be read. */
    private Simplifier readSimplifier() {
        List<String> words = new ArrayList<>(50_000);
        boolean ok = read("/data/dictionary/STPhrases.txt", (key, first, kept) -> {
            if (kept != null) {
                words.add(key);
            }
        });
        return ok ? new Simplifier(words, phraseValues.keySet()) : null;
    }

    /** One dictionary line: its key, its first value as written, and its first value as opencc4j keeps it (or null). */
    @FunctionalInterface
    private interface Line {
        void accept(String key, String first, String kept);
    }

    /**
     * The fields of a dictionary line, split as opencc4j splits it ({@link #BLANKS}): by hand for
     * the usual shape (single spaces or tabs between fields, none at either end), by the pattern
     * for anything else.
     */
    static String[] fields(String line) {
        int n = line.length();
        int count = 1;
        for (int k = 0; k < n; k++) {
            char c = line.charAt(k);
            if (c == ' ' || c == '\t') {
                if (k == 0 || k == n - 1 || line.charAt(k - 1) == ' ' || line.charAt(k - 1) == '\t') {
                    return BLANKS.split(line);
                }
                count++;
            } else if (c <= ' ' && (Character.isWhitespace(c) || c == '\u0013')) {
                return BLANKS.split(line);
            }
        }
        String[] out = new String[count];
        int start = 0;
        int f = 0;
        for (int k = 0; k < n; k++) {
            char c = line.charAt(k);
            if (c == ' ' || c == '\t') {
                out[f++] = line.substring(start, k);
                start = k + 1;
            }
        }
        out[f] = line.substring(start);
        return out;
    }

    /** Reads one dictionary: {@code key<TAB>value [value…]}, the first value being the one opencc4j uses. */
    private static boolean read(String resource, Line line) {
        try (InputStream in = ZhConverterUtil.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String s;
            while ((s = r.readLine()) != null) {
                String[] parts = fields(s);
                if (parts.length < 2 || parts[0].isEmpty()) {
                    continue;
                }
                String kept = null;
                for (int k = 1; k < parts.length && kept == null; k++) {
                    kept = DROPPED.equals(parts[k]) ? null : parts[k];
                }
                line.accept(parts[0], parts[1], kept);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
