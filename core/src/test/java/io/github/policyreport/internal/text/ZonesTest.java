package io.github.policyreport.internal.text;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zones matched as prefix, city name and suffix, against the naive reference: every name the
 * patterns and cities make, listed in file order with the first writer kept and division names
 * left alone (as the gazetteer once listed them), then searched longest first.
 */
class ZonesTest {

    // patterns of our own: suffix-only, prefix and suffix, a guard, and two patterns that write one name
    private static final List<Zones.Pattern> PATTERNS = List.of(
            new Zones.Pattern("", "高新区", "{city}高新技术产业开发区", "域"),
            new Zones.Pattern("", "新区", "{city}新区", "域块"),
            new Zones.Pattern("", "开发区", "{city}经济开发区", ""),
            new Zones.Pattern("", "区", "{city}区", ""),
            new Zones.Pattern("自贸区", "片区", "中国（{province}）自由贸易试验区{city}片区", ""),
            new Zones.Pattern("", "自贸片区", "中国（{province}）自由贸易试验区{city}片区", ""));

    // cities of our own: a short name shared by two cities, a name that is a prefix of another,
    // an area list that names the zone, and a name ending like a zone word (新) starts
    private static final List<Zones.City> CITIES = List.of(
            new Zones.City(List.of("东江市", "东江"), "东江", "南岭", List.of("东江稀土高新技术产业开发区", "东江区")),
            new Zones.City(List.of("东江州", "东江"), "东江", "北原", List.of()),
            new Zones.City(List.of("东江新市", "东江新"), "东江新", "北原", List.of()),
            new Zones.City(List.of("云岭市", "云岭"), "云岭", "南岭", List.of("云岭高新技术产业开发区", "云岭新高新技术产业开发区")),
            new Zones.City(List.of("海港市", "海港"), "海港", "东滨", List.of()));

    // division names, one of them also a name the patterns write
    private static final Set<String> DIVISIONS = Set.of("东江区", "海港新区", "南岭省", "东江市", "云岭市");

    @Test
    void findsTheZoneTheFullListWouldFindAtEveryPosition() {
        Zones zones = new Zones(PATTERNS, CITIES, DIVISIONS::contains);
        Map<String, Zones.Zone> all = materialized();
        List<String> pieces = List.of("东江", "东江市", "东江州", "东江新", "云岭", "云岭市", "海港", "海港市", "高新区",
                "新区", "开发区", "区", "自贸区", "片区", "自贸片区", "域", "块", "发", "建设", "市", "新", "高");
        Random random = new Random(7);
        int found = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = sb.toString();
            for (int i = 0; i < text.length(); i++) {
                Zones.Zone expected = naiveLongestAt(all, text, i);
                assertThat(zones.longestAt(text, i)).as(text + " at " + i).isEqualTo(expected);
                found += expected == null ? 0 : 1;
            }
        }
        assertThat(found).isGreaterThan(300);
        for (String written : all.keySet()) {
            assertThat(zones.zone(written)).as(written).isEqualTo(all.get(written));
        }
        for (String notZone : List.of("东江区", "海港新区", "南岭高新区", "东江", "高新区", "自贸区片区")) {
            assertThat(zones.zone(notZone)).as(notZone).isNull();
        }
    }

    @Test
    void takesTheFirstWriterAndTheCitysOwnZoneName() {
        Zones zones = new Zones(PATTERNS, CITIES, DIVISIONS::contains);
        // 东江 is two cities: the first one writes the zone, with the name its own area list gives
        assertThat(zones.zone("东江高新区").full()).isEqualTo("东江稀土高新技术产业开发区");
        assertThat(zones.zone("东江州高新区").full()).isEqualTo("东江高新技术产业开发区");
        // 东江新区 is written by {city}新区 of 东江 before {city}区 of 东江新
        assertThat(zones.zone("东江新区").full()).isEqualTo("东江新区");
        assertThat(zones.zone("自贸区海港片区").full()).isEqualTo("中国（东滨）自由贸易试验区海港片区");
        // 东江新区 is guarded by 域 whichever city and pattern write it, and 东江 alone is no zone
        assertThat(zones.longestAt("东江新区域", 0)).isNull();
    }

    /** The reference: every name written, first writer kept, division names left to the divisions. */
    private static Map<String, Zones.Zone> materialized() {
        Map<String, Zones.Zone> out = new HashMap<>();
        for (Zones.Pattern p : PATTERNS) {
            for (Zones.City c : CITIES) {
                for (String name : c.names()) {
                    String written = p.prefix() + name + p.suffix();
                    if (!DIVISIONS.contains(written) && !out.containsKey(written)) {
                        out.put(written, new Zones.Zone(written, full(p, c), p.notBefore()));
                    }
                }
            }
        }
        return out;
    }

    private static String full(Zones.Pattern p, Zones.City c) {
        if (p.template().startsWith("{city}")) {
            String suffix = p.template().substring("{city}".length());
            List<String> known = c.areas().stream().filter(a -> a.endsWith(suffix) && a.contains(c.shortName())).toList();
            if (known.size() == 1) {
                return known.get(0);
            }
        }
        return p.template().replace("{city}", c.shortName()).replace("{province}", c.province());
    }

    private static Zones.Zone naiveLongestAt(Map<String, Zones.Zone> all, String text, int i) {
        Zones.Zone best = null;
        for (Zones.Zone z : all.values()) {
            int end = i + z.written().length();
            boolean runsOn = end < text.length() && z.notBefore().indexOf(text.charAt(end)) >= 0;
            if (text.startsWith(z.written(), i) && !runsOn && (best == null || z.written().length() > best.written().length())) {
                best = z;
            }
        }
        return best;
    }
}
