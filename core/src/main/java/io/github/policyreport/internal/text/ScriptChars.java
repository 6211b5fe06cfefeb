package io.github.policyreport.internal.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.github.policyreport.internal.Lazy;

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

/**
 * Which BMP characters opencc4j converts, read once from its own small dictionaries (the
 * dictionary files only: opencc4j's converter, which builds a trie of 50,000 phrases on first use,
 * is not touched here). Characters that Traditional→Simplified changes on their own
 * (TSCharacters), the phrases that it changes as a whole (TSPhrases: 回覆→回复, while 覆 alone
 * and 覆盖 stay), and characters that only Simplified script uses (STCharacters). Lets the
 * normalizer skip opencc for runs it would not change, so a Simplified page never loads the
 * converter, and tells the script of a page without a conversion per character. If the
 * dictionaries cannot be read, every Han character counts as convertible (slower, same output).
 * Read on first use, not in a static initializer; each call fetches the tables once.
 */
final class ScriptChars {

    private static final Lazy<ScriptChars> DEFAULTS = Lazy.of(ScriptChars::new);

    private final BitSet traditional = new BitSet(0x10000);
    private final BitSet changed = new BitSet(0x10000);
    private final BitSet simplified = new BitSet(0x10000);
    private final BitSet phraseStart = new BitSet(0x10000);
    private final Map<Character, List<String>> phrases = new HashMap<>();
    private final boolean loaded;

    private ScriptChars() {
        loaded = read("/data/dictionary/TSCharacters.txt", false)
                && read("/data/dictionary/TSPhrases.txt", true)
                && read("/data/dictionary/STCharacters.txt", false);
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

    /** The tables, read on first use; fetch them once per text, not per character. */
    static ScriptChars defaults() {
        return DEFAULTS.get();
    }

    /** Whether {@code c} is written only in Traditional script. */
    boolean traditionalOnly(char c) {
        return loaded && traditional.get(c) && !simplified.get(c);
    }

    /** Whether {@code c} is written only in Simplified script. */
    boolean simplifiedOnly(char c) {
        return loaded && simplified.get(c) && !traditional.get(c);
    }

    /**
     * Reads one dictionary: {@code key<TAB>value [value…]}, the first value being the one opencc4j
     * uses. Traditional→Simplified files fill {@link #traditional} (and {@link #changed} or
     * {@link #phrases}); the Simplified→Traditional file fills {@link #simplified}.
     */
    private boolean read(String resource, boolean phrases) {
        boolean toSimplified = resource.contains("/TS");
        try (InputStream in = ZhConverterUtil.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String key = line.substring(0, tab);
                String value = line.substring(tab + 1).strip();
                int space = value.indexOf(' ');
                String first = space < 0 ? value : value.substring(0, space);
                if (key.equals(first)) {
                    continue;
                }
                if (phrases) {
                    addPhrase(key, first);
                } else if (key.length() == 1) {
                    (toSimplified ? traditional : simplified).set(key.charAt(0));
                    if (toSimplified) {
                        changed.set(key.charAt(0));
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A phrase that conversion changes, listed under its first character; its changed characters count as Traditional. */
    private void addPhrase(String key, String first) {
        for (int i = 0; i < key.length() && key.length() == first.length(); i++) {
            if (key.charAt(i) != first.charAt(i)) {
                traditional.set(key.charAt(i));
            }
        }
        phraseStart.set(key.charAt(0));
        phrases.computeIfAbsent(key.charAt(0), x -> new ArrayList<>()).add(key);
    }
}
