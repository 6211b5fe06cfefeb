package io.github.policyreport.internal.text;

import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to a {@link SourceDocument}: charset detection (BOM, HTML meta charset, strict UTF-8,
 * then GB18030 or Big5), HTML sniffing by content, line-end unification.
 */
public final class Decoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]{2,20})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_SNIFF = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|meta|div|p|title|br|span|table|article)\\b", Pattern.CASE_INSENSITIVE);

    private Decoder() {
    }

    /** Decodes bytes, recognising HTML by content. */
    public static SourceDocument decode(String name, byte[] bytes) throws ReportException {
        if (looksBinary(bytes)) {
            throw new ReportException("not a text file (binary data)");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Charset cs = detect(bytes, head);
        String text = new String(bytes, cs);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (isHtml(text)) {
            return HtmlText.toDocument(name, text, cs);
        }
        return new SourceDocument(name, unifyLineEnds(text), SourceDocument.Format.TEXT, Map.of(), cs, List.of());
    }

    /** Whether the text is HTML markup rather than text. */
    public static boolean isHtml(String text) {
        String start = text.substring(0, Math.min(text.length(), 2048));
        return HTML_SNIFF.matcher(start).find();
    }

    static Charset detect(byte[] bytes, String head) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                String n = m.group(1).toLowerCase(Locale.ROOT);
                Charset cs = Charset.forName(n.equals("gb2312") || n.equals("gbk") ? "GB18030" : n);
                if (cs.canEncode()) {
                    return cs;
                }
            } catch (IllegalArgumentException ignored) {
                // unknown charset name: fall through to validity tests
            }
        }
        if (valid(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        Charset gb = Charset.forName("GB18030");
        if (valid(bytes, gb)) {
            return gb;
        }
        Charset big5 = Charset.forName("Big5");
        return valid(bytes, big5) ? big5 : gb;
    }

    private static boolean valid(byte[] bytes, Charset cs) {
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return cb != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return !(n >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF));
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    /** CRLF and CR to LF; other control characters except tab to space. */
    public static String unifyLineEnds(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c < 0x20 && c != '\n' && c != '\t')) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (c == '\r') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    sb.append('\n');
                } else {
                    sb.append(' ');
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
