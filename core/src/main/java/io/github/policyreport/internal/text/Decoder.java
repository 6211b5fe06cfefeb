package io.github.policyreport.internal.text;

import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.InputTooLargeException;
import io.github.policyreport.spi.NotTextException;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;
import io.github.policyreport.spi.UnreadableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to a {@link SourceDocument}. The charset is, in order: a byte-order mark; an HTML meta
 * charset (GB2312 and GBK read as their superset GB18030); strict UTF-8; GB18030 when the decoded
 * Han characters are mostly GB2312 ones; Big5 when the bytes are valid Big5; GB18030 otherwise.
 * UTF-16 without a byte-order mark is recognised by the text it decodes to; a declared charset
 * that does not decode the bytes cleanly loses to detection, and a declared UTF-16 (impossible
 * in markup readable as ASCII) means UTF-8. Binary input (NUL bytes outside UTF-16, many
 * control bytes) is refused with a {@link NotTextException}. Line ends become {@code \n}; other control characters become spaces.
 *
 * <p>Public because the facade and the pipeline's engine decode bytes through it.
 */
public final class Decoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]{2,20})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_SNIFF = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|meta|div|p|title|br|span|table|article)\\b", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");

    private Decoder() {
    }

    /**
     * Reads a regular file of at most {@code maxBytes} bytes. Anything else (a pipe, a device, a
     * directory, a missing file) is refused before reading, and so is a larger file.
     *
     * @throws InputTooLargeException   if the file is larger than {@code maxBytes}
     * @throws UnreadableInputException if the file is missing, not a regular file or fails to read
     */
    public static byte[] read(Path file, long maxBytes) throws ReportException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new UnreadableInputException("no such file: " + name, new java.nio.file.NoSuchFileException(name));
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableInputException("not a regular file (a directory, device or pipe): " + name);
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > maxBytes) {
                throw new InputTooLargeException(name, maxBytes);
            }
            return read(in, maxBytes, name);
        } catch (ReportException e) {
            throw e;
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UnreadableInputException("permission denied: " + name, e);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a stream to its end, refusing it as soon as it passes {@code maxBytes}; the stream is
     * not closed.
     *
     * @throws InputTooLargeException   if the stream holds more than {@code maxBytes}
     * @throws UnreadableInputException if reading fails
     */
    public static byte[] read(InputStream in, long maxBytes, String name) throws ReportException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputTooLargeException(name, maxBytes);
            }
            return bytes;
        } catch (ReportException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read " + (name == null ? "input" : name) + ": " + e.getMessage(), e);
        }
    }

    /** Decodes bytes, recognising HTML by content. */
    public static SourceDocument decode(String name, byte[] bytes) throws ReportException {
        return decode(name, bytes, null);
    }

    /**
     * Decodes bytes with this charset, or the detected one when {@code charset} is null,
     * recognising HTML by content.
     *
     * @throws NotTextException if the bytes are binary data
     */
    public static SourceDocument decode(String name, byte[] bytes, Charset charset) throws ReportException {
        Utf8 utf8 = new Utf8(bytes);
        Charset cs = charset != null ? charset : utf16WithoutBom(bytes, utf8);
        if (cs == null && looksBinary(bytes)) {
            throw new NotTextException("not a text file (binary data)" + (name == null ? "" : ": " + name));
        }
        if (cs == null) {
            cs = detect(bytes, new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1), utf8);
        }
        List<Warning> notes = new ArrayList<>();
        String text;
        try {
            text = cs.equals(StandardCharsets.UTF_8) ? utf8.strict() : strict(bytes, cs).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, cs);
            notes.add(new Warning(Warning.Code.UNDECODABLE_BYTES, "some bytes are not valid " + cs.name() + " and were replaced"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (isHtml(text)) {
            SourceDocument d = HtmlText.toDocument(name, text, cs);
            if (notes.isEmpty()) {
                return d;
            }
            notes.addAll(d.notes());
            return new SourceDocument(d.name(), d.text(), d.format(), d.meta(), cs, notes);
        }
        return new SourceDocument(name, unifyLineEnds(text), SourceDocument.Format.TEXT, Map.of(), cs, notes);
    }

    /** Whether the text is HTML markup rather than text. */
    public static boolean isHtml(String text) {
        String start = text.substring(0, Math.min(text.length(), 2048));
        return HTML_SNIFF.matcher(start).find();
    }

    static Charset detect(byte[] bytes, String head, Utf8 utf8) {
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
            // a declaration readable as ASCII cannot be UTF-16/32: read as UTF-8 (as browsers do)
            Charset declared = m.group(1).toLowerCase(Locale.ROOT).matches("utf-?(16|32).*|ucs-?[24].*")
                    ? StandardCharsets.UTF_8 : named(m.group(1));
            if (declared != null && (declared.equals(StandardCharsets.UTF_8) ? utf8.valid() : valid(bytes, declared))) {
                return declared;
            }
        }
        if (utf8.valid()) {
            return StandardCharsets.UTF_8;
        }
        Charset big5 = Charset.forName("Big5");
        boolean gbValid = valid(bytes, GB18030);
        boolean big5Valid = valid(bytes, big5);
        if (gbValid && (!big5Valid || mostlyGb2312(new String(bytes, GB18030)))) {
            return GB18030;
        }
        return big5Valid ? big5 : GB18030;
    }

    private static Charset named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936")) {
            return GB18030;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null; // unknown or unsupported name: fall back to validity tests
        }
    }

    /** Whether at least 90% of the Han characters are in GB2312 (text that really is GBK). */
    private static boolean mostlyGb2312(String text) {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length() && han < 20_000; i++) {
            char c = text.charAt(i);
            if (Normalizer.isHan(c)) {
                han++;
                if (gb2312.canEncode(c)) {
                    common++;
                }
            }
        }
        return han == 0 || common * 10 >= han * 9;
    }

    private static CharBuffer strict(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    }

    /**
     * The strict UTF-8 decoding of one page's bytes, made at most once: the UTF-16 test, detection
     * and decoding all ask whether the bytes are UTF-8, and a page that is decodes once, not three
     * times. For one call of {@link #decode(String, byte[], Charset)}.
     */
    static final class Utf8 {

        private final byte[] bytes;
        private boolean tried;
        private String text;

        Utf8(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Whether the bytes are valid UTF-8. */
        boolean valid() {
            if (!tried) {
                tried = true;
                try {
                    text = Decoder.strict(bytes, StandardCharsets.UTF_8).toString();
                } catch (CharacterCodingException e) {
                    text = null;
                }
            }
            return text != null;
        }

        /** The text the bytes decode to as UTF-8, or an exception if they are not valid UTF-8. */
        String strict() throws CharacterCodingException {
            if (!valid()) {
                throw new CharacterCodingException();
            }
            return text;
        }
    }

    private static boolean valid(byte[] bytes, Charset cs) {
        try {
            strict(bytes, cs);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * UTF-16 without a byte-order mark: an even number of bytes that decode strictly, in one byte
     * order, to text that is almost all Han, CJK punctuation, Latin and line ends, where the
     * bytes are not valid UTF-8 or hold NUL bytes (ASCII in UTF-16). Null when not.
     */
    static Charset utf16WithoutBom(byte[] bytes, Utf8 utf8) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 4 || bytes.length % 2 != 0) {
            return null;
        }
        boolean nul = false;
        for (int i = 0; i < n && !nul; i++) {
            nul = bytes[i] == 0;
        }
        if (!nul && utf8.valid()) {
            return null;
        }
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            CharBuffer chars;
            try {
                chars = strict(java.util.Arrays.copyOf(bytes, n), cs);
            } catch (CharacterCodingException e) {
                continue;
            }
            int plausible = 0;
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (Normalizer.isHan(c) || (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                        || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF') || (c >= '\u2010' && c <= '\u206F')) {
                    plausible++;
                }
            }
            if (plausible * 100 >= chars.length() * 95) {
                return cs;
            }
        }
        return null;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        boolean utf16 = n >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
        if (utf16) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    /** CRLF and CR to LF; other control characters except tab to space; length-preserving but for CRLF. */
    public static String unifyLineEnds(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean odd = c == '\r' || (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || c == '\u2028' || c == '\u2029';
            if (odd) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (c == '\r') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    sb.append('\n');
                } else if (c == '\u2028' || c == '\u2029') {
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
