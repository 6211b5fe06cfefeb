package io.github.policyreport.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "咸阳|咸阳市", "咸阳市|咸阳市", "陕西|陕西省", "广西|广西壮族自治区", "西咸新区|西咸新区", "杨凌|杨凌示范区",
            "延边|延边朝鲜族自治州", "渭城区|渭城区", "北京|北京市", "科技|null"})
    void mapsShortNamesToFullOfficialNames(String name, String full) {
        Regions.Region r = Regions.lookup(name);
        assertThat(r == null ? null : r.name()).isEqualTo(full);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "咸阳强化举措打造先行区|咸阳市持续强政策,与西安市联合设立专项,咸阳高新区|咸阳市",
            "汉中又新增一项国字号荣誉|汉中市被命名为国家创新型城市,汉中市委高度重视|汉中市",
            "社会长治久安|社会长治久安,长治久安|''",
            "大理石产业发展报告|大理石加工企业30家,大理石产量增长|''"})
    void ranksTheMainRegionByTitleAndFrequency(String title, String body, String expected) {
        List<String> got = Regions.rank(List.of(new Regions.Weighted(title, 3), new Regions.Weighted(body, 1)));
        assertThat(String.join(",", got)).isEqualTo(expected);
    }
}
