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
}
