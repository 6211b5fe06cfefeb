package io.github.policyreport.internal.text;

import io.github.policyreport.model.Script;

import java.util.function.UnaryOperator;

/**
 * Builds the {@link NormalizedText} of a source text, the one normalization of the library (the
 * pipeline, the probes and rule words all go through it): Traditional→Simplified (opencc4j's, phrase
 * aware, done by {@link ScriptChars} from opencc4j's dictionaries), then the one-to-one
 * {@link Fold} of every character (variants opencc leaves such as 陜→陕, full-width →
 * half-width, every kind of space to a plain space, 〜 to ~), and {@linkplain #invisible
 * invisible} characters (zero-width, bidi controls) deleted.
 *
 * <p>Traditional→Simplified works on runs of Han characters. A run whose conversion keeps its
 * length maps 1:1; otherwise the run is converted character by character and each character that
 * grows or shrinks becomes an {@link OffsetMap} group, so every normalized offset still maps back
 * to the source. Line ends stay where they are.
 *
 * <p>Finding on opencc4j 1.14.0: no phrase or character of its Traditional→Simplified
 * dictionaries changes UTF-16 length except supplementary-plane characters (㑮→𫝈 grows, 𡻕→岁
 * shrinks), and opencc4j leaves those unconverted, so in practice the map stays 1:1; the
 * per-character path is there for converters that do change length (tested with one).
 *
 * <p>Public because the facade's probes ({@code Mentions}) normalize through it.
 */
public final class Normalizer {

    private static final int MAX_RUN = 256;

    private Normalizer() {
    }

    /** The normalized view of {@code source}, converting Traditional script if the text has any. */
    public static NormalizedText normalize(String source) {
        return normalize(source, null);
    }

    /**
     * The normalized view of {@code source} with another script converter (tests use converters
     * that grow and shrink text); {@code null} means opencc4j's conversion.
     */
    static NormalizedText normalize(String source, UnaryOperator<String> converter) {
        Fold fold = Fold.defaults(); // once per text: the per-character fold stays one array read
        StringBuilder sb = new StringBuilder(source.length());
        OffsetMap.Builder map = new OffsetMap.Builder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (hanAt(source, i) > 0) {
                int j = i + hanAt(source, i);
                while (j < n && j - i < MAX_RUN && hanAt(source, j) > 0) {
                    j += hanAt(source, j);
                }
                convertRun(source, i, j, sb, map, converter, fold);
                i = j;
            } else if (invisible(c)) {
                map.delete(1);
                i++;
            } else {
                sb.append(fold.fold(c));
                map.copy();
                i++;
            }
        }
        fold.phrases(sb, 0);
        return new NormalizedText(source, sb.toString(), map.build());
    }

    private static void convertRun(String source, int from, int to, StringBuilder sb, OffsetMap.Builder map,
                                   UnaryOperator<String> converter, Fold fold) {
        if (converter == null) {
            if (!ScriptChars.mayChange(source, from, to)) {
                // most runs: nothing to convert (and no surrogates), so fold in place without a copy
                for (int k = from; k < to; k++) {
                    sb.append(fold.fold(source.charAt(k)));
                }
                map.copy(to - from);
                return;
            }
            int start = sb.length();
            if (ScriptChars.appendInPlace(source, from, to, sb)) {
                // converted one char for one, straight into the text: fold it there
                for (int k = start; k < sb.length(); k++) {
                    sb.setCharAt(k, fold.fold(sb.charAt(k)));
                }
                map.copy(to - from);
                return;
            }
        }
        UnaryOperator<String> conv = converter == null ? Normalizer::convert : converter;
        String run = source.substring(from, to);
        String out = conv.apply(run);
        if (out.length() == run.length() && !hasSurrogate(run) && !hasSurrogate(out)) {
            for (int k = 0; k < out.length(); k++) {
                sb.append(fold.fold(out.charAt(k)));
            }
            map.copy(out.length());
            return;
        }
        for (int k = 0; k < run.length(); ) {
            int w = Character.charCount(run.codePointAt(k));
            String one = conv.apply(run.substring(k, k + w));
            if (one.isEmpty()) {
                one = run.substring(k, k + w);
            }
            for (int m = 0; m < one.length(); m++) {
                sb.append(fold.fold(one.charAt(m)));
            }
            map.replace(w, one.length());
            k += w;
        }
    }

    private static boolean hasSurrogate(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isSurrogate(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static String convert(String s) {
        try {
            String out = ScriptChars.toSimple(s);
            return out == null ? s : out;
        } catch (RuntimeException e) {
            return s; // opencc4j failing on odd input must not fail the parse
        }
    }

    /** Whether the text is mostly in Traditional script (by characters that differ between scripts). */
    public static Script script(String text) {
        int trad = 0;
        int simp = 0;
        int limit = Math.min(text.length(), 200_000);
        ScriptChars chars = ScriptChars.defaults();
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (!isHan(c)) {
                continue;
            }
            if (chars.traditionalOnly(c)) {
                trad++;
            } else if (chars.simplifiedOnly(c)) {
                simp++;
            }
        }
        return trad >= 3 && trad > simp ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    /** Length (1 or 2) of the Han character at {@code i}, or 0. */
    private static int hanAt(String s, int i) {
        char c = s.charAt(i);
        if (isHan(c)) {
            return 1;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            return cp >= 0x20000 && cp <= 0x3FFFF ? 2 : 0;
        }
        return 0;
    }

    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /**
     * Characters with no width and no meaning for extraction, deleted by the normalization:
     * zero-width spaces and joiners, bidi marks, embeddings and isolates, the word joiner and
     * invisible operators, the soft hyphen and a BOM inside the text. Deleting (not spacing) them
     * keeps numbers whole: 30&lt;U+200B&gt;3家 reads as 303家.
     */
    public static boolean invisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD' || c == '\u061C' || c == '\u180E';
    }
}
