package io.github.policyreport.internal.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** opencc4j's dictionaries as the tests read them, independently of {@link ScriptChars}, and random pieces of their words. */
final class OpenccDictionaries {

    private OpenccDictionaries() {
    }

    /** One dictionary, in file order: each key with its first value (𫗵 dropped; a key left without values is left out). */
    static Map<String, String> read(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ZhConverterUtil.class.getResourceAsStream("/data/dictionary/" + name)) {
            assertThat(in).as(name).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split("\\s+");
                for (int k = 1; k < p.length; k++) {
                    if (!p[k].equals("\uD86D\uDDF5")) {
                        out.put(p[0], p[k]);
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A word, or a piece of it cut at either end. */
    static String piece(String word, Random random) {
        int from = random.nextInt(2) == 0 ? 0 : random.nextInt(word.length());
        int to = random.nextInt(2) == 0 ? word.length() : from + 1 + random.nextInt(word.length() - from);
        return word.substring(from, to);
    }
}
