package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.export.LibreOffice;
import zhaoshang.support.TestBot;

/**
 * Issue 14 §3 and §7 through the simulator: 本组记录 for a 组长 (and for 投资促进部 naming the team), the 调度会材料 and the
 * 季度通报 as Word documents, and the drafts of the 考察邀请函 and 《考察接待方案》 from a 考察计划. The documents are read
 * back with POI and, when LibreOffice is installed, printed to PDF and read again (with DOCS_PNG_DIR set, their first
 * pages go to docs/).
 */
class OfficePapersFlowTest {

    @TempDir
    Path dir;
    TestBot bot;

    @BeforeEach
    void start() {
        bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00");
        bot.say("local-team1", "m-he", "走访\n企业：深圳欣迪新能源装备技术有限公司\n时间：11月18日\n洽谈内容：储能设备生产基地选址\n投资意向：较强\n拟投资额：2亿元");
        bot.say("local-team1", "m-qian", "走访\n企业：东莞聚景实业有限公司\n日期：2026-11-19\n洽谈内容：介绍电子信息产业集群\n投资意向：一般");
        bot.say("local-team1", "m-he", "签约\n项目：21700圆柱动力电池项目\n企业：内洽特克（天津）国际贸易有限公司\n签约日期：2026-11-15\n投资额：6.2亿元\n落地区域：潞州区\n进度：签约\n存在问题：用地指标待落实，需协调市自然资源局");
        bot.say("local-team2", "m-xu", "走访\n企业：康佳集团\n时间：11月19日\n洽谈内容：MLED项目\n投资意向：较强");
        bot.say("local-team1", "m-lin", "外出计划\n目的地：深圳、东莞\n出发：12月7日\n返回：12月12日\n拟拜访：比亚迪股份有限公司（12/8）、华为数字能源技术有限公司\n分工：林晓东带队，何雨晴记录");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void aTeamLeaderListsTheTeamsRecordsWithTheWorkbook() throws Exception {
        JsonNode replies = bot.say("local-team1", "m-lin", "本组记录");
        String text = TestBot.plain(replies.get(0));
        assertThat(text).contains("第一工作组 2026年11月记录").contains("走访 2").contains("签约 1").doesNotContain("外出计划")
                .contains("深圳欣迪新能源装备技术有限公司").contains("何雨晴").contains("#V-").contains("#S-")
                .doesNotContain("康佳集团");
        assertThat(text.lines().count()).as("fits a phone screen").isLessThanOrEqualTo(20);
        JsonNode file = replies.get(1);
        assertThat(file.get("name").asText()).isEqualTo("招商台账_第一工作组_2026-11.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bot.download(file.get("url").asText())))) {
            assertThat(wb.getSheet("走访企业台账")).isNotNull();
        }
        assertThat(TestBot.plain(bot.say("local-team1", "m-lin", "台账 本月").get(0))).contains("第一工作组 2026年11月记录");
        assertThat(TestBot.plain(bot.say("local-team1", "m-lin", "10月台账").get(0))).as("another month")
                .contains("第一工作组 2026年10月记录").contains("本期还没有记录");

        assertThat(TestBot.plain(bot.say("local-team1", "m-he", "本组记录").get(0))).as("组员")
                .contains("由组长查看").contains("我的记录");
        assertThat(TestBot.plain(bot.say("local-team2", "m-fang", "本组记录 第一工作组").get(0))).as("another team's 组长")
                .doesNotContain("深圳欣迪");
        assertThat(TestBot.plain(bot.say("local-coord", "m-admin", "本组记录").get(0))).contains("请写明哪个工作组");
        JsonNode office = bot.say("local-coord", "m-admin", "台账 第二工作组 11月");
        assertThat(TestBot.plain(office.get(0))).contains("第二工作组 2026年11月记录").contains("康佳集团")
                .doesNotContain("深圳欣迪");
        assertThat(office.get(1).get("name").asText()).isEqualTo("招商台账_第二工作组_2026-11.xlsx");
    }

    @Test
    void theMeetingPackAndTheQuarterlyBulletinAreWordDocuments() throws Exception {
        JsonNode replies = bot.say("local-coord", "m-admin", "调度会材料 11月");
        assertThat(TestBot.plain(replies.get(0))).contains("2026年11月招商工作调度会材料");
        JsonNode file = replies.get(1);
        assertThat(file.get("name").asText()).isEqualTo("调度会材料_2026-11.docx");
        byte[] pack = bot.download(file.get("url").asText());
        String text = text(pack);
        assertThat(text).contains("长高投促〔2026〕　号").contains("2026年11月招商工作调度会材料").contains("2026年11月20日")
                .contains("一、总体情况").contains("二、各工作组任务完成情况").contains("三、签约及亿元以上项目")
                .contains("四、需要研究解决的问题").contains("五、下月工作安排")
                .contains("第一工作组").contains("第二工作组").contains("第四工作组")
                .contains("2/15").as("team 1's visits against the target")
                .contains("21700圆柱动力电池项目").contains("62000万元")
                .contains("用地指标待落实，需协调市自然资源局")
                .contains("12月7日—12月12日").contains("比亚迪股份有限公司");
        assertOfficialStyle(pack);
        bot.say("local-team1", "m-lin", "项目 #S-0001 问题：电力增容需市供电公司支持");
        JsonNode again = bot.say("local-coord", "m-admin", "调度会材料 11月");
        assertThat(text(bot.download(again.get(1).get("url").asText()))).as("a problem recorded by 项目 … 问题：")
                .contains("21700圆柱动力电池项目（第一工作组，#S-0001）：电力增容需市供电公司支持");
        render("meeting-pack", pack, List.of("调度会材料", "需要研究解决的问题", "21700圆柱动力电池项目"));

        assertThat(TestBot.plain(bot.say("local-team1", "m-lin", "调度会材料 11月").get(0))).as("a team's group")
                .contains("投资促进部");

        JsonNode bulletin = bot.say("local-coord", "m-admin", "季度通报 2026年第四季度");
        assertThat(bulletin.get(1).get("name").asText()).isEqualTo("季度通报_2026Q4.docx");
        byte[] doc = bot.download(bulletin.get(1).get("url").asText());
        assertThat(text(doc)).contains("关于2026年第四季度各招商工作组").contains("工作情况的通报").contains("各招商工作组：")
                .contains("一、总体情况").contains("二、各工作组完成情况").contains("四、存在的问题").contains("五、下步工作要求")
                .contains("第一工作组").contains("位列第一").contains("21700圆柱动力电池项目")
                .contains("长治高新区投资促进部").contains("2026年11月20日");
        assertOfficialStyle(doc);
        render("quarterly-bulletin", doc, List.of("工作情况的通报", "各招商工作组"));
        assertThat(TestBot.plain(bot.say("local-coord", "m-admin", "季度通报 11月").get(0))).contains("请写季度");
    }

    @Test
    void anInspectionPlanGivesDraftsOfTheInvitationAndTheReceptionPlan() throws Exception {
        JsonNode replies = bot.say("local-team1", "m-lin", """
                考察计划
                企业：宁德时代新能源科技股份有限公司
                时间：12月10日-12月11日
                来访人员：王总（副总裁）等3人
                行程：12月10日上午 参观高新区产业园；12月10日下午 项目座谈；12月11日 考察潞州区
                区域：高新区
                陪同：高新区管委会副主任""");
        assertThat(TestBot.plain(replies.get(0))).contains("宁德时代新能源科技股份有限公司").contains("草稿");
        assertThat(replies.get(1).get("name").asText()).isEqualTo("考察邀请函_宁德时代新能源科技股份有限公司.docx");
        assertThat(replies.get(2).get("name").asText()).isEqualTo("考察接待方案_宁德时代新能源科技股份有限公司.docx");
        byte[] invitation = bot.download(replies.get(1).get("url").asText());
        assertThat(text(invitation)).contains("邀　请　函").contains("宁德时代新能源科技股份有限公司：")
                .contains("王总（副总裁）等3人").contains("2026年12月10日至11日").contains("长治高新区考察")
                .contains("（一）12月10日上午 参观高新区产业园").contains("（三）12月11日 考察潞州区")
                .contains("长治高新区管委会").contains("联系人：");
        byte[] plan = bot.download(replies.get(2).get("url").asText());
        assertThat(text(plan)).contains("宁德时代新能源科技股份有限公司").contains("来长治高新区考察接待方案")
                .contains("一、考察时间").contains("四、行程安排").contains("12月10日下午 项目座谈")
                .contains("第一工作组负责与企业确认行程").contains("高新区管委会副主任").contains("长治高新区投资促进部");
        assertOfficialStyle(invitation);
        render("inspection-invitation", invitation, List.of("邀", "宁德时代新能源科技股份有限公司"));
        render("inspection-reception-plan", plan, List.of("考察接待方案", "行程安排"));

        assertThat(TestBot.plain(bot.say("local-team1", "m-lin", "考察计划 宁德时代").get(0))).as("no date")
                .contains("企业和时间必填");
        assertThat(TestBot.plain(bot.say("local-team1", "m-he", "考察计划\n企业：甲公司\n时间：12月10日").get(0)))
                .as("组员").contains("组长");
    }

    /** Every run of body text names a Chinese official font for East Asian text; the title is 22 pt. */
    private static void assertOfficialStyle(byte[] docx) throws Exception {
        Set<String> fonts = new HashSet<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph title = doc.getParagraphs().stream()
                    .filter(p -> p.getRuns().stream().anyMatch(r -> r.getFontSizeAsDouble() != null && r.getFontSizeAsDouble() == 22))
                    .findFirst().orElseThrow(() -> new AssertionError("no 22 pt title"));
            assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) fonts.add(r.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            }
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).as("A4").isEqualTo("11906");
        }
        assertThat(fonts).contains("仿宋_GB2312").isSubsetOf("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312");
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    /** Prints the document with LibreOffice (when installed) and checks the words are on the page. */
    private void render(String name, byte[] docx, List<String> words) throws Exception {
        if (!LibreOffice.available()) return;
        Path file = Files.createDirectories(dir.resolve("print")).resolve(name + ".docx");
        Files.write(file, docx);
        Path pdf = LibreOffice.toPdf(file);
        String printed = LibreOffice.text(pdf).replaceAll("\\s+", "");
        List<String> missing = new ArrayList<>();
        for (String w : words) if (!printed.contains(w.replaceAll("\\s+", ""))) missing.add(w);
        assertThat(missing).as("%s printed by LibreOffice", name).isEmpty();
        String docs = System.getenv("DOCS_PNG_DIR");
        if (docs != null) LibreOffice.png(pdf, 1, 80, Path.of(docs).resolve("paper-" + name + ".png"));
    }
}
