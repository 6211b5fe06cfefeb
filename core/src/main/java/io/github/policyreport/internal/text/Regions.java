package io.github.policyreport.internal.text;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.WordTrie;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The region gazetteer: provinces, prefecture-level cities and county-level areas (full names),
 * new areas and demonstration zones, with short forms (咸阳 → 咸阳市, 陕西 → 陕西省) for provinces,
 * cities and new areas; development zones named after their city ({@link Zones}: 成都高新区 →
 * 成都高新技术产业开发区, ranked like a district, matched by pattern rather than listed); Taiwan, Hong Kong and Macao ({@code tw-hk-mo.txt});
 * the nation itself, named by nationwide words ({@code national.txt}). Loaded from
 * {@code regions/} on first use (a bad line fails with file:line at every call); immutable.
 *
 * <p>{@link #rank(List)} counts mentions per text (the first fully, more a quarter; longest match first, short names inside stop phrases
 * such as 长治久安 ignored) with weights per text, and returns the main regions: those scoring at
 * least 40% of the top score, at most three.
 */
final class Regions {

    /** A region: its full official name and its level (province 0, city or new area 1, area or zone 2). */
    record Region(String name, int level) {
    }

    /** Text to search, its weight (title counts most) and whether it is the page's title. */
    record Weighted(String text, double weight, boolean title) {

        Weighted(String text, double weight) {
            this(text, weight, false);
        }
    }

    /** The country: named by nationwide words (我国, 全国, 国务院, national ministries; {@code national.txt}). */
    static final Region NATION = new Region("中华人民共和国", 0);
    private static final Pattern AUTONOMOUS = Pattern.compile("^(\\p{IsHan}{2,4}?)(?:[\\p{IsHan}]{1,12}?族)+自治(?:州|县|旗)$");
    private static final Lazy<Gazetteer> DEFAULTS = Lazy.of(Regions::load);

    /**
     * The loaded gazetteer.
     *
     * @param names division, new-area, Taiwan/HK/Macao and nationwide names, full and short; zones are in {@code zones}
     * @param words names (list 0), stop phrases (list 1) and what a zone can start with (list 2) in one
     *              trie, so that {@link #mentions} walks once per offset and asks {@code zones} only where a zone can start
     */
    private record Gazetteer(Map<String, Region> names, Zones zones, WordTrie words) {
    }

    private Regions() {
    }

    private static Gazetteer load() {
        Map<String, Region> m = new HashMap<>();
        Map<String, String> provinces = new HashMap<>();
        List<String[]> areaRows = csv("regions/areas.csv");
        Map<String, List<String>> areasByCity = Zones.areasByCity(areaRows);
        List<Zones.City> cities = new ArrayList<>();
        for (String[] r : csv("regions/provinces.csv")) {
            Region reg = new Region(r[1], 0);
            m.put(r[1], reg);
            String s = r[1].replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "");
            provinces.put(r[0], s);
            if (s.length() >= 2) {
                m.putIfAbsent(s, reg);
            }
            if (r[1].endsWith("市")) { // a municipality is a city too: 北京经开区
                cities.add(new Zones.City(List.of(r[1], s), s, s, areasByCity.getOrDefault(r[0] + "01", List.of())));
            }
        }
        for (String[] r : csv("regions/cities.csv")) {
            if (r[1].equals("市辖区") || r[1].equals("县") || r[1].endsWith("直辖县级行政区划")) {
                continue;
            }
            Region reg = new Region(r[1], 1);
            m.put(r[1], reg);
            for (String s : shortForms(r[1])) {
                m.putIfAbsent(s, reg);
            }
            cities.add(city(m, r[1], shortForms(r[1]), provinces.getOrDefault(r[2], ""),
                    areasByCity.getOrDefault(r[0], List.of())));
        }
        for (String[] r : areaRows) {
            if (r[1].length() >= 3 && !r[1].equals("市辖区")) {
                m.putIfAbsent(r[1], new Region(r[1], 2));
                if (r[1].endsWith("市") && r.length > 3) { // county-level cities: 昆山高新区
                    cities.add(city(m, r[1], List.of(r[1].substring(0, r[1].length() - 1)),
                            provinces.getOrDefault(r[3], ""), List.of()));
                }
            }
        }
        // new areas override a same-named division; Taiwan, Hong Kong and Macao never do
        for (RuleFile.Line l : RuleFile.read(Regions.class, "regions/new-areas.txt")) {
            String[] p = l.text().split("\t");
            if (p.length < 2) {
                throw l.error("expected name<TAB>province code<TAB>short forms");
            }
            addWithShortForms(m, new Region(p[0].strip(), 1), p, true);
        }
        for (RuleFile.Line l : RuleFile.read(Regions.class, "regions/tw-hk-mo.txt")) {
            String[] p = l.text().split("\t");
            if (p.length < 2 || !p[1].strip().matches("[01]")) {
                throw l.error("expected name<TAB>level 0 or 1<TAB>short forms");
            }
            addWithShortForms(m, new Region(p[0].strip(), Integer.parseInt(p[1].strip())), p, false);
            String name = p[0].strip();
            if (p[1].strip().equals("1") && name.length() >= 3) { // 新竹科学园区
                cities.add(city(m, name, List.of(name.substring(0, name.length() - 1)), "台湾", List.of()));
            }
        }
        for (RuleFile.Line l : RuleFile.read(Regions.class, "regions/national.txt")) {
            m.putIfAbsent(l.text().strip(), NATION);
        }
        Map<String, Region> names = Collections.unmodifiableMap(m); // no copy at start-up; m goes nowhere else
        Zones zones = new Zones(Zones.patterns(RuleFile.read(Zones.class, "regions/zones.txt")), cities,
                names::containsKey);
        List<String> stops = RuleFile.read(Regions.class, "regions/stop-phrases.txt").stream()
                .map(RuleFile.Line::text).toList();
        for (String name : names.keySet()) {
            if (name.length() < 2) {
                throw new IllegalStateException("a region name of one character: " + name);
            }
        }
        return new Gazetteer(names, zones, WordTrie.of(List.of(names.keySet(), stops, zones.starts()), false));
    }

    /** Adds a region under its name and the space-separated short forms of the third field. */
    private static void addWithShortForms(Map<String, Region> m, Region reg, String[] fields, boolean override) {
        List<String> names = new ArrayList<>(List.of(reg.name()));
        if (fields.length > 2) {
            names.addAll(List.of(fields[2].strip().split("\\s+")));
        }
        for (String s : names) {
            if (s.length() >= 2) {
                if (override) {
                    m.put(s, reg);
                } else {
                    m.putIfAbsent(s, reg);
                }
            }
        }
    }

    /**
     * A city that can prefix a zone: written with its full name and those short forms that name
     * no province (吉林 is the province); the zone's full name uses the first short form.
     */
    private static Zones.City city(Map<String, Region> m, String full, List<String> shorts, String province,
                                   List<String> areas) {
        List<String> names = new ArrayList<>(List.of(full));
        for (String s : shorts) {
            Region r = m.get(s);
            if (s.length() >= 2 && (r == null || r.level() != 0)) {
                names.add(s);
            }
        }
        return new Zones.City(names, shorts.isEmpty() || shorts.get(0).length() < 2 ? full : shorts.get(0),
                province, areas);
    }

    private static List<String> shortForms(String name) {
        List<String> out = new ArrayList<>();
        for (String suffix : List.of("市", "地区", "盟")) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                out.add(name.substring(0, name.length() - suffix.length()));
            }
        }
        var m = AUTONOMOUS.matcher(name);
        if (m.matches()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String[]> csv(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (RuleFile.Line l : RuleFile.read(Regions.class, resource)) {
            if (l.text().startsWith("code,")) {
                continue;
            }
            String[] p = l.text().split(",");
            if (p.length < 2) {
                throw l.error("expected code,name,...");
            }
            for (int i = 0; i < p.length; i++) {
                p[i] = p[i].replace("\"", "").strip();
            }
            rows.add(p);
        }
        return rows;
    }

    /** The region a name (full or short, or a zone's name as written) stands for, or null. */
    static Region lookup(String name) {
        Gazetteer g = DEFAULTS.get();
        Region r = g.names().get(name);
        if (r != null) {
            return r;
        }
        Zones.Zone z = g.zones().zone(name);
        return z == null ? null : zoneRegion(z);
    }

    /** The length of the region name (full or short) that {@code text} starts with at {@code from}, or 0. */
    static int prefix(String text, int from) {
        Gazetteer g = DEFAULTS.get();
        if (g.words().longestAt(text, from, text.length()) == 0) {
            return 0; // nothing starts here: no per-list walk, no array (the figure stage asks often)
        }
        int[] longest = new int[3];
        g.words().longestAt(text, from, text.length(), longest);
        Zones.Zone z = longest[2] > 0 ? g.zones().longestAt(text, from, text.length()) : null;
        return Math.max(longest[0], z == null ? 0 : z.written().length());
    }

    /** Region mentions in {@code text}: full names, longest match first, stop phrases skipped. */
    static List<Region> mentions(String text) {
        List<Region> out = new ArrayList<>();
        scan(text, 0, text.length(), r -> {
            out.add(r);
            return true;
        });
        return out;
    }

    /** Receives the mentions of a {@link #scan}, in order; false stops it. */
    @FunctionalInterface
    interface Sink {
        boolean accept(Region r);
    }

    /**
     * The mentions {@link #mentions} finds in {@code text.substring(from, to)}, found in place: no
     * substring, no list. Names, stop phrases and zones are matched as if the text ended at
     * {@code to}, and offsets where no word can start ({@code WordTrie.nextStart}) are skipped without a
     * walk (they change nothing).
     */
    static void scan(String text, int from, int to, Sink sink) {
        Gazetteer g = DEFAULTS.get();
        WordTrie words = g.words();
        int[] longest = null; // made at the first offset where a word can start
        int stopEnd = from;   // every offset before it lies in a stop phrase
        int free = from;      // the end of the last name found
        for (int i = words.nextStart(text, from, to); i < to; i = words.nextStart(text, i + 1, to)) {
            longest = longest == null ? new int[3] : longest;
            words.longestAt(text, i, to, longest);
            boolean stopped = i < stopEnd || longest[1] > 0;
            stopEnd = Math.max(stopEnd, i + longest[1]);
            if (i < free || stopped) {
                continue;
            }
            // the longer of the longest name and the longest zone; of one length they are one string,
            // and then it is no zone
            Zones.Zone z = longest[2] > 0 ? g.zones().longestAt(text, i, to) : null;
            Region found = null;
            if (z != null && z.written().length() > longest[0]) {
                found = zoneRegion(z);
                free = i + z.written().length();
            } else if (longest[0] > 0) {
                found = g.names().get(text.substring(i, i + longest[0]));
                free = i + longest[0];
            }
            if (found != null && !sink.accept(found)) {
                return;
            }
        }
    }

    /**
     * The first mention in {@code [from, to)} of {@code text} (or, with {@code last}, the last) other
     * than the nation, as {@link #scan} finds them; null when there is none.
     */
    static Region place(String text, int from, int to, boolean last) {
        Region[] found = new Region[1];
        scan(text, from, to, r -> {
            if (r.name().equals(NATION.name())) {
                return true;
            }
            found[0] = r;
            return last;
        });
        return found[0];
    }

    private static Region zoneRegion(Zones.Zone z) {
        return new Region(z.full(), 2);
    }

    /**
     * The main regions of weighted texts, best first. The nation ({@link #NATION}) competes like a
     * province, with two exceptions: a title naming a province, city or area but not the nation
     * makes the page local (a provincial report comparing itself with 全国 is about the province);
     * a page naming no other region is national as soon as it says 我国/全国 twice.
     */
    static List<String> rank(List<Weighted> texts) {
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        boolean localTitle = false;
        boolean nationalTitle = false;
        for (Weighted w : texts) {
            // the first mention in a text counts fully, further ones a quarter: a region named in
            // many paragraphs outranks one repeated within a single list
            Map<String, Integer> seen = new HashMap<>();
            for (Region r : mentions(w.text())) {
                if (w.title()) {
                    nationalTitle |= r.equals(NATION);
                    localTitle |= !r.equals(NATION);
                }
                double levelWeight = r.level() == 0 ? 0.4 : r.level() == 2 ? 0.6 : 1.0;
                int n = seen.merge(r.name(), 1, Integer::sum);
                count.merge(r.name(), 1, Integer::sum);
                score.merge(r.name(), w.weight() * levelWeight * (n == 1 ? 1.0 : 0.25), Double::sum);
            }
        }
        if (localTitle && !nationalTitle) {
            score.remove(NATION.name());
        }
        if (score.isEmpty()) {
            return List.of();
        }
        if (score.size() == 1 && score.containsKey(NATION.name())) {
            return count.get(NATION.name()) >= 2 ? List.of(NATION.name()) : List.of();
        }
        double top = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return score.entrySet().stream()
                .filter(e -> e.getValue() >= top * 0.4 && e.getValue() >= 1.5)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(3).map(Map.Entry::getKey).toList();
    }
}
