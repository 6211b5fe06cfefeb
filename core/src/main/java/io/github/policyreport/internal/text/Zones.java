package io.github.policyreport.internal.text;

import io.github.policyreport.internal.RuleFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development zones named after their city ({@code regions/zones.txt}): a city's full or short name
 * followed by a zone word (成都高新区, 成都市经开区, 自贸区成都片区) is a zone with its full official
 * name (成都高新技术产业开发区). Built once by {@link Regions} from its city lists.
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

    private Zones() {
    }

    /** Every zone name the cities and the patterns of {@code regions/zones.txt} give. */
    static List<Zone> of(List<City> cities) {
        List<Zone> out = new ArrayList<>();
        for (RuleFile.Line l : RuleFile.read(Zones.class, "regions/zones.txt")) {
            String[] p = l.text().split("\t");
            if (p.length < 2 || !p[0].contains("{city}") || p[0].strip().equals("{city}")) {
                throw l.error("expected pattern with {city}<TAB>full name<TAB>characters not after (optional)");
            }
            String pattern = p[0].strip();
            String template = p[1].strip();
            String notBefore = p.length > 2 ? p[2].strip() : "";
            String suffix = template.startsWith("{city}") ? template.substring("{city}".length()) : null;
            for (City c : cities) {
                String full = known(c, suffix);
                if (full == null) {
                    full = template.replace("{city}", c.shortName()).replace("{province}", c.province());
                }
                for (String name : c.names()) {
                    out.add(new Zone(pattern.replace("{city}", name), full, notBefore));
                }
            }
        }
        return out;
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
