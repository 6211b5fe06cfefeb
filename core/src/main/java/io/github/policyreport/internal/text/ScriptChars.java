package io.github.policyreport.internal.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Which BMP characters opencc4j converts, read once from its own dictionaries: characters that
 * Traditional→Simplified changes (TSCharacters, TSPhrases) and characters that only Simplified
 * script uses (STCharacters). Lets the normalizer skip opencc for runs it would not change and
 * tells the script of a page without a conversion per character. If the dictionaries cannot be
 * read, every Han character counts as convertible (slower, same output).
 */
final class ScriptChars {

    private static final BitSet TRADITIONAL = new BitSet(0x10000);
    private static final BitSet SIMPLIFIED = new BitSet(0x10000);
    private static final boolean LOADED;

    static {
        boolean ok = read("/data/dictionary/TSCharacters.txt", TRADITIONAL, false)
                && read("/data/dictionary/TSPhrases.txt", TRADITIONAL, true)
                && read("/data/dictionary/STCharacters.txt", SIMPLIFIED, false);
        LOADED = ok;
    }

    private ScriptChars() {
    }

    /** Whether Traditional→Simplified may change {@code c}. */
    static boolean convertible(char c) {
        return !LOADED || TRADITIONAL.get(c);
    }

    /** Whether {@code c} is written only in Traditional script. */
    static boolean traditionalOnly(char c) {
        return LOADED && TRADITIONAL.get(c) && !SIMPLIFIED.get(c);
    }

    /** Whether {@code c} is written only in Simplified script. */
    static boolean simplifiedOnly(char c) {
        return LOADED && SIMPLIFIED.get(c) && !TRADITIONAL.get(c);
    }

    private static boolean read(String resource, BitSet set, boolean phrases) {
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
                if (phrases && key.length() == first.length()) {
                    for (int i = 0; i < key.length(); i++) {
                        if (key.charAt(i) != first.charAt(i)) {
                            set.set(key.charAt(i));
                        }
                    }
                } else if (!phrases && key.length() == 1 && !key.equals(first)) {
                    set.set(key.charAt(0));
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
