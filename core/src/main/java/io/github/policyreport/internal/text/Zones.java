package io.github.policyreport.internal.text;

import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.WordTrie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Development zones named after their city ({@code regions/zones.txt}): a city's full or short name
 * followed by a zone word (成都高新区, 成都市经开区, 自贸区成都片区) is a zone with its full official
 * name (成都高新技术产业开发区). Built by {@link Regions}, on first use, from its city lists.
 *
 * <p>The 36,000 names that patterns and cities make are never listed: a zone is matched as a
 * pattern's prefix, a city name and the pattern's suffix, and its full name worked out when met.
 * The answer is the one the full list would give: the first pattern of the file, then the first
 * city, that writes the name, and no zone where a division has the same name.
 *
 * <p>Traps: a province is no prefix (陕西高新区 names no single zone), so a short name shared by a
 * province and a city (吉林) is left out, except for the four municipalities, which are cities too;
 * a zone word that runs on into a longer word ({@code 新区域}) is no zone (the third field).
 */
final class Zones {

    /** A city that can prefix a zone: the names it is written with, its short name, province and known areas. */
    record City(List<String> names, String shortName, String province, List<String> areas) {
    }

    /** A zone name as written, the zone's full name and the characters that must not follow it. */
    record Zone(String written, String full, String notBefore) {
    }

    /** A line of {@code zones.txt}: prefix{city}suffix, the full-name template and the characters not after it. */
    record Pattern(String prefix, String suffix, String template, String notBefore) {
    }

    private final List<Pattern> patterns;
    private final List<City> cities;
    private final Predicate<String> division;
    /** Indexes into {@link #cities} by each name a city is written with, ascending. */
    private final Map<String, int[]> citiesByName;
    /** The names cities are written with. */
    private final WordTrie cityNames;
    /** The distinct prefixes of the patterns ("" for {city}高新区), each with its patterns in file order. */
    private final Map<String, List<Pattern>> byPrefix;
    /** {@link #byPrefix} as two parallel lists, walked without an iterator per call. */
    private final String[] prefixes;
    private final List<List<Pattern>> prefixed;

    /** The zones of these patterns and cities; {@code division} tells a division's name, which no zone takes. */
    Zones(List<Pattern> patterns, List<City> cities, Predicate<String> division) {
        this.patterns = List.copyOf(patterns);
        this.cities = List.copyOf(cities);
        this.division = division;
        Map<String, List<Integer>> ids = new HashMap<>();
        for (int i = 0; i < cities.size(); i++) {
            for (String name : cities.get(i).names()) {
                List<Integer> l = ids.computeIfAbsent(name, k -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != i) {
                    l.add(i);
                }
            }
        }
        Map<String, int[]> byName = new HashMap<>();
        ids.forEach((name, l) -> byName.put(name, l.stream().mapToInt(Integer::intValue).toArray()));
        this.citiesByName = Map.copyOf(byName);
        this.cityNames = WordTrie.of(byName.keySet());
        Map<String, List<Pattern>> prefixes = new HashMap<>();
        for (Pattern p : this.patterns) {
            prefixes.computeIfAbsent(p.prefix(), k -> new ArrayList<>()).add(p);
        }
        this.byPrefix = Map.copyOf(prefixes);
        this.prefixes = byPrefix.keySet().toArray(new String[0]);
        this.prefixed = Arrays.stream(this.prefixes).map(byPrefix::get).toList();
    }

    /** The patterns of these {@code regions/zones.txt} lines; a bad line is a {@code RuleException} with file:line. */
    static List<Pattern> patterns(List<RuleFile.Line> lines) {
        List<Pattern> out = new ArrayList<>();
        for (RuleFile.Line l : lines) {
            String[] p = l.text().split("\t");
            String pattern = p[0].strip();
            int at = pattern.indexOf("{city}");
            if (p.length < 2 || at < 0 || pattern.equals("{city}") || pattern.indexOf("{city}", at + 1) >= 0) {
                throw l.error("expected pattern with one {city}<TAB>full name<TAB>characters not after (optional)");
            }
            out.add(new Pattern(pattern.substring(0, at), pattern.substring(at + "{city}".length()), p[1].strip(),
                    p.length > 2 ? p[2].strip() : ""));
        }
        return out;
    }

    /** What a zone name can start with: a city name, or the prefix of a pattern that has one (自贸区). */
    Set<String> starts() {
        Set<String> out = new HashSet<>(citiesByName.keySet());
        byPrefix.keySet().stream().filter(p -> !p.isEmpty()).forEach(out::add);
        return out;
    }

    /** The zone written {@code written}, or null: no pattern and city write it, or a division has the name. */
    Zone zone(String written) {
        if (division.test(written)) {
            return null;
        }
        for (Pattern p : patterns) {
            int cityEnd = written.length() - p.suffix().length();
            if (cityEnd > p.prefix().length() && written.startsWith(p.prefix()) && written.endsWith(p.suffix())) {
                int[] ids = citiesByName.get(written.substring(p.prefix().length(), cityEnd));
                if (ids != null) {
                    return new Zone(written, full(p, cities.get(ids[0])), p.notBefore());
                }
            }
        }
        return null;
    }

    /**
     * The longest zone written at {@code i} in {@code text} that does not run on into a longer word,
     * or null.
     */
    Zone longestAt(String text, int i) {
        return longestAt(text, i, text.length());
    }

    /** {@link #longestAt(String, int)} in {@code text} as if it ended at {@code to}. */
    Zone longestAt(String text, int i, int to) {
        Zone best = null;
        for (int k = 0; k < prefixes.length; k++) {
            String prefix = prefixes[k];
            int j = i + prefix.length();
            if (j >= to || !text.startsWith(prefix, i)) {
                continue;
            }
            // every city name at j, longest first
            for (int len = cityNames.longestAt(text, j, to); len > 0; len = cityNames.longestAt(text, j, j + len - 1)) {
                for (Pattern p : prefixed.get(k)) {
                    int end = j + len + p.suffix().length();
                    if ((best == null || end - i > best.written().length()) && end <= to
                            && text.startsWith(p.suffix(), j + len)) {
                        Zone z = zone(text.substring(i, end));
                        if (z != null && !runsOn(text, end, to, z)) {
                            best = z;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Whether a zone name ends inside a longer word at {@code end} (成都新区 in 成都新区域). */
    private static boolean runsOn(String text, int end, int to, Zone z) {
        return end < to && z.notBefore().indexOf(text.charAt(end)) >= 0;
    }

    /** The full name of the zone a pattern makes of a city: a known area of the city, else the template. */
    private static String full(Pattern p, City c) {
        String suffix = p.template().startsWith("{city}") ? p.template().substring("{city}".length()) : null;
        String full = known(c, suffix);
        return full != null ? full : p.template().replace("{city}", c.shortName()).replace("{province}", c.province());
    }

    /** The one area of the division lists in this city that ends in {@code suffix} and names the city, or null. */
    private static String known(City c, String suffix) {
        if (suffix == null) {
            return null;
        }
        String found = null;
        for (String a : c.areas()) {
            if (a.endsWith(suffix) && a.contains(c.shortName())) {
                if (found != null) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }

    /** Areas of the division lists by city code. */
    static Map<String, List<String>> areasByCity(List<String[]> areaRows) {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] r : areaRows) {
            if (r.length > 2) {
                out.computeIfAbsent(r[2], k -> new ArrayList<>()).add(r[1]);
            }
        }
        return out;
    }
}
