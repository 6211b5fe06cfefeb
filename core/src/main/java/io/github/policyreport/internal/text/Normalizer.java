package io.github.policyreport.internal.text;

/**
 * Builds the {@link NormalizedText} of a source text. First version: full-width to half-width
 * folding (1:1) and whitespace unification; Traditional→Simplified is added by the text layer.
 */
public final class Normalizer {

    private Normalizer() {
    }

    /** The normalized view of {@code source}. */
    public static NormalizedText normalize(String source) {
        StringBuilder sb = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            sb.append(fold(source.charAt(i)));
        }
        return new NormalizedText(source, sb.toString(), OffsetMap.identity());
    }

    /** Full-width ASCII variants and ideographic space to their half-width forms. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        return c;
    }
}
