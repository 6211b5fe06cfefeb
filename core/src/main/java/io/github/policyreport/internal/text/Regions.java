package io.github.policyreport.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The region gazetteer: provinces, prefecture-level cities and county-level areas (full names),
 * new areas and demonstration zones, with short forms (咸阳 → 咸阳市, 陕西 → 陕西省) for provinces,
 * cities and new areas; Taiwan, Hong Kong and Macao ({@code tw-hk-mo.txt}); the nation itself,
 * named by nationwide words ({@code national.txt}). Loaded once from {@code regions/}; immutable.
 *
 * <p>{@link #rank(List)} counts mentions per text (the first fully, more a quarter; longest match first, short names inside stop phrases
 * such as 长治久安 ignored) with weights per text, and returns the main regions: those scoring at
 * least 40% of the top score, at most three.
 */
final class Regions {

    /** A region: its full official name and its level (province 0, city or new area 1, area 2). */
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
    private static final Map<String, Region> NAMES;
    private static final List<String> STOPS;
    /** Names by first character, longest first. */
    private static final Map<Character, String[]> BY_FIRST;

    static {
        Map<String, Region> m = new HashMap<>();
        Map<String, String> provinces = new HashMap<>();
        for (String[] r : csv("regions/provinces.csv")) {
            provinces.put(r[0], r[1]);
            Region reg = new Region(r[1], 0);
            m.put(r[1], reg);
            String s = r[1].replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "");
            if (s.length() >= 2) {
                m.putIfAbsent(s, reg);
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
        }
        for (String[] r : csv("regions/areas.csv")) {
            if (r[1].length() >= 3 && !r[1].equals("市辖区")) {
                m.putIfAbsent(r[1], new Region(r[1], 2));
            }
        }
        // new areas override a same-named division; Taiwan, Hong Kong and Macao never do
        for (Resources.Line l : Resources.lines("regions/new-areas.txt")) {
            String[] p = l.text().split("\t");
            if (p.length < 2) {
                throw l.error("expected name<TAB>province code<TAB>short forms");
            }
            addWithShortForms(m, new Region(p[0].strip(), 1), p, true);
        }
        for (Resources.Line l : Resources.lines("regions/tw-hk-mo.txt")) {
            String[] p = l.text().split("\t");
            if (p.length < 2 || !p[1].strip().matches("[01]")) {
                throw l.error("expected name<TAB>level 0 or 1<TAB>short forms");
            }
            addWithShortForms(m, new Region(p[0].strip(), Integer.parseInt(p[1].strip())), p, false);
        }
        for (Resources.Line l : Resources.lines("regions/national.txt")) {
            m.putIfAbsent(l.text().strip(), NATION);
        }
        NAMES = Map.copyOf(m);
        STOPS = Resources.lines("regions/stop-phrases.txt").stream().map(Resources.Line::text).toList();
        Map<Character, List<String>> first = new HashMap<>();
        for (String name : NAMES.keySet()) {
            first.computeIfAbsent(name.charAt(0), k -> new ArrayList<>()).add(name);
        }
        Map<Character, String[]> byFirst = new HashMap<>();
        first.forEach((c, names) -> byFirst.put(c, names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toArray(String[]::new)));
        BY_FIRST = Map.copyOf(byFirst);
    }

    private Regions() {
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
        for (Resources.Line l : Resources.lines(resource)) {
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

    /** The region a name (full or short) stands for, or null. */
    static Region lookup(String name) {
        return NAMES.get(name);
    }

    /** The length of the region name (full or short) that {@code text} starts with at {@code from}, or 0. */
    static int prefix(String text, int from) {
        String[] candidates = from < text.length() ? BY_FIRST.get(text.charAt(from)) : null;
        if (candidates != null) {
            for (String name : candidates) {
                if (text.startsWith(name, from)) {
                    return name.length();
                }
            }
        }
        return 0;
    }

    /** Region mentions in {@code text}: full names, longest match first, stop phrases skipped. */
    static List<Region> mentions(String text) {
        boolean[] stopped = new boolean[text.length()];
        for (String s : STOPS) {
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
                for (int k = i; k < i + s.length(); k++) {
                    stopped[k] = true;
                }
            }
        }
        List<Region> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String[] candidates = stopped[i] ? null : BY_FIRST.get(text.charAt(i));
            int found = 0;
            if (candidates != null) {
                for (String name : candidates) {
                    if (text.startsWith(name, i)) {
                        out.add(NAMES.get(name));
                        found = name.length();
                        break;
                    }
                }
            }
            i += found > 0 ? found : 1;
        }
        return out;
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
