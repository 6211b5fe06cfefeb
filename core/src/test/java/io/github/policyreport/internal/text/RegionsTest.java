package io.github.policyreport.internal.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // national statistics and ministries' nationwide news: the nation
            "前两个月全国规上工业增加值增长6%|国家统计局今天发布数据,全国规模以上工业增加值增长6%,我国工业生产稳中有升|中华人民共和国",
            "多部门部署数字经济发展|国务院常务会议部署,工业和信息化部表示,我国数字经济规模持续扩大|中华人民共和国",
            // a title naming a province makes the page local, however often it compares with 全国
            "河南经济运行稳中向好|河南省生产总值增长5%,高于全国0.3个百分点,河南省工业增长7%,全国排名第五|河南省",
            // several regions compared, ranked by title and count
            "南京杭州宁波比拼创新指数|南京市创新指数居首,杭州市第二,宁波市第三,南京市与杭州市差距缩小|南京市,杭州市,宁波市",
            // Taiwan, Hong Kong and Macao, in Simplified names (Traditional input is folded before)
            "中山大学研发水质监测平台|某某社记者高雄8日电,高雄的中山大学研究团队表示,高雄市多个港区试用|高雄市",
            "香港科技园新增初创企业|香港特区政府表示,香港科技园去年新增初创企业200家|香港特别行政区",
            // 北京时间 is a time zone, not Beijing
            "载人飞船成功对接|北京时间6月24日12时,飞船成功对接,我国航天员首次手控对接,我国航天事业再进一步|中华人民共和国"})
    void ranksTheNationAndRegionsOutsideTheMainlandLists(String title, String body, String expected) {
        List<String> got = Regions.rank(List.of(new Regions.Weighted(title, 3, true), new Regions.Weighted(body, 1)));
        assertThat(String.join(",", got)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // a city's full or short name and a zone word: the zone's full official name
            "成都高新区|成都高新技术产业开发区", "成都市高新区|成都高新技术产业开发区",
            "武汉经开区|武汉经济技术开发区", "苏州工业园区|苏州工业园区", "宁波保税区|宁波保税区",
            "重庆综保区|重庆综合保税区", "北京经开区|北京经济技术开发区", "昆山高新区|昆山高新技术产业开发区",
            "西安自贸片区|中国（陕西）自由贸易试验区西安片区", "自贸区郑州片区|中国（河南）自由贸易试验区郑州片区",
            "新竹科学园区|新竹科学园区",
            // the division lists' own name of the city's zone wins
            "包头高新区|包头稀土高新技术产业开发区",
            // national new areas keep their entry; a province is no prefix
            "兰州新区|兰州新区", "陕西高新区|null", "吉林高新区|null"})
    void namesDevelopmentZonesAfterTheirCity(String name, String full) {
        Regions.Region r = Regions.lookup(name);
        assertThat(r == null ? null : r.name()).isEqualTo(full);
        if (r != null && !name.equals("兰州新区")) {
            assertThat(r.level()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a feature on one zone: the zone, found in title, lead and body, in every written form
            "合肥高新区新增科技型企业|合肥高新区管委会介绍,合肥高新区企业研发投入增长,园区新增独角兽企业|合肥高新技术产业开发区",
            "长沙经开区工程机械产业集群升级|长沙经开区今年引进项目,长沙经济技术开发区产值增长|长沙经济技术开发区",
            // the city stays listed when it is central too; the zone ranks like its district
            "青岛市科技创新大会召开|青岛市科技局表示,青岛市研发投入增长,青岛高新区新增企业,青岛市专利增长|青岛市",
            "南昌市与南昌高新区联合发布人才新政|南昌市人社局表示,南昌高新区企业可申报,南昌市各区县同步实施|南昌市,南昌高新技术产业开发区",
            // a zone word after a province names no zone; 新区域 is no new area
            "江苏高新区创新能力评价发布|江苏省科技厅发布,江苏省高新区创新能力提升,江苏省排名前列|江苏省",
            "洛阳新区域协调发展|洛阳新区域协调发展格局形成,洛阳市推进城乡融合,洛阳市人口增长|洛阳市",
            // a Free Trade Zone area named after its city
            "厦门自贸片区新设企业增长|厦门自贸片区新设企业,厦门自贸片区跨境电商进出口增长|中国（福建）自由贸易试验区厦门片区"})
    void ranksDevelopmentZonesLikeDistrictsOfTheirCity(String title, String body, String expected) {
        List<String> got = Regions.rank(List.of(new Regions.Weighted(title, 3, true), new Regions.Weighted(body, 1)));
        assertThat(String.join(",", got)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Traditional script is folded before ranking, as the metadata reader does
            "成都高新區企業研發投入增長|成都高新區管委會表示,成都高新區企業新增專利,園區產值成長|成都高新技术产业开发区",
            "蘇州工業園區發布人才新政|蘇州工業園區管委會發布,蘇州工業園區企業可申報補貼|苏州工业园区",
            "新竹科學園區營業額創新高|新竹科學園區管理局表示,新竹科學園區廠商營業額成長,積體電路產業最多|新竹科学园区"})
    void findsZonesInTraditionalScript(String title, String body, String expected) {
        List<String> got = Regions.rank(List.of(
                new Regions.Weighted(Normalizer.normalize(title).text(), 3, true),
                new Regions.Weighted(Normalizer.normalize(body).text(), 1)));
        assertThat(String.join(",", got)).isEqualTo(expected);
    }

    /** Sentences of our own naming provinces, cities, districts, zones, the nation and stop phrases. */
    private static final String[] SENTENCES = {
            "陕西省咸阳市渭城区新增企业120家,咸阳高新区产值增长8%",
            "社会长治久安,长治市经济平稳,大理石产量增长,大理州游客增加",
            "自贸区郑州片区新设企业,郑州市经开区引进项目,洛阳新区域协调发展",
            "北京时间上午,国务院常务会议部署,我国与全国均增长,北京经开区、天津市和河北省协同",
            "成都市高新区与重庆两江新区合作,广西南宁市、新竹科学园区和香港特区共同参与"};

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "陕西省咸阳市渭城区新增企业120家,咸阳高新区产值增长8%|陕西省,咸阳市,渭城区,咸阳高新技术产业开发区",
            "社会长治久安,长治市经济平稳,大理石产量增长,大理州游客增加|长治市,大理白族自治州",
            "自贸区郑州片区新设企业,郑州市经开区引进项目,洛阳新区域协调发展|中国（河南）自由贸易试验区郑州片区,郑州经济技术开发区,洛阳市",
            "北京时间上午,国务院常务会议部署,我国与全国均增长,北京经开区、天津市和河北省协同|中华人民共和国,中华人民共和国,中华人民共和国,北京经济技术开发区,天津市,河北省"})
    void findsMentionsLongestFirstInOrderSkippingStopPhrases(String text, String expected) {
        assertThat(String.join(",", Regions.mentions(text).stream().map(Regions.Region::name).toList()))
                .isEqualTo(expected);
    }

    @Test
    void scanningARangeInPlaceFindsWhatTheCutOutRangeFinds() {
        for (String s : SENTENCES) {
            for (int from = 0; from <= s.length(); from++) {
                for (int to = from; to <= s.length(); to++) {
                    List<Regions.Region> inPlace = new ArrayList<>();
                    Regions.scan(s, from, to, r -> inPlace.add(r));
                    List<Regions.Region> cut = Regions.mentions(s.substring(from, to));
                    assertThat(inPlace).as("%s [%d, %d)", s, from, to).isEqualTo(cut);
                    Regions.Region first = cut.stream().filter(r -> !r.equals(Regions.NATION)).findFirst().orElse(null);
                    Regions.Region last = cut.stream().filter(r -> !r.equals(Regions.NATION))
                            .reduce((a, b) -> b).orElse(null);
                    assertThat(Regions.place(s, from, to, false)).as("first in %s [%d, %d)", s, from, to).isEqualTo(first);
                    assertThat(Regions.place(s, from, to, true)).as("last in %s [%d, %d)", s, from, to).isEqualTo(last);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"咸阳市新增企业", "重庆一季度", "成都高新区企业", "长治久安", "全国增长", "增长8%"})
    void theRegionPrefixIsTheLongestNameOrZoneAtTheStart(String text) {
        List<Regions.Region> m = Regions.mentions(text);
        int expected = 0;
        for (int len = text.length(); len >= 2 && expected == 0; len--) {
            List<Regions.Region> head = Regions.mentions(text.substring(0, len));
            if (head.size() == 1 && Regions.lookup(text.substring(0, len)) != null) {
                expected = len;
            }
        }
        assertThat(Regions.prefix(text, 0)).as("%s, mentions %s", text, m).isEqualTo(expected);
    }
}
