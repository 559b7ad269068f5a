package zhaoshang.chat.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.chat.ReplyJson;
import zhaoshang.chat.Span;
import zhaoshang.report.ReportKind;
import zhaoshang.report.Templates;

/** The renderers one case at a time (the render check runs them over every real answer). */
class RenderersTest {

    static Reply confirmation() {
        return Reply.message("已登记 #V-0001").line("✅ 已登记走访 #V-0001：2026-11-20 宁德时代")
                .field("走访日期", "2026-11-20").field("企业名称", "宁德时代").field("投资意向", "较强")
                .button("确认", "确认 #V-0001").button("更正", "更正 #V-0001").button("撤销", "撤销 #V-0001").build();
    }

    @Test
    void aTemplateGoesAsPlainTextWhereTheRouteHasText() {
        Reply t = Reply.message("走访模板").copyable(Templates.of(ReportKind.VISIT)).build();
        for (Route r : List.of(Route.DINGTALK_SESSION_WEBHOOK, Route.DINGTALK_OPENAPI, Route.WECOM_WEBHOOK, Route.WECOM_APP)) {
            Part p = Renderers.render(t, r).parts().get(0);
            assertThat(p.format()).as(r.name()).isEqualTo(Part.Format.TEXT);
            assertThat(p.body()).as(r.name()).isEqualTo(Templates.of(ReportKind.VISIT));
        }
        // the 智能机器人 has no text type: a code block, copied as it is
        assertThat(Renderers.render(t, Route.WECOM_AIBOT).parts().get(0).body())
                .isEqualTo("```\n" + Templates.of(ReportKind.VISIT) + "\n```");
    }

    @Test
    void whatAMemberWroteIsNeverReadAsMarkup() {
        Reply r = Reply.message(null).field("洽谈内容", "**重点** [链接](x) <font color=\"info\">绿</font> `码`")
                .line("# 不是标题").line("- 不是列表").line("1. 不是编号").build();
        String ding = Renderers.render(r, Route.DINGTALK_SESSION_WEBHOOK).parts().get(0).body();
        assertThat(ding).doesNotContain("**", "](", "`").contains("＊＊重点＊＊", "［链接］(x)")
                .contains("＃ 不是标题", "－ 不是列表", "1． 不是编号");
        String wecom = Renderers.render(r, Route.WECOM_WEBHOOK).parts().get(0).body();
        assertThat(wecom).doesNotContain("<font", "**").contains("＜font");
    }

    @Test
    void aShortConfirmationWithButtonsIsACardInAWeComOneToOneChatAndTextElsewhere() {
        Rendering single = Renderers.of(Route.WECOM_AIBOT).render(confirmation(), new RenderContext(true, "zs-7", 0));
        assertThat(single.parts()).hasSize(1);
        Part card = single.parts().get(0);
        assertThat(card.format()).isEqualTo(Part.Format.CARD);
        assertThat(card.card().at("/main_title/title").asText()).isEqualTo("已登记 #V-0001");
        assertThat(card.card().path("button_list").findValuesAsText("key")).containsExactly("确认 #V-0001", "更正 #V-0001", "撤销 #V-0001");
        assertThat(card.card().path("horizontal_content_list").findValuesAsText("keyname")).containsExactly("走访日期", "企业名称", "投资意向");
        assertThat(card.card().path("task_id").asText()).isEqualTo("zs-7");
        assertThat(single.losses()).isEmpty();

        Rendering group = Renderers.of(Route.WECOM_AIBOT).render(confirmation(), RenderContext.GROUP);
        assertThat(group.parts().get(0).format()).isEqualTo(Part.Format.MARKDOWN);
        assertThat(group.parts().get(0).body()).endsWith("可直接回复：确认 #V-0001 ｜ 更正 #V-0001 ｜ 撤销 #V-0001");
        assertThat(group.losses()).anyMatch(l -> l.contains("按钮以文字给出"));

        // what does not fit a card (a field over 26 characters) is never cut to fit: markdown instead
        Reply longer = Reply.message("已登记 #V-0002").field("洽谈内容", "储能设备生产基地选址，关注标准化厂房和电价以及配套政策")
                .button("确认", "确认 #V-0002").build();
        assertThat(Renderers.of(Route.WECOM_AIBOT).render(longer, new RenderContext(true, "zs-8", 0)).parts().get(0).format())
                .isEqualTo(Part.Format.MARKDOWN);
    }

    @Test
    void peopleAreNamedInTheTextAndNotifiedByIdWhereTheRouteCan() {
        Reply r = Reply.text("请补报").mentioning(List.of(new Mention("m-he", "何雨晴", Map.of("dingtalk", "ding-0102", "wecom", "heyuqing")),
                new Mention("m-tang", "唐一鸣", Map.of())));
        Rendering ding = Renderers.render(r, Route.DINGTALK_CUSTOM_ROBOT);
        assertThat(ding.parts().get(0).notifyIds()).containsExactly("ding-0102");
        assertThat(ding.parts().get(0).body()).endsWith("@ding-0102 @唐一鸣");
        assertThat(ding.losses()).anyMatch(l -> l.contains("唐一鸣") && l.contains("没有"));
        Rendering wecom = Renderers.render(r, Route.WECOM_WEBHOOK);
        assertThat(wecom.parts().get(0).format()).isEqualTo(Part.Format.TEXT);
        assertThat(wecom.parts().get(0).notifyIds()).containsExactly("heyuqing");
        assertThat(wecom.parts().get(0).body()).endsWith("@何雨晴 @唐一鸣");
        Rendering api = Renderers.render(r, Route.DINGTALK_OPENAPI);
        assertThat(api.parts().get(0).notifyIds()).isEmpty();
        assertThat(api.losses()).anyMatch(l -> l.contains("不能 @"));
        Rendering notice = Renderers.render(r, Route.DINGTALK_WORK_NOTICE);
        assertThat(notice.parts().get(0).notifyIds()).containsExactly("ding-0102");
        assertThat(notice.parts().get(0).body()).isEqualTo("请补报");
    }

    @Test
    void aLongMessageIsSplitBetweenRecordsWithItsPartsNumberedAndContinuedWithTheSameNumbers() {
        Reply.Builder b = Reply.message(null);
        for (int i = 1; i <= 60; i++) {
            int k = i;
            b.group(g -> g.line("✅ 已登记走访（第" + k + "条） #V-" + String.format("%04d", k)).field("企业名称", "测试企业" + k + "有限公司")
                    .field("洽谈内容", "储能设备生产基地选址，关注标准化厂房和电价"));
        }
        Reply r = b.build();
        List<Part> parts = Renderers.render(r, Route.WECOM_WEBHOOK).parts();
        assertThat(parts.size()).isGreaterThan(2);
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            assertThat(p.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
            assertThat(p.body()).endsWith("（" + (k + 1) + "/" + parts.size() + "）").startsWith("✅ 已登记走访");
            if (k > 0) assertThat(p.fromUnit()).isEqualTo(parts.get(k - 1).toUnit());
        }
        // continuing after the first part: the same parts, still numbered against the whole
        List<Part> rest = Renderers.remaining(Route.WECOM_WEBHOOK, r, RenderContext.GROUP, parts.get(0).toUnit());
        assertThat(rest).hasSize(parts.size() - 1);
        assertThat(rest.get(0).body()).isEqualTo(parts.get(1).body());
        // compact: each record's first line only, every number kept
        Reply compact = Renderers.compact(r);
        assertThat(compact.text()).contains("#V-0001", "#V-0060").doesNotContain("企业名称");
    }

    @Test
    void aRecordLargerThanARouteAllowsIsSplitAtItsLinesAndALineOnlyWhereItMust() {
        String huge = "招商".repeat(1500) + "😀".repeat(300);
        Reply r = Reply.message(null).group(g -> g.line("✅ 已登记走访 #V-0001").field("洽谈内容", huge)).build();
        List<Part> parts = Renderers.render(r, Route.WECOM_WEBHOOK).parts();
        StringBuilder all = new StringBuilder();
        for (Part p : parts) {
            assertThat(p.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
            all.append(p.body().replaceAll("\\n*（\\d+/\\d+）$", ""));
        }
        assertThat(all.toString().replace("\n", "")).contains(huge);
    }

    @Test
    void theStructuredMessageSurvivesTheOutboxAndOldRowsAreReadBack() {
        Reply r = confirmation().mentioning(List.of(new Mention("m-he", "何雨晴", Map.of("dingtalk", "ding-0102"))));
        assertThat(ReplyJson.read(ReplyJson.write(r))).isEqualTo(r);
        Reply old = ReplyJson.legacy("MARKDOWN", "本月进度", "### 本月进度\n- 拜访 **3/10**\n```\n走访\n企业：\n```");
        assertThat(old.blocks()).hasSize(3);
        assertThat(Renderers.render(old, Route.WECOM_WEBHOOK).parts().get(0).body()).isEqualTo("### 本月进度\n· 拜访 **3/10**\n走访\n企业：");
        assertThat(Span.text(((zhaoshang.chat.Block.Item) old.blocks().get(1)).spans())).isEqualTo("拜访 3/10");
    }
}
