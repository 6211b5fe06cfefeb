package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Meta;
import io.github.policyreport.internal.text.NormalizedText;
import io.github.policyreport.internal.text.Normalizer;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Script;
import io.github.policyreport.model.Section;
import io.github.policyreport.model.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Indicators and targets from body paragraphs: split, subject, change, deadline, modality. */
class QuantityFigureStageTest {

    /** Paragraphs separated by "/" become body paragraphs of an analysis. */
    static Analysis analysis(String paragraphs) {
        String source = paragraphs.replace('/', '\n');
        NormalizedText nt = Normalizer.normalize(source);
        List<Paragraph> body = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= source.length(); i++) {
            if (i == source.length() || source.charAt(i) == '\n') {
                if (i > start) {
                    body.add(Paragraph.of(nt.text(), start, i, -1, 0));
                }
                start = i + 1;
            }
        }
        Meta meta = new Meta(null, null, null, List.of(), List.of(), List.of(), Script.SIMPLIFIED);
        return new Analysis(nt, body, List.of(), meta, List.of());
    }

    static List<String> render(Figures f) {
        List<String> out = new ArrayList<>();
        for (Indicator i : f.indicators()) {
            String c = i.change() == null ? "" : "|" + i.change().direction() + " " + i.change().amount().value().toPlainString()
                    + i.change().amount().unit() + (i.change().basis().isEmpty() ? "" : " " + i.change().basis());
            String period = i.period() == null ? "" : "@" + i.period();
            out.add("I|" + i.subject() + "|" + i.quantity().value().toPlainString() + "|" + i.quantity().unit() + c + period);
        }
        for (Target t : f.targets()) {
            out.add("T|" + t.subject() + "|" + t.quantity().value().toPlainString() + "|" + t.quantity().unit() + "|"
                    + (t.deadline() == null ? "~" : t.deadline()) + "|" + t.modality());
        }
        return out;
    }

    static void assertEvidence(Analysis a, Evidence e) {
        io.github.policyreport.SpanChecks.assertEvidence(a.source(), e);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "~", textBlock = """
            全市高新技术企业(303家)、科技型中小企业(551家)分别增长44%、112%。 # 2023 # I|高新技术企业|303|家|UP 44% ; I|科技型中小企业|551|家|UP 112% ; I|高新技术企业增长率|44|% ; I|科技型中小企业增长率|112|%
            高新技术企业达到106家,评价入库科技型中小企业215家,分别增长43%、37%。 # 2021 # I|高新技术企业|106|家|UP 43% ; I|评价入库科技型中小企业|215|家|UP 37% ; I|高新技术企业增长率|43|% ; I|评价入库科技型中小企业增长率|37|%
            规上工业企业研发投入经费20.8亿元,同比增长43.2%。 # 2023 # I|规上工业企业研发投入经费|2080000000|CNY|UP 43.2% 同比 ; I|规上工业企业研发投入经费增长率|43.2|%
            新增入库科技型中小企业950家,是去年全年的1.6倍。 # 2021 # I|入库科技型中小企业|950|家|UP 1.6x 去年全年 ; I|入库科技型中小企业倍数|1.6|x
            技术合同成交额突破50亿元,连续10年居全省地级市第一。 # 2023 # I|技术合同成交额|5000000000|CNY ; I|技术合同成交额排名|1|rank
            秦创原考核位列全省第2。 # 2023 # I|秦创原考核排名|2|rank
            组织1020名科技人才走进131家科技企业。 # 2014 # I|科技人才|1020|名 ; I|科技企业|131|家
            高新技术企业在国网备案达到106家。 # 2021 # I|高新技术企业|106|家
            参与人数超过21万。 # 2014 # I|参与人数|210000|人
            2022年支持38家高校院所72个项目,总金额2620万元。 # 2023 # I|高校院所|38|家@2022 ; I|项目|72|个@2022 ; I|项目总金额|26200000|CNY@2022
            组建两支队伍,新增“科学家+工程师”队伍50支。 # 2023 # I|“科学家+工程师”队伍|50|支
            到2025年,高新技术企业超过1.1万家。 # 2023 # T|高新技术企业|11000|家|2025|GOAL
            预计全年科技服务业增加值可实现450亿元。 # 2014 # T|科技服务业增加值|45000000000|CNY|2014|FORECAST
            今年已引进孵化器14家,全区孵化器达49家。 # 2021 # I|孵化器|14|家 ; I|孵化器|49|家
            下一步重点完成以下工作。/一是规划建设科创载体93个2217万平方米、年底可交付使用309万平方米。/二是今年已引进孵化器14家。/记者提问环节,中心设置服务窗口18个。 # 2021 # I|孵化器|14|家 ; I|服务窗口|18|个 ; T|科创载体|93|个|~|PLAN ; T|科创载体面积|22170000|m2|~|PLAN ; T|交付使用|3090000|m2|2021|PLAN
            2015年,市科技局将积极适应新常态。/一是重点培育350家小巨人企业快速发展。/二是全年技术成果交易额达到650亿元。/2014年,全市专利申请量超过47000件。 # 2014 # I|专利申请量|47000|件@2014 ; T|小巨人企业|350|家|2015|PLAN ; T|技术成果交易额|65000000000|CNY|2015|PLAN
            深化科技金融结合,力争实现各类融资50亿元。/去年全市实现各类融资40亿元,同比增长10%。/累计投入资金3000万元。 # 2015 # I|各类融资|4000000000|CNY|UP 10% 同比 ; I|各类融资增长率|10|% ; I|资金|30000000|CNY ; T|各类融资|5000000000|CNY|~|GOAL
            建成示范平台150个,培育技术转移人才1200名,技术市场合同交易额超过2500亿元。/今年将重点推进三方面工作。/力争科技创新重点指标超额完成。 # 2023 # T|示范平台|150|个|2023|PLAN ; T|技术转移人才|1200|名|2023|PLAN ; T|技术市场合同交易额|250000000000|CNY|2023|PLAN
            全社会研发经费投入强度达到2.6%,较上年提高0.3个百分点。 # 2024 # I|全社会研发经费投入强度|2.6|%|UP 0.3pp 较上年 ; I|全社会研发经费投入强度增幅|0.3|pp
            省级专精特新企业368家,万元GDP能耗下降3.5%。 # 2024 # I|省级专精特新企业|368|家 ; I|万元GDP能耗下降率|3.5|%
            技术合同登记额首次突破100亿元,达到108.6亿元,同比增长25.3%。 # 2024 # I|技术合同登记额|10000000000|CNY ; I|技术合同登记额|10860000000|CNY|UP 25.3% 同比 ; I|技术合同登记额增长率|25.3|%
            截至2023年底,全市共有国家级“小巨人”企业25家。 # 2024 # I|国家级“小巨人”企业|25|家@2023
            2024年主要预期目标是:地区生产总值增长6%左右,城镇新增就业5万人以上,城镇调查失业率控制在5.5%以内。 # 2024 # T|地区生产总值增长率|6|%|2024|GOAL ; T|城镇新增就业|50000|人|2024|GOAL ; T|城镇调查失业率|5.5|%|2024|GOAL
            今年将新建5G基站3000个,力争高新技术企业突破2000家。 # 2024 # T|5G基站|3000|个|2024|PLAN ; T|高新技术企业|2000|家|2024|GOAL
            经济总量翻一番。 # 2024 # I|经济总量倍数|2|x
            为企业提供共享服务2900余次,共有用户120个。 # 2014 # I|共享服务|2900|次 ; I|用户|120|个
            2023年,全市共有高新技术企业1256家,较2020年增加312家。 # 2023 # I|高新技术企业|1256|家|UP 312家 较2020年@2023 ; I|高新技术企业增加量|312|家
            科技型中小企业入库2180家,同比增长1.2倍,位居全省第5位。 # 2023 # I|科技型中小企业入库|2180|家|UP 1.2x 同比 ; I|科技型中小企业入库倍数|1.2|x ; I|科技型中小企业入库排名|5|rank
            技术合同成交额增幅达15%,1—9月规上工业增加值增长8.1%。 # 2023 # I|技术合同成交额增长率|15|% ; I|规上工业增加值增长率|8.1|%
            我市科技创新综合实力位列全省第一方阵,区域创新能力居西北第一。 # 2023 # I|区域创新能力排名|1|rank
            研发投入强度达到1.4%、规上工业企业研发投入强度达到1.64%,均位列全省地级市第2位。 # 2021 # I|研发投入强度|1.4|% ; I|规上工业企业研发投入强度|1.64|% ; I|规上工业企业研发投入强度排名|2|rank
            截至目前,已线下受理包括工商注册、政策咨询等1348次。 # 2021 # I|线下受理|1348|次
            加快文化科技融合示范基地建设,投入1.4亿元,支持文化旅游。 # 2014 # I|投入|140000000|CNY
            今年1-6月,全市实现技术合同交易额50亿元。/下一步,我市将持续加大投入。/力争全年技术合同交易额突破120亿元。 # 2023 # I|技术合同交易额|5000000000|CNY ; T|技术合同交易额|12000000000|CNY|2023|GOAL
            将“三项改革”成果转化项目列入重大科技专项,支持项目72个。 # 2023 # I|项目|72|个
            ■全市完成技术合同交易额8.77亿元,占年度推进指标的307%。 # 2021 # I|技术合同交易额|877000000|CNY ; I|技术合同交易额占年度推进指标|307|%
            举办活动120场,观众超过10万。 # 2021 # I|活动|120|场 ; I|观众|100000|人
            目前,全省已建成国家级孵化器38家,在孵企业超过6000家,发放宣传资料3000余份。 # 2023 # I|国家级孵化器|38|家 ; I|在孵企业|6000|家 ; I|宣传资料|3000|份
            据统计,1-10月,全市新登记各类市场主体4.3万户,同比下降2.1%;其中企业1.1万户,增长5.6%。 # 2023 # I|新登记各类市场主体|43000|户|DOWN 2.1% 同比 ; I|新登记各类市场主体下降率|2.1|% ; I|企业|11000|户|UP 5.6% ; I|企业增长率|5.6|%
            下一步重点完成以下工作。/一是2024年新增高新技术企业100家。/2024年,全市高新技术企业达到900家。 # 2024 # I|高新技术企业|900|家@2024 ; T|高新技术企业|100|家|2024|PLAN
            """)
    void turnsFiguresIntoIndicatorsAndTargets(String paragraphs, Integer year, String expected) {
        Analysis a = analysis(paragraphs);
        Figures f = FigureStage.defaults().extract(a, year);
        assertThat(render(f)).containsExactlyElementsOf(List.of(expected.split(" ; ")));
        f.indicators().forEach(i -> assertEvidence(a, i.evidence()));
        f.targets().forEach(t -> assertEvidence(a, t.evidence()));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', textBlock = """
            一、2022年工作完成情况 # 全年新认定高新技术企业86家,总数达到312家。 # 2022 # I|高新技术企业|86|家 ; I|高新技术企业总数|312|家
            二、2023年工作计划 # 新增高新技术企业50家以上,技术合同成交额达到40亿元。 # 2022 # T|高新技术企业|50|家|2023|PLAN ; T|技术合同成交额|4000000000|CNY|2023|PLAN
            三、下一步工作打算 # 建设省级以上创新平台10个。 # 2022 # T|省级以上创新平台|10|个|~|PLAN
            """)
    void readsTheSectionHeadingForTheSplitAndTheDeadline(String heading, String body, Integer year, String expected) {
        String source = heading + "\n" + body;
        NormalizedText nt = Normalizer.normalize(source);
        Section section = new Section(heading, 1, io.github.policyreport.model.Span.of(source, 0, source.length()));
        List<Paragraph> paragraphs = List.of(Paragraph.of(nt.text(), 0, heading.length(), 0, 1),
                Paragraph.of(nt.text(), heading.length() + 1, source.length(), 0, 0));
        Meta meta = new Meta(null, null, null, List.of(), List.of(), List.of(), Script.SIMPLIFIED);
        Analysis a = new Analysis(nt, paragraphs, List.of(section), meta, List.of());
        Figures f = FigureStage.defaults().extract(a, year);
        assertThat(render(f)).containsExactlyElementsOf(List.of(expected.split(" ; ")));
        f.targets().forEach(t -> assertEvidence(a, t.evidence()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            一是完善政策。二是深化专业服务。 # no figures
            今年是“十四五”开局之年,地铁1号线三期9月底即将通车。 # names and dates
            热线:029-33567925,国际标准刊号:ISSN 2957-9384。 # identifiers
            查看: 8| 评论: 0| 来自: 汉中发布。 # bare numbers
            梯次推进“登高、升规、晋位、上市”四个工程,开展三项改革。 # named lists
            """)
    void emitsNothingForTextWithoutFigures(String paragraphs, String why) {
        Figures f = FigureStage.defaults().extract(analysis(paragraphs), 2023);
        assertThat(f.indicators()).as(why).isEmpty();
        assertThat(f.targets()).as(why).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            新登記市場主體20.53萬戶,總量達41.29萬戶。 # 205300 # 412900
            全年專利申請量超過47000件,授權量超過16500件。 # 47000 # 16500
            """)
    void readsTraditionalScriptFigures(String paragraphs, String first, String second) {
        Analysis a = analysis(paragraphs);
        Figures f = FigureStage.defaults().extract(a, 2021);
        assertThat(f.indicators()).extracting(i -> i.quantity().value().toPlainString()).containsExactly(first, second);
        assertThat(f.indicators()).allSatisfy(i -> {
            assertEvidence(a, i.evidence());
            assertThat(i.subject()).isNotBlank();
        });
    }
}
