package io.github.policyreport.internal.time;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At a run of digits the extractor tries only the alternatives whose leading digits the character
 * after the run can follow ({@code Dispatch.alt(first, afterDigits, regex)}); a wrong declaration
 * would silently lose expressions. Checked against all the alternatives that can start with a digit.
 */
class DateDispatchTest {

    /** Numbers, and the words and signs that stand after them in reports, releases and notices. */
    private static final List<String> NUMBERS = List.of("2023", "2024", "04", "15", "9", "12", "30", "2100", "1990",
            "20230415", "07", "0", "100", "6.2", "3.5");
    private static final List<String> AFTER = List.of(" ", "\t", "年", "月", "日", "号", "代", "世纪", "-", "/", ".",
            "—", "–", "~", "至", "到", "·", "•", "时", "点", "分", ":", "天", "周", "个", "个月", "多", "小时", "星期",
            "后", "前", "以来", "内", "上午", "下午", "%", "万", "亿元", "家", "项", "，", "。", "、", "中旬", "底", "初",
            "第", "每", "年代", "初期", "(", "T", "A");

    @Test
    void triesAtEachRunOfDigitsWhatAllDigitAlternativesWouldMatch() {
        Dispatch.Table table = TimeRules.defaults().extractor.table();
        List<Dispatch.Alt> alts = table.alternatives();
        BitSet digitAlts = new BitSet();
        for (int k = 0; k < alts.size(); k++) {
            if (alts.get(k).first().indexOf('0') >= 0) {
                digitAlts.set(k);
            }
        }
        Dispatch.Rule all = Dispatch.Rule.of(0, alts, digitAlts);
        Random random = new Random(20261130L);
        int matched = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                sb.append(NUMBERS.get(random.nextInt(NUMBERS.size())));
                for (int j = random.nextInt(3); j >= 0; j--) {
                    sb.append(AFTER.get(random.nextInt(AFTER.size())));
                }
            }
            String t = sb.toString();
            for (int i = 0; i < t.length(); i++) {
                if (!Character.isDigit(t.charAt(i)) || i > 0 && Character.isDigit(t.charAt(i - 1))) {
                    continue;
                }
                Matcher full = matcher(all, t, i);
                boolean expected = full.lookingAt();
                Dispatch.Rule keyed = table.atDigits(t, i, t.length());
                Matcher m = keyed == null ? null : matcher(keyed, t, i);
                assertThat(m != null && m.lookingAt()).as("%s at %d", t, i).isEqualTo(expected);
                if (expected) {
                    matched++;
                    assertThat(m.end()).as("%s at %d", t, i).isEqualTo(full.end());
                    Dispatch.Hit hit = new Dispatch.Hit(m, keyed.groups());
                    for (String g : all.groups()) {
                        assertThat(hit.group(g)).as("%s at %d, group %s", t, i, g).isEqualTo(full.group(g));
                    }
                }
            }
        }
        assertThat(matched).as("dates among the samples").isGreaterThan(800);
    }

    private static Matcher matcher(Dispatch.Rule rule, String t, int at) {
        Matcher m = rule.pattern().matcher(t);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(at, t.length());
        return m;
    }
}
